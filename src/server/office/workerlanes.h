#pragma once
// The board's worker lanes: each worker's run for the day (their visits in planned order, a
// double-handed call in both partners' lanes) and where they are in it. The rota names no runs
// or clusters (docs/office.md), so a worker's day is their run. Each visit's place:
//   done         — done, no access or cancelled (the run has moved past it)
//   in_progress  — checked in, not yet out
//   late         — late or missed (core's status), or awaiting sync
//   next         — the first visit after those that has not started
//   later        — the visits after the next one
#include "officereports.h"

namespace careround::server {

struct LaneStop
{
    int row = 0; // index into VisitsReport::rows
    QString place; // "done", "in_progress", "late", "next", "later"
};

struct WorkerLane
{
    QString workerId;
    QList<LaneStop> stops; // planned order
};

// Lanes sorted by worker name (then id); a worker with no visit that day has no lane.
QList<WorkerLane> workerLanes(const VisitsReport &report);

} // namespace careround::server
