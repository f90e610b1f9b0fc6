#pragma once
// A visit's current status on the round, folded from the planned visit and the event records made
// against it (append-only: nothing is overwritten, so the fold is the single source of truth).
#include "core/plannedvisit.h"
#include "core/record.h"
#include "visittiming.h"
#include <QList>
#include <optional>

namespace careround {

enum class VisitStatus {
    Upcoming, // not started, not yet due
    Due, // not started, inside the ±lateEarly window
    Late, // not started, lateEarly..missedAfter past the planned start
    Missed, // not started and more than missedAfter past the planned start
    InProgress, // checked in, not every worker who checked in has checked out
    Done, // every worker who checked in has checked out
    NoAccess, // the no-access protocol was recorded and nobody checked in
    Cancelled, // the rota cancelled the call
};

struct VisitState
{
    VisitStatus status = VisitStatus::Upcoming;
    // Started: how the start compared with the plan (OnTime/Early/Late/Missed); else the pending
    // timing.
    VisitTiming timing = VisitTiming::NotYetDue;
    std::optional<QDateTime> checkedInAt; // earliest check-in (device time, UTC)
    std::optional<QDateTime> checkedOutAt; // latest check-out, once Done
    int deliveredMinutes = 0; // whole minutes from checkedInAt to checkedOutAt
    QStringList checkedInWorkers; // authors of check-ins, in order
    // Clinically meaningful conflict to show a human: one worker checked in twice (two devices,
    // or a retry that made a new record). Never resolved silently.
    bool duplicateCheckIn = false;
};

// `events` may hold any records; only those with the visit's visitId count. An amendment with
// withdrawn: true removes the event it amends. Events are taken in HLC order.
VisitState foldVisitState(const PlannedVisit &visit, const QList<Record> &events,
                          const QDateTime &now, const VisitTimingThresholds &thresholds = {});

QString visitStatusCode(VisitStatus status); // "upcoming", "in_progress", …

} // namespace careround
