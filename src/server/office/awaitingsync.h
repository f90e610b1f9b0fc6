#pragma once
// product.md: "the office does not raise a missed visit for a worker whose device is known to be
// holding unsynced records". A visit that the fold calls late or missed is shown as
// "awaiting_sync" instead when a device of one of its assigned workers reported unsynced records
// (CareRound-Pending-Records > 0) at or after the moment the visit could have been started
// without being early (planned start - lateEarlyMinutes): those records may be its check-in.
// A report from before that moment cannot hold this visit, so it does not hide it.
#include "core/plannedvisit.h"
#include "core/rules/visitstatus.h"
#include "server/storage/servertypes.h"
#include <optional>

namespace careround::server {

inline const QString AwaitingSyncStatus = QStringLiteral("awaiting_sync");

// The device that makes the visit await sync (the most recent contact among those that do),
// or nullopt.
std::optional<DeviceBacklog> awaitingSyncDevice(const PlannedVisit &visit, VisitStatus status,
                                                const QList<DeviceBacklog> &backlogs,
                                                const VisitTimingThresholds &thresholds = {});

// The status the office sees: core's code, or "awaiting_sync".
QString officeVisitStatus(VisitStatus status, const std::optional<DeviceBacklog> &awaiting);

} // namespace careround::server
