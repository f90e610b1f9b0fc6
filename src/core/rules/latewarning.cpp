#include "latewarning.h"

namespace careround {

LateRunning lateRunning(const QDateTime &plannedStart, bool started, const QDateTime &now,
                        const VisitTimingThresholds &thresholds)
{
    LateRunning r;
    if (started || !plannedStart.isValid() || !now.isValid())
        return r;
    const qint64 lateMs = plannedStart.msecsTo(now);
    if (lateMs < qint64(LateWarningAfterMinutes) * 60'000)
        return r;
    r.minutesLate = int(lateMs / 60'000);
    r.officeSeesLateAt = plannedStart.addSecs(qint64(thresholds.lateEarlyMinutes) * 60);
    switch (classifyVisitTiming(plannedStart, std::nullopt, now, thresholds)) {
    case VisitTiming::Missed:
        r.stage = LateRunning::Missed;
        break;
    case VisitTiming::Overdue:
        r.stage = LateRunning::OfficeSeesLate;
        break;
    default:
        r.stage = LateRunning::RunningLate;
        break;
    }
    return r;
}

} // namespace careround
