#include "kpireport.h"

#include "core/recordtypes.h"
#include "server/storage/recordscan.h"
#include "uktime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace careround::server {

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

// The people's records of `types` with a care day in the window (amendments of them included).
Result<QHash<QString, QList<Record>>> recordsByPerson(ServerStore &store, const QString &orgId,
                                                      const QStringList &persons,
                                                      const QStringList &types, const QDate &from,
                                                      const QDate &to)
{
    QHash<QString, QList<Record>> byPerson;
    if (persons.isEmpty())
        return byPerson;
    RecordQuery q;
    q.orgId = orgId;
    q.personIds = persons;
    q.types = types + QStringList {t(RecordType::Amendment)};
    q.windowFrom = from;
    q.windowTo = to;
    // Orders are current office-owned records: every version counts whatever its care day.
    q.windowExemptTypes = {t(RecordType::MedicationOrder)};
    auto found = scanRecords(store, q);
    if (!found)
        return found.error();
    for (const StoredRecord &s : found.value())
        byPerson[s.record.personId].append(s.record);
    return byPerson;
}

QJsonArray minutesJson(const QList<MinutesLine> &lines, const QString &idKey)
{
    QJsonArray out;
    for (const MinutesLine &l : lines)
        out.append(QJsonObject {{idKey, l.id},
                                {QStringLiteral("name"), l.name},
                                {QStringLiteral("visits"), l.visits},
                                {QStringLiteral("planned_minutes"), l.plannedMinutes},
                                {QStringLiteral("delivered_minutes"), l.deliveredMinutes}});
    return out;
}

} // namespace

Result<KpiReport> buildKpiReport(ServerStore &store, const OfficeViewer &viewer,
                                 const KpiPeriod &period, const QDateTime &now)
{
    KpiReport report {period, period.to.addDays(-(ContinuityDays - 1)), now, {}, {}, {}, {}, {},
                      {}};
    const QDate first = qMin(period.from, report.continuityFrom);
    auto data =
        loadOfficeDay(store, viewer, ukStartOfDay(first), ukStartOfDay(period.to.addDays(1)), now);
    if (!data)
        return data.error();
    report.days = timelinessByDay(data.value().visits, period);
    report.people = minutesDelivered(data.value(), period, now, false);
    report.workers = minutesDelivered(data.value(), period, now, true);
    report.continuity = continuity(data.value(), report.continuityFrom, period.to);

    const QStringList persons = data.value().personIds();
    auto medication =
        recordsByPerson(store, viewer.orgId, persons,
                        {t(RecordType::MedicationOrder), t(RecordType::MedicationAdministration)},
                        period.from.addDays(-1), period.to.addDays(1));
    if (!medication)
        return medication.error();
    for (const QString &person : persons) {
        DoseLine line = dosesRecordedVsDue(medication.value().value(person), period, now);
        if (line.due == 0)
            continue;
        line.personId = person;
        line.name = data.value().personName(person);
        report.doses.append(line);
    }
    std::sort(report.doses.begin(), report.doses.end(), [](const DoseLine &a, const DoseLine &b) {
        return a.name != b.name ? a.name < b.name : a.personId < b.personId;
    });
    // An incident's care day may precede the day it is written up; its occurredAt decides.
    auto incidents = recordsByPerson(store, viewer.orgId, persons, {t(RecordType::Incident)},
                                     period.from.addDays(-1), period.to.addDays(7));
    if (!incidents)
        return incidents.error();
    QList<Record> all;
    for (const QList<Record> &records : incidents.value())
        all += records;
    report.incidents = incidentsByKind(all, period);

    QList<AuditEntry> audit;
    const QStringList read = persons.isEmpty() ? QStringList {QString()} : persons;
    const QString detail =
        QStringLiteral("office kpis %1..%2")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    for (const QString &person : read)
        audit.append(AuditEntry {0, viewer.orgId, viewer.actorUserId, viewer.deviceId,
                                 QStringLiteral("report.read"), person, QString(), now, detail});
    if (auto r = store.appendAudit(audit); !r)
        return r.error();
    return report;
}

QJsonObject kpiReportJson(const KpiReport &report)
{
    QJsonArray days, continuityLines, doses, incidents;
    for (const DayTimeliness &d : report.days)
        days.append(QJsonObject {{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                                 {QStringLiteral("on_time"), d.onTime},
                                 {QStringLiteral("early"), d.early},
                                 {QStringLiteral("late"), d.late},
                                 {QStringLiteral("missed"), d.missed},
                                 {QStringLiteral("no_access"), d.noAccess},
                                 {QStringLiteral("cancelled"), d.cancelled},
                                 {QStringLiteral("undecided"), d.undecided}});
    for (const ContinuityLine &c : report.continuity)
        continuityLines.append(
            QJsonObject {{QStringLiteral("person_id"), c.personId},
                         {QStringLiteral("name"), c.name},
                         {QStringLiteral("distinct_workers"), int(c.workerNames.size())},
                         {QStringLiteral("workers"), QJsonArray::fromStringList(c.workerNames)},
                         {QStringLiteral("above_trusted_team"), c.aboveTrustedTeam()}});
    for (const DoseLine &d : report.doses)
        doses.append(QJsonObject {{QStringLiteral("person_id"), d.personId},
                                  {QStringLiteral("name"), d.name},
                                  {QStringLiteral("due"), d.due},
                                  {QStringLiteral("recorded"), d.recorded}});
    for (auto it = report.incidents.cbegin(); it != report.incidents.cend(); ++it)
        incidents.append(QJsonObject {{QStringLiteral("kind"), it.key()},
                                      {QStringLiteral("count"), it.value()}});
    return {{QStringLiteral("report"), QStringLiteral("kpis")},
            {QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)},
            {QStringLiteral("as_at"), report.now.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("continuity_from"), report.continuityFrom.toString(Qt::ISODate)},
            {QStringLiteral("trusted_team_size"), TrustedTeamSize},
            {QStringLiteral("days"), days},
            {QStringLiteral("people"), minutesJson(report.people, QStringLiteral("person_id"))},
            {QStringLiteral("workers"), minutesJson(report.workers, QStringLiteral("worker_id"))},
            {QStringLiteral("continuity"), continuityLines},
            {QStringLiteral("doses"), doses},
            {QStringLiteral("incidents"), incidents}};
}

} // namespace careround::server
