#include "commbookmodel.h"

#include "commbookwords.h"
#include <algorithm>

namespace careround::ui {

CommbookModel::CommbookModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CommbookModel::setEntries(QList<CommbookEntry> entries, const QSet<QString> &pending,
                               const QString &userId, const QString &role, const QDateTime &now)
{
    const int before = count();
    const int totalBefore = totalCount();
    // The same entries in the same order (someone read one, one was corrected): the rows change
    // in place, so a list the reader has scrolled keeps its place.
    const bool sameRows =
        std::equal(m_all.cbegin(), m_all.cend(), entries.cbegin(), entries.cend(),
                   [](const CommbookEntry &a, const CommbookEntry &b) { return a.id == b.id; });
    if (!sameRows)
        beginResetModel();
    m_all = std::move(entries);
    m_pending = pending;
    m_userId = userId;
    m_role = role;
    m_now = now;
    if (sameRows) {
        if (m_shown > 0)
            emit dataChanged(index(0), index(int(m_shown) - 1));
        return;
    }
    m_shown = std::min<qsizetype>(m_all.size(), qsizetype(m_pageSize) * m_pages);
    endResetModel();
    if (before != count() || totalBefore != totalCount())
        emit countChanged();
}

void CommbookModel::clear()
{
    m_pages = 1;
    setEntries({}, {}, {}, {}, {});
}

void CommbookModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    emit pageSizeChanged();
    resize(std::min<qsizetype>(m_all.size(), qsizetype(m_pageSize) * m_pages));
}

void CommbookModel::resize(qsizetype shown)
{
    if (shown == m_shown)
        return;
    if (shown > m_shown) {
        beginInsertRows({}, int(m_shown), int(shown - 1));
        m_shown = shown;
        endInsertRows();
    } else {
        beginRemoveRows({}, int(shown), int(m_shown - 1));
        m_shown = shown;
        endRemoveRows();
    }
    emit countChanged();
}

void CommbookModel::showMore()
{
    if (!hasMore())
        return;
    ++m_pages;
    resize(std::min<qsizetype>(m_all.size(), qsizetype(m_pageSize) * m_pages));
}

void CommbookModel::showAll()
{
    m_pages = int((m_all.size() + m_pageSize - 1) / m_pageSize) + 1;
    resize(m_all.size());
}

QString CommbookModel::loadedText() const
{
    if (m_all.isEmpty())
        return {};
    if (!hasMore())
        return tr("All %n entries", nullptr, totalCount());
    //: "The 20 newest of 64 entries"
    return tr("The %1 newest of %n entries", nullptr, totalCount()).arg(count());
}

int CommbookModel::rowOf(const QString &entryId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_all.at(i).id == entryId)
            return i;
    }
    return -1;
}

const CommbookEntry *CommbookModel::entry(const QString &entryId) const
{
    for (const CommbookEntry &e : m_all) {
        if (e.id == entryId)
            return &e;
    }
    return nullptr;
}

bool CommbookModel::correctable(const CommbookEntry &e) const
{
    // Family members cannot correct (the office's write rules); the office may correct anyone's.
    if (e.withdrawn || m_role == CommbookWords::familyRole() || m_role.isEmpty())
        return false;
    return e.mine || m_role == QLatin1String("coordinator");
}

QString CommbookModel::readByText(const CommbookEntry &e) const
{
    if (e.readers.isEmpty())
        return e.mine ? tr("Not read by anyone yet") : QString();
    QStringList who;
    for (const CommbookReader &r : e.readers)
        //: who read an entry and when, e.g. "Sam Cole (care worker) today at 10:20"
        who.append(tr("%1 %2").arg(CommbookWords::authorText(r.name, r.role),
                                   CommbookWords::when(r.at, m_now)));
    return tr("Read by %1").arg(who.join(QStringLiteral("; ")));
}

QString CommbookModel::correctedText(const CommbookEntry &e) const
{
    if (!e.corrected())
        return {};
    const CommbookVersion &last = e.versions.constLast();
    const QString by = CommbookWords::authorText(last.byName, last.byRole);
    if (last.withdrawn)
        return tr("Marked as entered in error by %1 %2: %3")
            .arg(by, CommbookWords::when(last.at, m_now), last.reason);
    //: e.g. "Corrected by Amira Khan (care worker) today at 10:30: wrong day"
    return tr("Corrected by %1 %2: %3").arg(by, CommbookWords::when(last.at, m_now), last.reason);
}

QVariantList CommbookModel::history(const QString &entryId) const
{
    const CommbookEntry *e = entry(entryId);
    if (!e)
        return {};
    QVariantList out;
    for (qsizetype i = 0; i < e->versions.size(); ++i) {
        const CommbookVersion &v = e->versions.at(i);
        const QString by = tr("%1, %2").arg(CommbookWords::authorText(v.byName, v.byRole),
                                            CommbookWords::when(v.at, m_now));
        QString title = i == 0 ? tr("As first written")
            : v.withdrawn      ? tr("Marked as entered in error")
                               : tr("Correction %1").arg(i);
        out.append(
            QVariantMap {{QStringLiteral("title"), title},
                         {QStringLiteral("text"), v.text},
                         {QStringLiteral("categoryText"), CommbookWords::categoryWords(v.category)},
                         {QStringLiteral("byText"), by},
                         {QStringLiteral("reason"), v.reason},
                         {QStringLiteral("isOriginal"), i == 0}});
    }
    return out;
}

int CommbookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CommbookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommbookEntry &e = m_all.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case Qt::DisplayRole:
    case TextRole:
        return e.text;
    case CategoryRole:
        return e.category;
    case CategoryTextRole:
        return CommbookWords::categoryWords(e.category);
    case AudienceRole:
        return e.audience;
    case AudienceTextRole:
        return CommbookWords::audienceWords(e.audience);
    case SharedWithFamilyRole:
        return e.audience == CommbookWords::familyAudience();
    case ByTextRole:
        return CommbookWords::authorText(e.authorName, e.authorRole);
    case WhenTextRole:
        return CommbookWords::when(e.writtenAt, m_now);
    case ReadByTextRole:
        return readByText(e);
    case ReadCountRole:
        return int(e.readers.size());
    case CanAcknowledgeRole:
        return !e.mine && !e.readByMe && !m_userId.isEmpty();
    case ReadByMeRole:
        return e.readByMe;
    case MineRole:
        return e.mine;
    case CorrectableRole:
        return correctable(e);
    case CorrectedRole:
        return e.corrected();
    case CorrectedTextRole:
        return correctedText(e);
    case WithdrawnRole:
        return e.withdrawn;
    case PendingRole:
        return m_pending.contains(e.id);
    case SearchTextRole: {
        QStringList words {CommbookWords::authorText(e.authorName, e.authorRole),
                           CommbookWords::categoryWords(e.category)};
        for (const CommbookVersion &v : e.versions)
            words << v.text;
        return words.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CommbookModel::roleNames() const
{
    return {
        {EntryIdRole, "entryId"},
        {TextRole, "text"},
        {CategoryRole, "category"},
        {CategoryTextRole, "categoryText"},
        {AudienceRole, "audience"},
        {AudienceTextRole, "audienceText"},
        {SharedWithFamilyRole, "sharedWithFamily"},
        {ByTextRole, "byText"},
        {WhenTextRole, "whenText"},
        {ReadByTextRole, "readByText"},
        {ReadCountRole, "readCount"},
        {CanAcknowledgeRole, "canAcknowledge"},
        {ReadByMeRole, "readByMe"},
        {MineRole, "mine"},
        {CorrectableRole, "correctable"},
        {CorrectedRole, "corrected"},
        {CorrectedTextRole, "correctedText"},
        {WithdrawnRole, "withdrawn"},
        {PendingRole, "pending"},
        {SearchTextRole, "searchText"},
    };
}

} // namespace careround::ui
