#include "awaitingsync.h"

#include <algorithm>

namespace careround::server {

bool mayHoldRecordsOf(const DeviceBacklog &device, const PlannedVisit &visit,
                      const VisitTimingThresholds &thresholds)
{
    const QDateTime couldStart =
        visit.plannedStart.addSecs(-qint64(thresholds.lateEarlyMinutes) * 60);
    if (device.pendingRecords <= 0 || !visit.workerIds.contains(device.userId)
        || device.reportedAt < couldStart)
        return false;
    if (device.pendingVisitIds)
        return device.pendingVisitIds->contains(visit.visitId);
    if (device.pendingSince.isValid()) {
        // A check-in is made at the visit: a record made after it was due cannot be it.
        const QDateTime lastCheckIn =
            std::max(visit.plannedEnd(),
                     visit.plannedStart.addSecs(qint64(thresholds.missedAfterMinutes) * 60));
        return device.pendingSince <= lastCheckIn;
    }
    return true;
}

AwaitingSync awaitingSync(const PlannedVisit &visit, VisitStatus status,
                          const QList<DeviceBacklog> &backlogs, const QDateTime &now,
                          const VisitTimingThresholds &thresholds, int maxHoursAfterEnd)
{
    AwaitingSync result;
    if (status != VisitStatus::Late && status != VisitStatus::Missed)
        return result;
    const bool waitOver = now > visit.plannedEnd().addSecs(qint64(maxHoursAfterEnd) * 3600);
    for (const DeviceBacklog &device : backlogs) {
        if (!mayHoldRecordsOf(device, visit, thresholds))
            continue;
        if (waitOver) {
            result.phoneHoldsRecords = true;
            continue;
        }
        if (!result.device || device.lastContact() > result.device->lastContact())
            result.device = device;
    }
    return result;
}

QString officeVisitStatus(VisitStatus status, const AwaitingSync &awaiting)
{
    return awaiting.device ? AwaitingSyncStatus : visitStatusCode(status);
}

} // namespace careround::server
