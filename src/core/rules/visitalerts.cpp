#include "visitalerts.h"

#include "core/alertrules.h"

#include "amendments.h"
#include "core/recordtypes.h"

namespace careround {

namespace {

QDateTime minutesAfter(const QDateTime &t, int minutes)
{
    return t.addSecs(qint64(minutes) * 60).toUTC();
}

// The started visit's own timing (decided by its first check-in), or the pending one.
void timingAlerts(const PlannedVisit &visit, const VisitState &state, bool heldBySync,
                  const VisitTimingThresholds &t, QList<VisitAlertFinding> &out)
{
    const QDateTime lateAt = minutesAfter(visit.plannedStart, t.lateEarlyMinutes);
    const QDateTime missedAt = minutesAfter(visit.plannedStart, t.missedAfterMinutes);
    const bool started = state.checkedInAt.has_value();
    if (!started && heldBySync)
        return; // the check-in may be on a phone that has not sent it yet
    if (state.status == VisitStatus::Late || (started && state.timing == VisitTiming::Late))
        out.append({VisitAlertKind::Late, lateAt, {}, {}});
    if (state.status == VisitStatus::Missed || (started && state.timing == VisitTiming::Missed))
        out.append({VisitAlertKind::Missed, missedAt, {}, {}});
}

void locationAlerts(const PlannedVisit &visit, const QList<Record> &events,
                    QList<VisitAlertFinding> &out)
{
    for (const EffectiveRecord &e : effectiveRecords(events)) {
        const Record &r = e.record;
        if (r.visitId != visit.visitId
            || (r.type != QLatin1String(RecordType::VisitCheckIn)
                && r.type != QLatin1String(RecordType::VisitCheckOut)))
            continue;
        const QString verification = r.payload.value(QLatin1String("verification")).toString();
        if (verification == QLatin1String("outside_radius")
            || verification == QLatin1String("no_fix"))
            out.append({VisitAlertKind::Location, r.deviceTime.toUTC(), r.id, verification});
    }
}

} // namespace

QString visitAlertRule(VisitAlertKind kind)
{
    switch (kind) {
    case VisitAlertKind::Late:
        return QString::fromLatin1(alertrule::LateVisit);
    case VisitAlertKind::Missed:
        return QString::fromLatin1(alertrule::MissedVisit);
    case VisitAlertKind::NoCheckOut:
        return QString::fromLatin1(alertrule::NoCheckOut);
    case VisitAlertKind::ShortVisit:
        return QString::fromLatin1(alertrule::ShortVisit);
    case VisitAlertKind::Location:
        return QString::fromLatin1(alertrule::VisitLocation);
    }
    return {};
}

QList<VisitAlertFinding> visitAlerts(const PlannedVisit &visit, const VisitState &state,
                                     const QList<Record> &events, const QDateTime &now,
                                     bool heldBySync, const VisitAlertThresholds &thresholds)
{
    QList<VisitAlertFinding> out;
    if (visit.cancelled || !visit.plannedStart.isValid() || state.status == VisitStatus::Cancelled
        || state.status == VisitStatus::NoAccess)
        return out;
    timingAlerts(visit, state, heldBySync, thresholds.timing, out);
    const QDateTime checkOutDue =
        minutesAfter(visit.plannedEnd(), thresholds.noCheckOutAfterEndMinutes);
    if (state.status == VisitStatus::InProgress && now >= checkOutDue && !heldBySync)
        out.append({VisitAlertKind::NoCheckOut, checkOutDue, {}, {}});
    // Whole minutes delivered against the planned duration, compared without rounding:
    // delivered / planned < n / d  <=>  delivered * d < planned * n.
    if (state.status == VisitStatus::Done && state.checkedOutAt && visit.durationMinutes > 0
        && qint64(state.deliveredMinutes) * thresholds.shortVisitDenominator
            < qint64(visit.durationMinutes) * thresholds.shortVisitNumerator)
        out.append({VisitAlertKind::ShortVisit,
                    state.checkedOutAt->toUTC(),
                    {},
                    QStringLiteral("%1 of %2 minutes")
                        .arg(state.deliveredMinutes)
                        .arg(visit.durationMinutes)});
    locationAlerts(visit, events, out);
    return out;
}

} // namespace careround
