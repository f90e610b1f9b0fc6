#pragma once
// The alert scheduler (docs/alerts.md): evaluates the time-driven rules of core
// (rules/visitalerts.h, dosealerts.h, oversightalerts.h) for every organisation, on a timer
// (alertschedulerloop.h) and on demand, and stores what they call for through the ordinary write
// path (ServerStore::putRecords, audited "record.write" by careround-server), as AlertRaiser does.
// Exactly once: an alert's id derives from its rule, subject and slot (the instant its rule
// became true), so a second pass, a restart or another server process sharing the PostgreSQL
// database writes a Duplicate. The time comes from the injected clock: tests move it.
// Cheap: records are read incrementally (schedulercache.h); the rota of the last day and a half is
// read per pass; alerts this process already stored are not written again.
#include "core/rules/visitalerts.h"
#include "schedulercache.h"
#include <QSet>
#include <functional>
#include <mutex>

namespace careround::server::alerts {

struct AlertSchedulerOptions
{
    VisitAlertThresholds thresholds; // per contract once contracts exist; the core defaults
    int awaitingSyncMaxHoursAfterEnd = AwaitingSyncMaxHoursAfterEnd;
};

struct SchedulerPass
{
    QDateTime at;
    int organisations = 0;
    int visits = 0; // rota rows folded
    int raised = 0; // alerts stored (new or duplicate) in this pass
    qint64 elapsedMs = 0;
};

class AlertScheduler
{
public:
    using Clock = std::function<QDateTime()>;
    AlertScheduler(ServerStore &store, Clock clock, AlertSchedulerOptions options = {});

    // One pass over every organisation at clock(). Thread-safe: passes run one at a time.
    Result<SchedulerPass> runPass();

private:
    Result<void> passOrganisation(const QString &orgId, const QDateTime &now, SchedulerPass &pass);
    Result<QList<Record>> visitAlerts(const QString &orgId, const QList<VisitAssignment> &rota,
                                      const QDateTime &now, const QHash<QString, User> &users,
                                      SchedulerPass &pass);
    Result<QList<Record>> doseAlerts(const QString &orgId, const QList<VisitAssignment> &rota,
                                     const QDateTime &now);
    QList<Record> recordAlerts(const QString &orgId, const QDateTime &now);
    QList<Record> oversightAlerts(const QString &orgId, const QHash<QString, User> &users,
                                  const QDate &today);
    Result<int> store(const QString &orgId, const QList<Record> &alerts, const QDateTime &now);

    ServerStore &m_store;
    Clock m_clock;
    AlertSchedulerOptions m_options;
    std::mutex m_passMutex;
    QHash<QString, SchedulerCache> m_cache; // by organisation
    QSet<QString> m_stored; // alert ids this process has stored or found stored
};

} // namespace careround::server::alerts
