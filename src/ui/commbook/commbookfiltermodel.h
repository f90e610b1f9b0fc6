#pragma once
// Search over the communication-book entries a CommbookModel has loaded: every word typed must
// appear (ignoring case) in the entry's text — as now and
// as first written —, its writer or its category. An empty search shows everything loaded.
#include "commbookmodel.h"
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class CommbookFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(careround::ui::CommbookModel *book READ book WRITE setBook NOTIFY bookChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY countChanged)

public:
    explicit CommbookFilterModel(QObject *parent = nullptr);

    CommbookModel *book() const;
    void setBook(CommbookModel *book);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }
    // "3 of the 20 loaded entries match", "No loaded entry matches", empty without a search.
    QString resultText() const;

signals:
    void bookChanged();
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
};

} // namespace careround::ui
