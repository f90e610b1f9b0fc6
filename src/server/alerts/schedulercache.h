#pragma once
// What the alert scheduler keeps of one organisation between passes, read incrementally: each
// refresh asks the store only for records stored after the last seq it saw (the safe watermark,
// so a concurrent writer's lower seq is never skipped). The first refresh reads the window once.
//   - check-ins, check-outs and no-access records of recent care days, by visit;
//   - incidents of recent care days; administrations are not kept (only new ones are returned);
//   - every medication order, reablement episode, spot check, supervision and amendment (the
//     current state of each is folded from them, amendments applied).
// Pruned each refresh: care days before the window.
#include "server/storage/serverstore.h"
#include <QHash>

namespace careround::server::alerts {

constexpr int SchedulerWindowDays = 7; // care days kept before today

// Whether the scheduler's rules read records of `type` (a push of one asks for a pass).
bool schedulerReads(const QString &type);

struct SchedulerCache
{
    qint64 lastSeq = 0;
    QHash<QString, QList<Record>> eventsByVisit; // check-in, check-out, no-access
    QHash<QString, QList<Record>> byPerson; // orders, episodes, incidents, amendments
    QList<Record> oversight; // spot checks and supervisions (organisation-wide)
    QList<Record> newAdministrations; // administrations stored since the previous refresh

    // Reads what was stored since lastSeq (care days from today - SchedulerWindowDays).
    Result<void> refresh(ServerStore &store, const QString &orgId, const QDate &today);
    QList<Record> personRecords(const QString &personId, const QString &type) const;
    // Amendments of the person (for folds that apply withdrawals).
    QList<Record> amendments(const QString &personId) const;
};

} // namespace careround::server::alerts
