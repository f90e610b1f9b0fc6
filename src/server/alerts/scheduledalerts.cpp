#include "scheduledalerts.h"

#include "core/medicationoutcome.h"
#include "server/office/uktime.h"

namespace careround::server::alerts {

namespace {

// The record an alert is dated from: the slot, so every process dates it alike.
Record slotAnchor(const QDateTime &since, const QDate &careDay)
{
    Record anchor;
    anchor.careDay = careDay.isValid() ? careDay : ukDay(since);
    anchor.deviceTime = since.toUTC();
    anchor.hlc = HlcTimestamp {since.toMSecsSinceEpoch(), 0, serverAuthorId()};
    return anchor;
}

QString slotKey(const QString &subject, const QDateTime &since)
{
    return subject + QLatin1Char('@') + QString::number(since.toMSecsSinceEpoch());
}

QString when(const QDateTime &instant)
{
    return ukClock(instant) + QStringLiteral(" on ") + ukDay(instant).toString(Qt::ISODate);
}

QString dayWords(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("never");
}

} // namespace

Record visitAlert(const PlannedVisit &visit, const VisitAlertFinding &finding,
                  const QString &workerNames)
{
    const QString planned = when(visit.plannedStart);
    AlertContent c;
    c.rule = visitAlertRule(finding.kind);
    c.personId = visit.personId;
    c.visitId = visit.visitId;
    c.subjectUserId = visit.workerIds.value(0);
    c.idKey = slotKey(visit.visitId, finding.since);
    switch (finding.kind) {
    case VisitAlertKind::Late:
        c.severity = QStringLiteral("warning");
        c.summary = QStringLiteral("Late visit: planned for %1 (%2), no check-in by %3. Phone "
                                   "the worker, then the person if the visit is not on its way.")
                        .arg(planned, workerNames, ukClock(finding.since));
        break;
    case VisitAlertKind::Missed:
        c.severity = QStringLiteral("urgent");
        c.summary = QStringLiteral("Missed visit: planned for %1 (%2), not started within 2 hours. "
                                   "Make sure the person is safe, arrange the call and tell the "
                                   "commissioner.")
                        .arg(planned, workerNames);
        break;
    case VisitAlertKind::NoCheckOut:
        c.severity = QStringLiteral("warning");
        c.summary = QStringLiteral("No check-out: the visit planned for %1 (%2) should have ended "
                                   "an hour before %3. Phone the worker: they may need help, or "
                                   "forgot to check out.")
                        .arg(planned, workerNames, ukClock(finding.since));
        break;
    case VisitAlertKind::ShortVisit:
        c.severity = QStringLiteral("warning");
        c.summary = QStringLiteral("Short visit: the visit planned for %1 (%2) lasted %3. Check "
                                   "the reason with the worker; only time delivered is invoiced.")
                        .arg(planned, workerNames, finding.detail);
        break;
    case VisitAlertKind::Location:
        c.severity = QStringLiteral("warning");
        c.relatedRecordIds = {finding.recordId};
        c.idKey = slotKey(finding.recordId, finding.since);
        c.summary = QStringLiteral("%1 for the visit planned for %2 (%3) at %4 %5. Check with the "
                                   "worker where the visit took place.")
                        .arg(QStringLiteral("Check-in or check-out"), planned, workerNames,
                             ukClock(finding.since),
                             finding.detail == QLatin1String("no_fix")
                                 ? QStringLiteral("had no location fix")
                                 : QStringLiteral("was outside the home's radius"));
        break;
    }
    return alertRecord(c, slotAnchor(finding.since, visit.careDay));
}

Record timeCriticalDoseAlert(const DueDose &dose, const QString &personId)
{
    AlertContent c;
    c.rule = QString::fromLatin1(alertrule::TimeCriticalMedication);
    c.severity = QStringLiteral("urgent");
    c.personId = personId;
    c.visitId = dose.visitId;
    c.relatedRecordIds = {dose.orderId};
    c.idKey = slotKey(dose.orderId + QLatin1Char('/') + dose.careDay.toString(Qt::ISODate)
                          + QLatin1Char('/') + dose.scheduledTime,
                      dose.windowEnd);
    c.summary = QStringLiteral("Time-critical medicine not recorded: %1 %2 due at %3 (within "
                               "%4 minutes), nothing recorded by %5. Phone the worker%6; if the "
                               "dose was missed, get clinical advice now.")
                    .arg(dose.medicine, dose.strength, when(dose.scheduledAt))
                    .arg(dose.windowMinutes)
                    .arg(ukClock(dose.windowEnd),
                         dose.visitId.isEmpty() ? QStringLiteral(" (no visit covers this dose)")
                                                : QString());
    return alertRecord(c, slotAnchor(dose.windowEnd, dose.careDay));
}

Record notGivenAlert(const Record &administration, const QString &medicine)
{
    const QJsonObject &p = administration.payload;
    const auto outcome = medicationOutcomeFromCode(p.value(QLatin1String("outcome")).toString());
    const bool hospital = outcome == MedicationOutcome::InHospital;
    AlertContent c;
    c.rule = QString::fromLatin1(alertrule::MedicationNotGiven);
    c.severity = hospital ? QStringLiteral("urgent") : QStringLiteral("warning");
    c.personId = administration.personId;
    c.visitId = administration.visitId;
    c.subjectUserId = administration.authorUserId;
    c.relatedRecordIds = {administration.id};
    c.summary =
        QStringLiteral("Medicine not given: %1 (%2, care day %3, due %4): %5. Tell the "
                       "commissioner and, where needed, the prescriber.")
            .arg(medicine.isEmpty() ? p.value(QLatin1String("orderId")).toString() : medicine,
                 outcome ? medicationOutcomeWords(*outcome) : QString(),
                 administration.careDay.toString(Qt::ISODate),
                 p.value(QLatin1String("scheduledTime")).toString(),
                 p.value(QLatin1String("reason")).toString().left(300));
    return alertRecord(c, administration);
}

Record incidentReportDueAlert(const Record &incident, const QDateTime &due)
{
    AlertContent c;
    c.rule = QString::fromLatin1(alertrule::IncidentReportDue);
    c.severity = QStringLiteral("warning");
    c.personId = incident.personId;
    c.visitId = incident.visitId;
    c.subjectUserId = incident.authorUserId;
    c.relatedRecordIds = {incident.id};
    c.idKey = slotKey(incident.id, due);
    c.summary = QStringLiteral("Written incident report overdue: the incident was phoned in, and "
                               "its written report was due by %1. Send it and record it on the "
                               "incident.")
                    .arg(when(due));
    return alertRecord(c, slotAnchor(due, incident.careDay));
}

Record reablementExitAlert(const Record &episode, const QDate &lastWeekFrom,
                           const QDate &plannedEnd)
{
    AlertContent c;
    c.rule = QString::fromLatin1(alertrule::ReablementExitDue);
    c.severity = QStringLiteral("warning");
    c.personId = episode.personId;
    c.relatedRecordIds = {episode.id};
    c.idKey = episode.id + QLatin1Char('@') + plannedEnd.toString(Qt::ISODate);
    c.summary = QStringLiteral("Reablement episode ends %1 with no exit outcome. Arrange the exit "
                               "review and record the outcome (independent, long-term care at "
                               "home or placement).")
                    .arg(plannedEnd.toString(Qt::ISODate));
    return alertRecord(c, slotAnchor(ukStartOfDay(lastWeekFrom), lastWeekFrom));
}

Record oversightAlert(const QString &rule, const QString &workerId, const QString &workerName,
                      const QDate &last, const QDate &dueFrom)
{
    const bool spotCheck = rule == QString::fromLatin1(alertrule::SpotCheckDue);
    AlertContent c;
    c.rule = rule;
    c.severity = QStringLiteral("warning");
    c.subjectUserId = workerId;
    c.idKey = workerId + QLatin1Char('@') + dueFrom.toString(Qt::ISODate);
    c.summary =
        (spotCheck ? QStringLiteral("Spot check due: %1 has had no observed practice (with the "
                                    "person's consent) since %2. Arrange a spot check.")
                   : QStringLiteral("Supervision due: %1 has had no supervision since %2 "
                                    "(quarterly). Arrange a supervision session."))
            .arg(workerName.isEmpty() ? QStringLiteral("user %1").arg(workerId) : workerName,
                 dayWords(last));
    return alertRecord(c, slotAnchor(ukStartOfDay(dueFrom), dueFrom));
}

} // namespace careround::server::alerts
