#include "awaitingsync.h"

namespace careround::server {

std::optional<DeviceBacklog> awaitingSyncDevice(const PlannedVisit &visit, VisitStatus status,
                                                const QList<DeviceBacklog> &backlogs,
                                                const VisitTimingThresholds &thresholds)
{
    if (status != VisitStatus::Late && status != VisitStatus::Missed)
        return std::nullopt;
    const QDateTime couldStart =
        visit.plannedStart.addSecs(-qint64(thresholds.lateEarlyMinutes) * 60);
    std::optional<DeviceBacklog> best;
    for (const DeviceBacklog &device : backlogs) {
        if (device.pendingRecords <= 0 || !visit.workerIds.contains(device.userId)
            || device.reportedAt < couldStart)
            continue;
        if (!best || device.lastContact() > best->lastContact())
            best = device;
    }
    return best;
}

QString officeVisitStatus(VisitStatus status, const std::optional<DeviceBacklog> &awaiting)
{
    return awaiting ? AwaitingSyncStatus : visitStatusCode(status);
}

} // namespace careround::server
