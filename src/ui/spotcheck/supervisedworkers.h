#pragma once
// A supervisor's workers for spot checks: who they are (from the rota records on this phone:
// the visits of the workers they supervise), what they are doing today (a visit in progress is
// the moment to observe), and who is due an observation — from the office's report
// (/v1/office/spot-checks: no observation in the last 12 months; a check the person declined is
// not an observation) when online, else what this phone knows, with an offline message.
#include "core/record.h"
#include "ui/session/sessionfollower.h"
#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

struct SpotCheckDue
{
    QString name;
    QDate lastObservation; // invalid: never
    QDate lastRefused;
};

// The office's "workers due a spot check" report, as the device keeps it.
struct SpotCheckReport
{
    bool loaded = false;
    QDateTime fetchedAt;
    QDate since;
    QHash<QString, SpotCheckDue> overdue; // worker id → due
    static SpotCheckReport fromJson(const QJsonObject &json, const QDateTime &fetchedAt);
};

struct WorkerVisitChoice
{
    QString visitId;
    QString text; // "Edie, 08:00 to 08:45 (in progress)"
    bool inProgress = false;
};

struct SupervisedWorker
{
    QString userId;
    QString name;
    QList<WorkerVisitChoice> today; // their visits today, in time order
    QDate lastObservedHere; // the latest observation this phone holds
    bool overdue = false; // the office's report says so
    QString dueText;
    QString todayText;
};

class SupervisedWorkers : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY changed)
    Q_PROPERTY(ReportState reportState READ reportState NOTIFY changed)
    Q_PROPERTY(QString reportText READ reportText NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)

public:
    static constexpr int RotaDaysBack = 28; // what the office sends a supervisor's phone

    enum ReportState { NotFetched, Fetching, Fetched, Offline, Failed };
    Q_ENUM(ReportState)
    enum Role {
        WorkerIdRole = Qt::UserRole + 1,
        NameRole,
        DueTextRole,
        OverdueRole,
        TodayTextRole,
        VisitChoicesRole, // [{code: visitId, text}]
        InProgressVisitIdRole,
    };
    Q_ENUM(Role)

    explicit SupervisedWorkers(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    int count() const { return int(m_rows.size()); }
    int overdueCount() const;
    ReportState reportState() const { return m_reportState; }
    QString reportText() const;
    bool loaded() const { return m_loaded; }
    const QList<SupervisedWorker> &rows() const { return m_rows; }

    // Pure: the rows from the records on this phone (visit, check-in/out, spot check, person) and
    // the report, as at `now`.
    static QList<SupervisedWorker> build(const QList<Record> &records, const QString &me,
                                         const SpotCheckReport &report, const QDateTime &now);

    Q_INVOKABLE void reload();
    Q_INVOKABLE void fetchReport();
    // Tests: the report as if it had been fetched.
    void setReportForTests(const SpotCheckReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sessionChanged();
    void changed();

private:
    void rebuild();
    void forget();

    SessionFollower m_follower;
    QList<Record> m_records;
    QList<SupervisedWorker> m_rows;
    SpotCheckReport m_report;
    ReportState m_reportState = NotFetched;
    QString m_reportProblem;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace careround::ui
