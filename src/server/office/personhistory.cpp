// The person file's history parts: visits with their records, the MAR chart, amendments.
#include "personfilejson_p.h"

#include "core/medicationoutcome.h"
#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "core/rules/duedoses.h"
#include "core/rules/visitstatus.h"
#include "uktime.h"

#include <algorithm>

namespace careround::server {

namespace personfile {

QJsonValue dayJson(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs))
                        : QJsonValue(QJsonValue::Null);
}

QString authorName(const Record &record, const UserNames &names)
{
    const QString stamped = record.payload.value(QLatin1String("authorName")).toString();
    if (!stamped.isEmpty())
        return stamped;
    return names.value(record.authorUserId, record.authorUserId);
}

QJsonObject recordJson(const EffectiveRecord &r, const UserNames &names)
{
    return QJsonObject {{QStringLiteral("record_id"), r.record.id},
                        {QStringLiteral("type"), r.record.type},
                        {QStringLiteral("care_day"), dayJson(r.record.careDay)},
                        {QStringLiteral("at"), instantJson(r.record.deviceTime)},
                        {QStringLiteral("author"), authorName(r.record, names)},
                        {QStringLiteral("author_user_id"), r.record.authorUserId},
                        {QStringLiteral("amended"), r.amended()},
                        {QStringLiteral("payload"), r.record.payload}};
}

QJsonArray amendmentsJson(const QList<Record> &records, const UserNames &names)
{
    QHash<QString, const Record *> byId;
    QList<const Record *> amendments;
    for (const Record &r : records) {
        byId.insert(r.id, &r);
        if (r.type == QLatin1String(RecordType::Amendment))
            amendments.append(&r);
    }
    std::sort(amendments.begin(), amendments.end(),
              [](const Record *a, const Record *b) { return b->hlc < a->hlc; });
    QJsonArray out;
    for (const Record *a : amendments) {
        QJsonObject entry {
            {QStringLiteral("record_id"), a->id},
            {QStringLiteral("amends"), a->amends},
            {QStringLiteral("amended_type"),
             a->payload.value(QLatin1String("amendedType")).toString()},
            {QStringLiteral("at"), instantJson(a->deviceTime)},
            {QStringLiteral("author"), authorName(*a, names)},
            {QStringLiteral("reason"), a->payload.value(QLatin1String("reason")).toString()},
            {QStringLiteral("withdrawn"), a->payload.value(QLatin1String("withdrawn")).toBool()},
            {QStringLiteral("replacement"), a->payload.value(QLatin1String("replacement"))}};
        if (const Record *original = byId.value(a->amends))
            entry.insert(QStringLiteral("original"),
                         recordJson(EffectiveRecord {*original, {}}, names));
        out.append(entry);
    }
    return out;
}

} // namespace personfile

using namespace personfile;

Result<MarChart> personMarChart(const QList<Record> &records, const QDate &from, const QDate &to,
                                const QDateTime &now)
{
    MarRequest request;
    request.from = from;
    request.to = to;
    request.now = now;
    request.zone = ukTimeZone();
    return buildMarChart(currentMedicationOrders(records), records, request);
}

namespace {

QJsonObject orderJson(const MedicationOrder &o)
{
    return QJsonObject {{QStringLiteral("order_id"), o.orderId},
                        {QStringLiteral("medicine"), o.medicine},
                        {QStringLiteral("formulation"), o.formulation},
                        {QStringLiteral("strength"), o.strength},
                        {QStringLiteral("dose"), o.dose},
                        {QStringLiteral("route"), o.route},
                        {QStringLiteral("prescriber"), o.prescriber},
                        {QStringLiteral("instructions"), o.instructions},
                        {QStringLiteral("time_critical"), o.timeCritical},
                        {QStringLiteral("start_date"), dayJson(o.startDate)},
                        {QStringLiteral("stop_date"), dayJson(o.stopDate)}};
}

QJsonObject entryJson(const MarEntry &e, const UserNames &names)
{
    return QJsonObject {{QStringLiteral("record_id"), e.recordId},
                        {QStringLiteral("outcome"), e.outcomeCode},
                        {QStringLiteral("outcome_words"), e.outcomeWords},
                        {QStringLiteral("given"), e.given},
                        {QStringLiteral("dose"), e.dose},
                        {QStringLiteral("reason"), e.reason},
                        {QStringLiteral("note"), e.note},
                        {QStringLiteral("prn_effect"), e.prnEffect},
                        {QStringLiteral("administered_at"), instantJson(e.administeredAt)},
                        {QStringLiteral("recorded_at"), instantJson(e.recordedAt)},
                        {QStringLiteral("time"), e.time},
                        {QStringLiteral("late"), e.late},
                        {QStringLiteral("amended"), e.amended},
                        {QStringLiteral("author"), names.value(e.authorUserId, e.authorUserId)},
                        {QStringLiteral("second_signer"), names.value(e.secondSignerUserId)}};
}

QJsonObject cellJson(const MarCell &c, const UserNames &names)
{
    QJsonArray entries;
    for (const MarEntry &e : c.entries)
        entries.append(entryJson(e, names));
    return QJsonObject {{QStringLiteral("day"), dayJson(c.day)},
                        {QStringLiteral("state"), marCellStateCode(c.state)},
                        {QStringLiteral("due"), c.due},
                        {QStringLiteral("scheduled_at"), instantJson(c.scheduledAt)},
                        {QStringLiteral("window_end"), instantJson(c.windowEnd)},
                        {QStringLiteral("entries"), entries}};
}

} // namespace

QJsonObject marChartJson(const MarChart &chart, const UserNames &names)
{
    QJsonArray days, rows;
    for (const QDate &d : chart.days)
        days.append(dayJson(d));
    for (const MarRow &row : chart.rows) {
        QJsonArray cells;
        for (const MarCell &c : row.cells)
            cells.append(cellJson(c, names));
        rows.append(QJsonObject {{QStringLiteral("order"), orderJson(row.order)},
                                 {QStringLiteral("prn"), row.prn},
                                 {QStringLiteral("scheduled_time"), row.scheduledTime},
                                 {QStringLiteral("window_minutes"), row.windowMinutes},
                                 {QStringLiteral("cells"), cells}});
    }
    return QJsonObject {{QStringLiteral("days"), days},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("unmatched_record_ids"),
                         QJsonArray::fromStringList(chart.unmatchedRecordIds)}};
}

Result<QJsonObject> personVisitsJson(const QList<Record> &records, const QDate &from,
                                     const QDate &to, const UserNames &names, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error {QStringLiteral("to"), QStringLiteral("must not be before from")};
    // The current version of each planned visit (the rota may re-send one).
    QHash<QString, PlannedVisit> plans;
    QHash<QString, HlcTimestamp> planHlc;
    const QList<EffectiveRecord> all = effectiveRecords(records);
    QHash<QString, QList<const EffectiveRecord *>> events;
    for (const EffectiveRecord &e : all) {
        if (e.record.type != QLatin1String(RecordType::Visit)) {
            if (!e.record.visitId.isEmpty())
                events[e.record.visitId].append(&e);
            continue;
        }
        auto plan = PlannedVisit::fromRecord(e.record);
        if (!plan || plan.value().careDay < from || plan.value().careDay > to)
            continue;
        const QString id = plan.value().visitId;
        if (!plans.contains(id) || planHlc.value(id) < e.record.hlc) {
            plans.insert(id, plan.value());
            planHlc.insert(id, e.record.hlc);
        }
    }
    QList<PlannedVisit> ordered = plans.values();
    std::sort(ordered.begin(), ordered.end(), [](const PlannedVisit &a, const PlannedVisit &b) {
        return a.plannedStart != b.plannedStart ? b.plannedStart < a.plannedStart
                                                : b.visitId < a.visitId;
    });
    QJsonArray visits;
    for (const PlannedVisit &v : ordered) {
        const VisitState state = foldVisitState(v, records, now);
        QJsonArray workers, recorded;
        for (const QString &w : v.workerIds)
            workers.append(names.value(w, w));
        for (const EffectiveRecord *e : events.value(v.visitId))
            recorded.append(recordJson(*e, names));
        visits.append(QJsonObject {
            {QStringLiteral("visit_id"), v.visitId},
            {QStringLiteral("care_day"), dayJson(v.careDay)},
            {QStringLiteral("planned_start"), instantJson(v.plannedStart)},
            {QStringLiteral("duration_minutes"), v.durationMinutes},
            {QStringLiteral("call_type"), v.callType},
            {QStringLiteral("workers"), workers},
            {QStringLiteral("tasks"), QJsonArray::fromStringList(v.tasks)},
            {QStringLiteral("status"), visitStatusCode(state.status)},
            {QStringLiteral("checked_in_at"), instantJson(state.checkedInAt.value_or(QDateTime()))},
            {QStringLiteral("checked_out_at"),
             instantJson(state.checkedOutAt.value_or(QDateTime()))},
            {QStringLiteral("delivered_minutes"), state.deliveredMinutes},
            {QStringLiteral("records"), recorded}});
    }
    return QJsonObject {{QStringLiteral("from"), dayJson(from)},
                        {QStringLiteral("to"), dayJson(to)},
                        {QStringLiteral("visits"), visits}};
}

} // namespace careround::server
