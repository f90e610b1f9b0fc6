#pragma once
// product.md: "the office does not raise a missed visit for a worker whose device is known to be
// holding unsynced records". A visit that the fold calls late or missed is shown as
// "awaiting_sync" instead while a device of one of its assigned workers may hold its check-in:
//   - the device reported unsent records (CareRound-Pending-Records > 0) at or after the moment
//     the visit could have been started without being early (planned start - lateEarlyMinutes);
//   - and those records can be of this visit: the device listed this visit among the visits of
//     its unsent records (CareRound-Pending-Visits), or, when it sent no list, the oldest of them
//     (CareRound-Pending-Since) was made before the visit's planned end or its missed threshold,
//     whichever is later (a device that says neither is taken at its word: it may hold any);
//   - and the wait is not over: at most AwaitingSyncMaxHoursAfterEnd (core visittiming.h) after
//     the planned end. After it the office sees the fold's status ("missed") with the flag "a
//     phone still holds records".
// A refused record is not unsent (the device counts only records still waiting to be sent), so it
// never holds a visit.
#include "core/plannedvisit.h"
#include "core/rules/visitstatus.h"
#include "core/rules/visittiming.h"
#include "server/storage/servertypes.h"
#include <optional>

namespace careround::server {

inline const QString AwaitingSyncStatus = QStringLiteral("awaiting_sync");

struct AwaitingSync
{
    // The device that makes the visit await sync (the most recent contact among those that do).
    std::optional<DeviceBacklog> device;
    // The wait is over, but a device of the visit's workers still reports unsent records of it.
    bool phoneHoldsRecords = false;
};

// Whether `device` may hold unsent records of `visit` (worker, report time, visits or time).
bool mayHoldRecordsOf(const DeviceBacklog &device, const PlannedVisit &visit,
                      const VisitTimingThresholds &thresholds = {});

AwaitingSync awaitingSync(const PlannedVisit &visit, VisitStatus status,
                          const QList<DeviceBacklog> &backlogs, const QDateTime &now,
                          const VisitTimingThresholds &thresholds = {},
                          int maxHoursAfterEnd = AwaitingSyncMaxHoursAfterEnd);

// The status the office sees: core's code, or "awaiting_sync".
QString officeVisitStatus(VisitStatus status, const AwaitingSync &awaiting);

} // namespace careround::server
