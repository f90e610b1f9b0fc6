#include "visittiming.h"

namespace careround {

namespace {
constexpr qint64 MsPerMinute = 60'000;
}

VisitTiming classifyVisitTiming(const QDateTime &plannedStart,
                                const std::optional<QDateTime> &actualStart, const QDateTime &now,
                                const VisitTimingThresholds &thresholds)
{
    const qint64 window = thresholds.lateEarlyMinutes * MsPerMinute;
    const qint64 missedAfter = thresholds.missedAfterMinutes * MsPerMinute;
    if (!plannedStart.isValid())
        return VisitTiming::NotYetDue;
    if (actualStart && actualStart->isValid()) {
        const qint64 offset =
            plannedStart.msecsTo(*actualStart); // positive: started after the plan
        if (offset > missedAfter)
            return VisitTiming::Missed;
        if (offset >= window)
            return VisitTiming::Late;
        if (-offset >= window)
            return VisitTiming::Early;
        return VisitTiming::OnTime;
    }
    const qint64 elapsed = plannedStart.msecsTo(now);
    if (elapsed > missedAfter)
        return VisitTiming::Missed;
    if (elapsed >= window)
        return VisitTiming::Overdue;
    if (-elapsed >= window)
        return VisitTiming::NotYetDue;
    return VisitTiming::Due;
}

QString visitTimingCode(VisitTiming timing)
{
    switch (timing) {
    case VisitTiming::NotYetDue:
        return QStringLiteral("not_yet_due");
    case VisitTiming::Due:
        return QStringLiteral("due");
    case VisitTiming::Overdue:
        return QStringLiteral("overdue");
    case VisitTiming::OnTime:
        return QStringLiteral("on_time");
    case VisitTiming::Early:
        return QStringLiteral("early");
    case VisitTiming::Late:
        return QStringLiteral("late");
    case VisitTiming::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

} // namespace careround
