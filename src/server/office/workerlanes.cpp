#include "workerlanes.h"

#include <algorithm>

namespace careround::server {

namespace {

QString placeOf(const QString &status)
{
    if (status == QLatin1String("done") || status == QLatin1String("no_access")
        || status == QLatin1String("cancelled"))
        return QStringLiteral("done");
    if (status == QLatin1String("in_progress"))
        return QStringLiteral("in_progress");
    if (status == QLatin1String("late") || status == QLatin1String("missed")
        || status == QLatin1String("awaiting_sync"))
        return QStringLiteral("late");
    return {}; // upcoming or due: next or later, by order
}

} // namespace

QList<WorkerLane> workerLanes(const VisitsReport &report)
{
    QHash<QString, WorkerLane> byWorker;
    for (int i = 0; i < report.rows.size(); ++i) { // rows are in planned order already
        for (const QString &worker : report.rows.at(i).visit.plan.workerIds) {
            WorkerLane &lane = byWorker[worker];
            lane.workerId = worker;
            lane.stops.append(LaneStop {i, placeOf(report.rows.at(i).status)});
        }
    }
    QList<WorkerLane> lanes = byWorker.values();
    for (WorkerLane &lane : lanes) {
        bool nextGiven = false;
        for (LaneStop &stop : lane.stops) {
            if (!stop.place.isEmpty())
                continue;
            stop.place = nextGiven ? QStringLiteral("later") : QStringLiteral("next");
            nextGiven = true;
        }
    }
    std::sort(lanes.begin(), lanes.end(), [&](const WorkerLane &a, const WorkerLane &b) {
        const QString an = report.data.userName(a.workerId), bn = report.data.userName(b.workerId);
        return an != bn ? an.localeAwareCompare(bn) < 0 : a.workerId < b.workerId;
    });
    return lanes;
}

} // namespace careround::server
