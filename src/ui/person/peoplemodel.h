#pragma once
// The people this device holds records of, by name, for the way into a person's page: a care
// worker's people this week, a family member's linked person. Loads when the session unlocks
// and after saves or syncs; forgotten at lock.
#include "ui/session/sessionfollower.h"
#include "ui/visit/personsheet.h"
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class PeopleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    Q_PROPERTY(QString firstPersonId READ firstPersonId NOTIFY countChanged)
    Q_PROPERTY(QStringList personIds READ personIds NOTIFY countChanged)
    Q_PROPERTY(
        QVariantList choices READ choices NOTIFY countChanged) // [{code: personId, text: name}]

public:
    enum Role { PersonIdRole = Qt::UserRole + 1, NameRole, DetailRole };
    Q_ENUM(Role)

    explicit PeopleModel(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    int count() const { return int(m_people.size()); }
    bool loaded() const { return m_loaded; }
    QString firstPersonId() const
    {
        return m_people.isEmpty() ? QString() : m_people.first().personId;
    }
    QStringList personIds() const;
    QVariantList choices() const;

    // Pure: one sheet per person id, named from their latest person record, sorted by name.
    static QList<PersonSheet> build(const QStringList &personIds,
                                    const QList<Record> &personRecords);

    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sessionChanged();
    void countChanged();

private:
    void setPeople(QList<PersonSheet> people);

    SessionFollower m_follower;
    QList<PersonSheet> m_people;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace careround::ui
