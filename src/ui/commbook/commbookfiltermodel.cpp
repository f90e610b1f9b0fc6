#include "commbookfiltermodel.h"

#include "commbookmodel.h"

namespace careround::ui {

CommbookFilterModel::CommbookFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CommbookFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CommbookFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CommbookFilterModel::countChanged);
}

CommbookModel *CommbookFilterModel::book() const
{
    return qobject_cast<CommbookModel *>(sourceModel());
}

void CommbookFilterModel::setBook(CommbookModel *book)
{
    if (sourceModel() == book)
        return;
    setSourceModel(book);
    emit bookChanged();
    emit countChanged();
}

void CommbookFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    emit searchTextChanged();
    emit countChanged();
}

QString CommbookFilterModel::resultText() const
{
    if (m_words.isEmpty() || !book())
        return {};
    const int loaded = book()->count();
    if (count() == 0)
        return tr("No loaded entry matches \u201c%1\u201d").arg(m_searchText.simplified());
    //: "3 of the 20 loaded entries match"
    return tr("%1 of the %n loaded entries match", nullptr, loaded).arg(count());
}

bool CommbookFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(CommbookModel::SearchTextRole)
                                 .toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace careround::ui
