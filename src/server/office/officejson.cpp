#include "officejson.h"

#include "core/rules/presenceverdict.h"
#include "workerlanes.h"

#include <QJsonArray>
#include <QMap>

namespace careround::server {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue time(const std::optional<QDateTime> &t)
{
    return t ? time(*t) : QJsonValue();
}
QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray people(const OfficeDay &data, const QStringList &userIds)
{
    QJsonArray out;
    for (const QString &id : userIds)
        out.append(
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), data.userName(id)}});
    return out;
}

QJsonObject awaitingJson(const DeviceBacklog &device)
{
    return {{QStringLiteral("worker_id"), device.userId},
            {QStringLiteral("device_id"), device.deviceId},
            {QStringLiteral("pending_records"), device.pendingRecords},
            {QStringLiteral("pending_since"),
             device.pendingSince.isValid() ? QJsonValue(time(device.pendingSince)) : QJsonValue()},
            {QStringLiteral("reported_at"), time(device.reportedAt)},
            {QStringLiteral("last_contact_at"), time(device.lastContact())}};
}

// The office's verdict on a check-in or check-out's location (core/rules/presenceverdict.h),
// against the home on file now; null when there is no such record.
QJsonValue presenceJson(const std::optional<Record> &event, const std::optional<GeoPosition> &home)
{
    if (!event)
        return QJsonValue();
    const PresenceAssessment a = assessPresence(recordedFix(event->payload), home);
    return QJsonObject {{QStringLiteral("verdict"), presenceVerdictCode(a.verdict)},
                        {QStringLiteral("reason"), presenceReasonCode(a.reason)},
                        {QStringLiteral("distance_m"),
                         a.distanceM ? QJsonValue(qRound(*a.distanceM)) : QJsonValue()},
                        {QStringLiteral("at"), time(event->deviceTime)},
                        {QStringLiteral("by"), event->authorUserId}};
}

QJsonObject visitJson(const VisitRow &row, const OfficeDay &data)
{
    const PlannedVisit &plan = row.visit.plan;
    const VisitState &state = row.visit.state;
    QJsonObject json {{QStringLiteral("visit_id"), plan.visitId},
                      {QStringLiteral("person_id"), plan.personId},
                      {QStringLiteral("person_name"), data.personName(plan.personId)},
                      {QStringLiteral("planned_start"), time(plan.plannedStart)},
                      {QStringLiteral("planned_end"), time(plan.plannedEnd())},
                      {QStringLiteral("duration_minutes"), plan.durationMinutes},
                      {QStringLiteral("call_type"), plan.callType},
                      {QStringLiteral("workers"), people(data, plan.workerIds)},
                      {QStringLiteral("status"), row.status},
                      {QStringLiteral("timing"), visitTimingCode(state.timing)},
                      {QStringLiteral("actual_start"), time(state.checkedInAt)},
                      {QStringLiteral("actual_end"), time(state.checkedOutAt)},
                      {QStringLiteral("delivered_minutes"), state.deliveredMinutes},
                      {QStringLiteral("checked_in_workers"), people(data, state.checkedInWorkers)},
                      {QStringLiteral("duplicate_check_in"), state.duplicateCheckIn}};
    json.insert(QStringLiteral("awaiting_sync"),
                row.awaiting ? QJsonValue(awaitingJson(*row.awaiting)) : QJsonValue());
    json.insert(QStringLiteral("phone_holds_records"), row.phoneHoldsRecords);
    const auto person = data.persons.constFind(plan.personId);
    const std::optional<GeoPosition> home =
        person == data.persons.constEnd() ? std::nullopt : homeLocation(person->payload);
    json.insert(QStringLiteral("check_in_location"), presenceJson(row.visit.checkIn, home));
    json.insert(QStringLiteral("check_out_location"), presenceJson(row.visit.checkOut, home));
    return json;
}

QJsonObject lineJson(const HoursLine &line, bool person)
{
    const billing::WeeklyBill &b = line.bill;
    QJsonObject json {
        {person ? QStringLiteral("person_id") : QStringLiteral("worker_id"), line.id},
        {QStringLiteral("name"), line.name},
        {QStringLiteral("calls"), line.calls},
        {QStringLiteral("delivered_minutes"), line.deliveredMinutes},
        {QStringLiteral("unpaid_minutes_beyond_plan"), line.unpaidMinutesBeyondPlan},
        {QStringLiteral("day_units"), b.dayUnits},
        {QStringLiteral("day_hours"), double(b.dayUnits) / double(billing::UnitsPerHour)},
        {QStringLiteral("night_minutes"), b.nightMinutes},
        {QStringLiteral("night_hours"), double(b.nightMinutes) / 60.0},
        {QStringLiteral("calls_outside_day_hours"), b.callsOutsideDayHours},
        {QStringLiteral("day_pence"), b.dayPence},
        {QStringLiteral("night_pence"), b.nightPence},
        {QStringLiteral("uplift_pence"), b.upliftPence},
        {QStringLiteral("total_pence"), b.totalPence}};
    if (person) {
        const auto rural = billing::ruralClassFromCode(line.ruralClass);
        json.insert(QStringLiteral("rural_class"),
                    rural ? QJsonValue(line.ruralClass) : QJsonValue());
        json.insert(QStringLiteral("uplift_percent"),
                    rural ? billing::ruralUpliftPercent(*rural) : 0);
    }
    return json;
}

} // namespace

namespace {
QJsonArray sortedArray(const QSet<QString> &ids)
{
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}
} // namespace

QJsonObject visitsReportJson(const VisitsReport &report)
{
    QJsonArray visits;
    QMap<QString, int> counts;
    for (const VisitRow &row : report.rows) {
        visits.append(visitJson(row, report.data));
        ++counts[row.status];
    }
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    QJsonArray lanes;
    for (const WorkerLane &lane : workerLanes(report)) {
        if (report.changedSince && !report.delta.workerIds.contains(lane.workerId))
            continue; // a lane only partly among the rows: the board keeps the one it has
        QJsonArray stops;
        for (const LaneStop &stop : lane.stops)
            stops.append(QJsonObject {
                {QStringLiteral("visit_id"), report.rows.at(stop.row).visit.plan.visitId},
                {QStringLiteral("place"), stop.place}});
        lanes.append(QJsonObject {{QStringLiteral("worker_id"), lane.workerId},
                                  {QStringLiteral("name"), report.data.userName(lane.workerId)},
                                  {QStringLiteral("stops"), stops}});
    }
    QJsonObject json {{QStringLiteral("report"), QStringLiteral("visits")},
                      {QStringLiteral("date"), date(report.day)},
                      {QStringLiteral("lanes"), lanes},
                      {QStringLiteral("as_at"), time(report.now)},
                      {QStringLiteral("seq"), report.seq},
                      {QStringLiteral("visits"), visits}};
    if (!report.changedSince) {
        json.insert(QStringLiteral("counts"), countsJson);
        return json;
    }
    // Counts of some rows would mislead: the board counts its rows once patched.
    json.insert(QStringLiteral("changed_since"), *report.changedSince);
    json.insert(QStringLiteral("people"), sortedArray(report.delta.personIds));
    json.insert(QStringLiteral("workers"), sortedArray(report.delta.workerIds));
    return json;
}

QJsonObject hoursReportJson(const HoursReport &report)
{
    QJsonArray people, workers;
    for (const HoursLine &line : report.people)
        people.append(lineJson(line, true));
    for (const HoursLine &line : report.workers)
        workers.append(lineJson(line, false));
    return {{QStringLiteral("report"), QStringLiteral("hours")},
            {QStringLiteral("week"),
             QJsonObject {{QStringLiteral("monday"), date(report.week.monday)},
                          {QStringLiteral("sunday"), date(report.week.sunday)}}},
            {QStringLiteral("rates"),
             QJsonObject {{QStringLiteral("hourly_pence"), report.rates.hourlyPence},
                          {QStringLiteral("night_session_pence"), report.rates.nightSessionPence}}},
            {QStringLiteral("people"), people},
            {QStringLiteral("workers"), workers}};
}

QJsonObject spotCheckReportJson(const SpotCheckReport &report)
{
    QJsonArray overdue;
    for (const SpotCheckLine &line : report.overdue)
        overdue.append(
            QJsonObject {{QStringLiteral("worker_id"), line.worker.id},
                         {QStringLiteral("name"), line.worker.displayName},
                         {QStringLiteral("role"), roleName(line.worker.role)},
                         {QStringLiteral("last_observation"), date(line.lastObservation)},
                         {QStringLiteral("last_refused"), date(line.lastRefusal)}});
    return {{QStringLiteral("report"), QStringLiteral("spot_checks")},
            {QStringLiteral("as_of"), date(report.asOf)},
            {QStringLiteral("since"), date(report.since)},
            {QStringLiteral("workers_checked"), report.workersChecked},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("note"), SpotCheckRefusalNote}};
}

QJsonObject devicesReportJson(const DevicesReport &report)
{
    QJsonArray devices;
    for (const DeviceRow &row : report.rows) {
        const DeviceFacts &d = row.device;
        devices.append(
            QJsonObject {{QStringLiteral("device_id"), d.deviceId},
                         {QStringLiteral("user_id"), d.userId},
                         {QStringLiteral("user_name"), row.userName},
                         {QStringLiteral("label"), d.label},
                         {QStringLiteral("enrolled_at"), time(d.enrolledAt)},
                         {QStringLiteral("last_seen_at"), time(d.lastSeenAt)},
                         {QStringLiteral("revoked"), d.revoked},
                         {QStringLiteral("pending_records"),
                          d.pendingRecords ? QJsonValue(*d.pendingRecords) : QJsonValue()},
                         {QStringLiteral("pending_reported_at"), time(d.pendingReportedAt)},
                         {QStringLiteral("clock_skew_ms"),
                          d.clockSkewMs ? QJsonValue(*d.clockSkewMs) : QJsonValue()},
                         {QStringLiteral("clock_measured_at"), time(d.clockMeasuredAt)},
                         {QStringLiteral("clock_status"), row.clockStatus}});
    }
    return {{QStringLiteral("now"), time(report.now)}, {QStringLiteral("devices"), devices}};
}

} // namespace careround::server
