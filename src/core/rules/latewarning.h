#pragma once
// The care worker's own late-running warning (issue 16: "the round shows a care worker a
// late-running warning for their own next visit"). Before the office's late alert the worker is
// told how late they are and when the office will see it, so they can call ahead; from then on
// that the office sees it. Thresholds are the visit's (rules/visittiming).
#include "visittiming.h"

namespace careround {

// How long after the planned start the worker is warned: inside the first quarter hour a visit
// is simply due (traffic, the last call ran over), and a warning then would only nag.
constexpr int LateWarningAfterMinutes = 15;

struct LateRunning
{
    enum Stage {
        None, // not started and not yet LateWarningAfterMinutes past the plan, or started
        RunningLate, // warned: the office does not see it as late yet
        OfficeSeesLate, // past the late threshold: the office's board and alerts show it
        Missed, // past the missed threshold
    };
    Stage stage = None;
    int minutesLate = 0; // whole minutes since the planned start (stage != None)
    QDateTime officeSeesLateAt; // planned start + the late threshold
};

// `started`: the visit has a check-in (then there is nothing to warn about).
LateRunning lateRunning(const QDateTime &plannedStart, bool started, const QDateTime &now,
                        const VisitTimingThresholds &thresholds = {});

} // namespace careround
