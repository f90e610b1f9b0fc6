#include "visitstatus.h"
#include "core/recordtypes.h"
#include <QSet>
#include <algorithm>

namespace careround {

namespace {

QSet<QString> withdrawnIds(const QList<Record> &events)
{
    QSet<QString> ids;
    for (const Record &r : events)
        if (r.type == QLatin1String(RecordType::Amendment)
            && r.payload.value(QStringLiteral("withdrawn")).toBool())
            ids.insert(r.amends);
    return ids;
}

VisitStatus pendingStatus(VisitTiming timing)
{
    switch (timing) {
    case VisitTiming::NotYetDue:
        return VisitStatus::Upcoming;
    case VisitTiming::Due:
        return VisitStatus::Due;
    case VisitTiming::Overdue:
        return VisitStatus::Late;
    default:
        return VisitStatus::Missed;
    }
}

} // namespace

VisitState foldVisitState(const PlannedVisit &visit, const QList<Record> &events,
                          const QDateTime &now, const VisitTimingThresholds &thresholds)
{
    VisitState state;
    const QSet<QString> withdrawn = withdrawnIds(events);
    QList<const Record *> mine;
    for (const Record &r : events)
        if (r.visitId == visit.visitId && !withdrawn.contains(r.id))
            mine.append(&r);
    std::sort(mine.begin(), mine.end(),
              [](const Record *a, const Record *b) { return a->hlc < b->hlc; });

    bool noAccess = false;
    QSet<QString> checkedOut;
    for (const Record *r : mine) {
        if (r->type == QLatin1String(RecordType::VisitCheckIn)) {
            if (state.checkedInWorkers.contains(r->authorUserId))
                state.duplicateCheckIn = true;
            else
                state.checkedInWorkers.append(r->authorUserId);
            if (!state.checkedInAt || r->deviceTime < *state.checkedInAt)
                state.checkedInAt = r->deviceTime.toUTC();
        } else if (r->type == QLatin1String(RecordType::VisitCheckOut)) {
            checkedOut.insert(r->authorUserId);
            if (!state.checkedOutAt || r->deviceTime > *state.checkedOutAt)
                state.checkedOutAt = r->deviceTime.toUTC();
        } else if (r->type == QLatin1String(RecordType::VisitNoAccess)) {
            noAccess = true;
        }
    }

    if (visit.cancelled) {
        state.status = VisitStatus::Cancelled;
        return state;
    }
    if (!state.checkedInAt) {
        state.checkedOutAt.reset();
        state.timing = classifyVisitTiming(visit.plannedStart, std::nullopt, now, thresholds);
        state.status = noAccess ? VisitStatus::NoAccess : pendingStatus(state.timing);
        return state;
    }
    state.timing = classifyVisitTiming(visit.plannedStart, state.checkedInAt, now, thresholds);
    const bool allOut = std::all_of(state.checkedInWorkers.begin(), state.checkedInWorkers.end(),
                                    [&](const QString &w) { return checkedOut.contains(w); });
    if (allOut && state.checkedOutAt && *state.checkedOutAt >= *state.checkedInAt) {
        state.status = VisitStatus::Done;
        state.deliveredMinutes = int(state.checkedInAt->secsTo(*state.checkedOutAt) / 60);
    } else {
        state.status = VisitStatus::InProgress;
        state.checkedOutAt.reset();
    }
    return state;
}

QString visitStatusCode(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Upcoming:
        return QStringLiteral("upcoming");
    case VisitStatus::Due:
        return QStringLiteral("due");
    case VisitStatus::Late:
        return QStringLiteral("late");
    case VisitStatus::Missed:
        return QStringLiteral("missed");
    case VisitStatus::InProgress:
        return QStringLiteral("in_progress");
    case VisitStatus::Done:
        return QStringLiteral("done");
    case VisitStatus::NoAccess:
        return QStringLiteral("no_access");
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace careround
