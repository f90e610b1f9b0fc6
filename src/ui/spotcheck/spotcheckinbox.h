#pragma once
// Spot checks about this user's practice, as their phone holds them (the last 6 weeks), newest
// first and in words: who observed them, at whose visit, the person's consent, each checklist
// answer, the outcome and the actions with due dates — and an "acknowledge" verb that saves a
// spotcheck.ack. A care worker's home shows how many wait for acknowledgement.
#include "core/record.h"
#include "ui/common/recordsaver.h"
#include "ui/session/sessionfollower.h"
#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

struct SpotCheckView
{
    Record record; // as it stands (corrections applied)
    QString personName;
    QString ackId; // this worker's acknowledgement, if any
    QDateTime ackAt;
};

class SpotCheckInbox : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY messageChanged)

public:
    static constexpr int LookBackDays = 42;

    enum Role {
        SpotCheckIdRole = Qt::UserRole + 1,
        TitleRole, // "Spot check by Sam Cole today at 10:15"
        PersonTextRole, // "At Edie's visit (Morning call)"
        ConsentTextRole,
        ObservedRole, // consent was given: the checklist follows
        OutcomeTextRole,
        ItemsTextRole, // one line per item
        ActionsTextRole,
        AcknowledgedRole,
        AckTextRole,
    };
    Q_ENUM(Role)

    explicit SpotCheckInbox(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    int count() const { return int(m_rows.size()); }
    int waitingCount() const;
    bool loaded() const { return m_loaded; }
    bool busy() const { return m_saver.busy(); }
    QString errorMessage() const { return m_errorMessage; }
    QString savedMessage() const { return m_savedMessage; }
    const QList<SpotCheckView> &rows() const { return m_rows; }

    // The spot checks about `userId` in `records` (spotcheck, spotcheck.ack, amendment, person).
    static QList<SpotCheckView> build(const QList<Record> &records, const QString &userId);

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool acknowledge(const QString &spotCheckId, const QString &comment);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sessionChanged();
    void countChanged();
    void busyChanged();
    void messageChanged();
    void acknowledged(const QString &spotCheckId);

private:
    void setRows(QList<SpotCheckView> rows);
    void setMessages(const QString &error, const QString &saved);

    SessionFollower m_follower;
    RecordSaver m_saver;
    QList<SpotCheckView> m_rows;
    bool m_loaded = false;
    int m_generation = 0;
    QString m_errorMessage;
    QString m_savedMessage;
};

} // namespace careround::ui
