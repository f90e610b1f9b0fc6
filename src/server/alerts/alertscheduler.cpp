#include "alertscheduler.h"

#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "core/rules/dosealerts.h"
#include "core/rules/oversightalerts.h"
#include "scheduledalerts.h"
#include "server/http/jsonlog.h"
#include "server/office/awaitingsync.h"
#include "server/office/uktime.h"
#include "server/storage/recordscan.h"

#include <QElapsedTimer>

namespace careround::server::alerts {

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

QString namesOf(const QStringList &workerIds, const QHash<QString, User> &users)
{
    QStringList names;
    for (const QString &id : workerIds) {
        const QString name = users.value(id).displayName;
        names.append(name.isEmpty() ? QStringLiteral("user %1").arg(id) : name);
    }
    return names.join(QStringLiteral(" and "));
}

PlannedVisit planOf(const VisitAssignment &row)
{
    PlannedVisit plan;
    plan.visitId = row.visitId;
    plan.personId = row.personId;
    plan.careDay = ukDay(row.plannedStart);
    plan.plannedStart = row.plannedStart;
    plan.durationMinutes = row.durationMinutes;
    plan.workerIds = row.workerIds;
    return plan;
}

QString medicineWords(const QJsonObject &order)
{
    QStringList words;
    for (const char *key : {"medicine", "strength", "formulation"}) {
        const QString word = order.value(QLatin1String(key)).toString();
        if (!word.isEmpty())
            words.append(word);
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

AlertScheduler::AlertScheduler(ServerStore &store, Clock clock, AlertSchedulerOptions options)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_options(options)
{ }

Result<SchedulerPass> AlertScheduler::runPass()
{
    std::lock_guard lock(m_passMutex);
    QElapsedTimer timer;
    timer.start();
    SchedulerPass pass;
    pass.at = m_clock().toUTC();
    auto orgs = m_store.organisations();
    if (!orgs)
        return orgs.error();
    for (const Organisation &org : orgs.value()) {
        if (auto done = passOrganisation(org.id, pass.at, pass); !done)
            return done.error();
        ++pass.organisations;
    }
    pass.elapsedMs = timer.elapsed();
    return pass;
}

Result<void> AlertScheduler::passOrganisation(const QString &orgId, const QDateTime &now,
                                              SchedulerPass &pass)
{
    const QDate today = ukDay(now);
    if (auto read = m_cache[orgId].refresh(m_store, orgId, today); !read)
        return read.error();
    auto users = m_store.usersInOrg(orgId);
    if (!users)
        return users.error();
    QHash<QString, User> byId;
    for (const User &user : users.value())
        byId.insert(user.id, user);
    // Yesterday's visits too: a visit held by a phone's backlog is missed up to 12 hours after
    // its end, and doses of yesterday may still be unrecorded.
    auto rota =
        m_store.visits(orgId, QString(), ukStartOfDay(today.addDays(-1)),
                       now.addSecs(qint64(m_options.thresholds.timing.lateEarlyMinutes) * 60));
    if (!rota)
        return rota.error();
    auto visits = visitAlerts(orgId, rota.value(), now, byId, pass);
    if (!visits)
        return visits.error();
    auto doses = doseAlerts(orgId, rota.value(), now);
    if (!doses)
        return doses.error();
    const QList<Record> alerts = visits.value() + doses.value() + recordAlerts(orgId, now)
        + oversightAlerts(orgId, byId, today);
    auto stored = store(orgId, alerts, now);
    if (!stored)
        return stored.error();
    pass.raised += stored.value();
    return {};
}

Result<QList<Record>> AlertScheduler::visitAlerts(const QString &orgId,
                                                  const QList<VisitAssignment> &rota,
                                                  const QDateTime &now,
                                                  const QHash<QString, User> &users,
                                                  SchedulerPass &pass)
{
    auto backlogs = m_store.deviceBacklogs(orgId);
    if (!backlogs)
        return backlogs.error();
    QHash<QString, QList<DeviceBacklog>> backlogsOf;
    for (const DeviceBacklog &b : backlogs.value())
        if (b.pendingRecords > 0 && !b.revoked)
            backlogsOf[b.userId].append(b);
    const SchedulerCache &cache = m_cache[orgId];
    const VisitAlertThresholds &thresholds = m_options.thresholds;
    QList<Record> alerts;
    for (const VisitAssignment &row : rota) {
        if (row.workerIds.isEmpty())
            continue; // cancelled: the rota assigns nobody
        ++pass.visits;
        const PlannedVisit plan = planOf(row);
        QList<Record> events = cache.eventsByVisit.value(plan.visitId);
        if (!events.isEmpty())
            events += cache.amendments(plan.personId); // a withdrawn check-in does not count
        const VisitState state = foldVisitState(plan, events, now, thresholds.timing);
        if (state.status == VisitStatus::Upcoming || state.status == VisitStatus::Due)
            continue;
        bool held = false;
        if (now <= plan.plannedEnd().addSecs(qint64(m_options.awaitingSyncMaxHoursAfterEnd) * 3600))
            for (const QString &worker : plan.workerIds)
                for (const DeviceBacklog &device : backlogsOf.value(worker))
                    held = held || mayHoldRecordsOf(device, plan, thresholds.timing);
        for (const VisitAlertFinding &finding :
             careround::visitAlerts(plan, state, events, now, held, thresholds))
            alerts.append(visitAlert(plan, finding, namesOf(plan.workerIds, users)));
    }
    return alerts;
}

// Time-critical doses of yesterday and today with no record once their window closed: only for
// the people who have a time-critical order (their administrations are read per pass).
Result<QList<Record>> AlertScheduler::doseAlerts(const QString &orgId,
                                                 const QList<VisitAssignment> &rota,
                                                 const QDateTime &now)
{
    const SchedulerCache &cache = m_cache[orgId];
    QHash<QString, QList<MedicationOrder>> ordersOf;
    for (auto it = cache.byPerson.cbegin(); it != cache.byPerson.cend(); ++it) {
        const QList<Record> orders = cache.personRecords(it.key(), t(RecordType::MedicationOrder));
        if (orders.isEmpty())
            continue;
        const QList<MedicationOrder> current =
            currentMedicationOrders(orders + cache.amendments(it.key()));
        if (std::any_of(current.cbegin(), current.cend(),
                        [](const MedicationOrder &o) { return o.timeCritical; }))
            ordersOf.insert(it.key(), current);
    }
    if (ordersOf.isEmpty())
        return QList<Record>();
    QHash<QString, QList<PlannedVisit>> visitsOf;
    for (const VisitAssignment &row : rota)
        if (ordersOf.contains(row.personId) && !row.workerIds.isEmpty())
            visitsOf[row.personId].append(planOf(row));
    const QDate today = ukDay(now);
    RecordQuery query;
    query.orgId = orgId;
    query.personIds = ordersOf.keys();
    query.personIds.sort();
    query.types = {t(RecordType::MedicationAdministration), t(RecordType::Amendment)};
    query.windowFrom = today.addDays(-1);
    query.windowTo = today;
    query.windowExemptTypes = {t(RecordType::Amendment)};
    auto found = scanRecords(m_store, query);
    if (!found)
        return found.error();
    QHash<QString, QList<Record>> recordsOf;
    for (const StoredRecord &s : found.value())
        recordsOf[s.record.personId].append(s.record);
    QList<Record> alerts;
    for (auto it = ordersOf.cbegin(); it != ordersOf.cend(); ++it) {
        for (const QDate &day : {today.addDays(-1), today}) {
            const DayDosePlan plan =
                planDoses(it.value(), visitsOf.value(it.key()), day, ukTimeZone());
            for (const DueDose &dose :
                 overdueTimeCriticalDoses(plan.doses, recordsOf.value(it.key()), now))
                alerts.append(timeCriticalDoseAlert(dose, it.key()));
        }
    }
    return alerts;
}

// Rules on records: doses not given for a reason to report (new records only), incidents whose
// written report is overdue, reablement episodes in their last week with no exit outcome.
QList<Record> AlertScheduler::recordAlerts(const QString &orgId, const QDateTime &now)
{
    SchedulerCache &cache = m_cache[orgId];
    QList<Record> alerts;
    for (const Record &dose : reportableNotGivenRecords(cache.newAdministrations)) {
        const QString orderId = dose.payload.value(QLatin1String("orderId")).toString();
        QString medicine;
        for (const Record &order :
             cache.personRecords(dose.personId, t(RecordType::MedicationOrder)))
            if (order.id == orderId)
                medicine = medicineWords(order.payload);
        alerts.append(notGivenAlert(dose, medicine));
    }
    const QDate today = ukDay(now);
    for (auto it = cache.byPerson.cbegin(); it != cache.byPerson.cend(); ++it) {
        const QList<Record> amendments = cache.amendments(it.key());
        const QList<Record> incidents = cache.personRecords(it.key(), t(RecordType::Incident));
        for (const EffectiveRecord &e :
             effectiveRecords(incidents + amendments, t(RecordType::Incident)))
            if (const auto due = overdueIncidentReport(e.record, now))
                alerts.append(incidentReportDueAlert(e.record, *due));
        const QList<Record> episodes =
            cache.personRecords(it.key(), t(RecordType::ReablementEpisode));
        for (const EffectiveRecord &e :
             effectiveRecords(episodes + amendments, t(RecordType::ReablementEpisode)))
            if (const auto from = reablementExitDue(e.record.payload, today))
                alerts.append(reablementExitAlert(
                    e.record, *from,
                    QDate::fromString(
                        e.record.payload.value(QLatin1String("plannedEndDate")).toString(),
                        Qt::ISODate)));
    }
    return alerts;
}

// Workers (care workers and supervisors, not disabled) overdue for observed practice or
// supervision. A worker never seen is due from their start + the interval.
QList<Record> AlertScheduler::oversightAlerts(const QString &orgId,
                                              const QHash<QString, User> &users, const QDate &today)
{
    const SchedulerCache &cache = m_cache[orgId];
    QSet<QString> withdrawn;
    for (const QList<Record> &records : cache.byPerson)
        for (const Record &r : records)
            if (r.type == t(RecordType::Amendment)
                && r.payload.value(QLatin1String("withdrawn")).toBool())
                withdrawn.insert(r.amends);
    QHash<QString, QDate> lastObservation, lastSupervision;
    for (const Record &r : cache.oversight) {
        if (withdrawn.contains(r.id))
            continue;
        const QString worker = r.payload.value(QLatin1String("workerUserId")).toString();
        if (r.type == t(RecordType::SpotCheck)) {
            if (r.payload.value(QLatin1String("consentGiven")).toBool()
                && r.careDay > lastObservation.value(worker))
                lastObservation.insert(worker, r.careDay);
        } else {
            const QDate day =
                QDate::fromString(r.payload.value(QLatin1String("date")).toString(), Qt::ISODate);
            if (day > lastSupervision.value(worker))
                lastSupervision.insert(worker, day);
        }
    }
    QList<Record> alerts;
    for (const User &user : users) {
        if (user.disabled || (user.role != Role::CareWorker && user.role != Role::Supervisor))
            continue;
        const QDate started = user.createdAt.isValid() ? ukDay(user.createdAt) : QDate();
        const struct
        {
            QString rule;
            QDate last;
            int months;
        } checks[] = {{QString::fromLatin1(alertrule::SpotCheckDue), lastObservation.value(user.id),
                       ObservationMonths},
                      {QString::fromLatin1(alertrule::SupervisionDue),
                       lastSupervision.value(user.id), SupervisionMonths}};
        for (const auto &check : checks) {
            const QDate since = started.isValid() ? started.addMonths(check.months) : QDate();
            if (oversightOverdue(check.last, check.months, since, today))
                alerts.append(oversightAlert(check.rule, user.id, user.displayName, check.last,
                                             oversightDueFrom(check.last, check.months, since)));
        }
    }
    Q_UNUSED(orgId);
    return alerts;
}

Result<int> AlertScheduler::store(const QString &orgId, const QList<Record> &alerts,
                                  const QDateTime &now)
{
    QList<Record> fresh;
    QSet<QString> ids;
    for (const Record &alert : alerts)
        if (!m_stored.contains(alert.id) && !ids.contains(alert.id)) {
            fresh.append(alert);
            ids.insert(alert.id);
        }
    constexpr int Batch = 2000;
    for (int from = 0; from < fresh.size(); from += Batch) {
        const QList<Record> batch = fresh.mid(from, Batch);
        auto stored = m_store.putRecords(
            PutContext {orgId, serverAuthorId(), serverAuthorId(), now, false}, batch);
        if (!stored)
            return stored.error(); // the next pass raises them again
        for (int i = 0; i < batch.size(); ++i) {
            const PutResult &result = stored.value().at(i);
            if (result.status == PutStatus::Rejected && result.error.field != QLatin1String("id")) {
                http::JsonLog::error(
                    QStringLiteral("alert_refused"),
                    {{QStringLiteral("alert_id"), batch.at(i).id},
                     {QStringLiteral("detail"), result.error.toString().left(200)}});
                continue;
            }
            m_stored.insert(batch.at(i).id); // stored now, or by a pass or process before
        }
    }
    return int(fresh.size());
}

} // namespace careround::server::alerts
