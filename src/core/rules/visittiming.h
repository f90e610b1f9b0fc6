#pragma once
// Late / early / missed, as the commissioning specification defines them (thresholds per contract):
//   late or early: the start is >= lateEarlyMinutes (45) away from the planned start;
//   missed: not started by plannedStart + missedAfterMinutes (120), or started more than that late.
#include <QDateTime>
#include <QString>
#include <optional>

namespace careround {

struct VisitTimingThresholds
{
    int lateEarlyMinutes = 45;
    int missedAfterMinutes = 120;
};

// How long after a visit's planned end the office still waits for a phone that holds unsent
// records of it ("awaiting_sync") before showing the visit as missed (with "a phone still holds
// records"). A per-contract setting will replace this default.
constexpr int AwaitingSyncMaxHoursAfterEnd = 12;

enum class VisitTiming {
    // Not started yet (decided by `now`)
    NotYetDue, // now <= planned − lateEarly: starting now would be early
    Due, // planned − lateEarly < now < planned + lateEarly
    Overdue, // planned + lateEarly <= now <= planned + missedAfter: running late, still to be made
    // Started (decided by the actual start; `now` is not used)
    OnTime, // |actual − planned| < lateEarly
    Early, // actual <= planned − lateEarly
    Late, // planned + lateEarly <= actual <= planned + missedAfter
    // Either
    Missed, // not started and now > planned + missedAfter, or actual > planned + missedAfter
};

// Times are compared as instants (ms); pass any time zone. An invalid plannedStart counts as not
// due.
VisitTiming classifyVisitTiming(const QDateTime &plannedStart,
                                const std::optional<QDateTime> &actualStart, const QDateTime &now,
                                const VisitTimingThresholds &thresholds = {});

QString visitTimingCode(VisitTiming timing); // "not_yet_due", "on_time", …

} // namespace careround
