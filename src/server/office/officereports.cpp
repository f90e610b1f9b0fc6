#include "officereports.h"

#include "core/recordtypes.h"
#include "core/timebounds.h"
#include "server/storage/recordscan.h"
#include "uktime.h"
#include <QHash>
#include <cstdlib>

namespace careround::server {

OfficeReports::OfficeReports(ServerStore &store)
    : m_store(store)
{ }

Result<void> OfficeReports::auditRead(const OfficeViewer &viewer, const QStringList &personIds,
                                      const QString &detail, const QDateTime &now)
{
    QList<AuditEntry> entries;
    const QStringList people = personIds.isEmpty() ? QStringList {QString()} : personIds;
    for (const QString &personId : people)
        entries.append(AuditEntry {0, viewer.orgId, viewer.actorUserId, viewer.deviceId,
                                   QStringLiteral("report.read"), personId, QString(), now,
                                   detail});
    return m_store.appendAudit(entries);
}

Result<VisitsReport> OfficeReports::visits(const OfficeViewer &viewer, const QDate &day,
                                           const QDateTime &now)
{
    if (!day.isValid())
        return Error {QStringLiteral("date"), QStringLiteral("must be a date (yyyy-MM-dd)")};
    auto data =
        loadOfficeDay(m_store, viewer, ukStartOfDay(day), ukStartOfDay(day.addDays(1)), now);
    if (!data)
        return data.error();
    auto backlogs = m_store.deviceBacklogs(viewer.orgId);
    if (!backlogs)
        return backlogs.error();
    VisitsReport report {day, now, std::move(data).value(), {}};
    for (const FoldedVisit &v : report.data.visits) {
        const AwaitingSync awaiting = awaitingSync(v.plan, v.state.status, backlogs.value(), now);
        report.rows.append(VisitRow {v, officeVisitStatus(v.state.status, awaiting),
                                     awaiting.device, awaiting.phoneHoldsRecords});
    }
    if (auto r = auditRead(viewer, report.data.personIds(),
                           QStringLiteral("office visits ") + day.toString(Qt::ISODate), now);
        !r)
        return r.error();
    return report;
}

Result<HoursReport> OfficeReports::hours(const OfficeViewer &viewer, const QDate &dayInWeek,
                                         const billing::Rates &rates, const QDateTime &now)
{
    if (!dayInWeek.isValid())
        return Error {QStringLiteral("week"),
                      QStringLiteral("must be a date (yyyy-MM-dd) in the week")};
    const billing::PaymentWeek week = billing::weekOf(dayInWeek);
    // A day either side: a call planned late on Sunday may start on Monday, and the other way.
    auto data = loadOfficeDay(m_store, viewer, ukStartOfDay(week.monday.addDays(-1)),
                              ukStartOfDay(week.sunday.addDays(2)), now);
    if (!data)
        return data.error();
    auto report = buildHoursReport(data.value(), week, rates, viewer);
    if (!report)
        return report.error();
    QStringList people;
    for (const HoursLine &line : report.value().people)
        people.append(line.id);
    if (auto r =
            auditRead(viewer, people,
                      QStringLiteral("office hours ") + week.monday.toString(Qt::ISODate), now);
        !r)
        return r.error();
    return report;
}

Result<SpotCheckReport> OfficeReports::spotChecks(const OfficeViewer &viewer, const QDate &asOf,
                                                  const QDateTime &now)
{
    if (!asOf.isValid())
        return Error {QStringLiteral("date"), QStringLiteral("must be a date (yyyy-MM-dd)")};
    RecordQuery checks;
    checks.orgId = viewer.orgId;
    checks.allPersons = true; // filtered by worker below
    checks.types = {QString::fromLatin1(RecordType::SpotCheck)};
    auto found = scanRecords(m_store, checks);
    if (!found)
        return found.error();
    QList<Record> records = recordsOf(found.value());
    QStringList persons;
    for (const Record &r : records)
        persons.append(r.personId);
    persons.removeDuplicates();
    if (!persons.isEmpty()) {
        RecordQuery amendments;
        amendments.orgId = viewer.orgId;
        amendments.personIds = persons;
        amendments.types = {QString::fromLatin1(RecordType::Amendment)};
        auto withdrawals = scanRecords(m_store, amendments);
        if (!withdrawals)
            return withdrawals.error();
        records += recordsOf(withdrawals.value());
    }
    auto users = m_store.usersInOrg(viewer.orgId);
    if (!users)
        return users.error();
    SpotCheckReport report = buildSpotCheckReport(users.value(), records, viewer, asOf);
    // The report names workers and dates, no person: one entry for the read.
    if (auto r = auditRead(viewer, {},
                           QStringLiteral("office spot-checks ") + asOf.toString(Qt::ISODate), now);
        !r)
        return r.error();
    return report;
}

namespace {
QString clockStatus(const std::optional<qint64> &skewMs)
{
    constexpr qint64 CloseEnoughMs = 5 * 60 * 1000;
    if (!skewMs)
        return QStringLiteral("unknown");
    if (*skewMs > timebounds::MaxAheadMs)
        return QStringLiteral("too_far_ahead");
    return std::abs(*skewMs) <= CloseEnoughMs ? QStringLiteral("ok") : QStringLiteral("off");
}
} // namespace

Result<DevicesReport> OfficeReports::devices(const OfficeViewer &viewer, const QDateTime &now)
{
    auto devices = m_store.deviceFacts(viewer.orgId);
    if (!devices)
        return devices.error();
    auto users = m_store.usersInOrg(viewer.orgId);
    if (!users)
        return users.error();
    QHash<QString, QString> names;
    for (const User &user : users.value())
        names.insert(user.id, user.displayName);
    DevicesReport report {now, {}};
    for (const DeviceFacts &device : devices.value()) {
        if (viewer.seesWorker(device.userId))
            report.rows.append(
                DeviceRow {device, names.value(device.userId), clockStatus(device.clockSkewMs)});
    }
    return report;
}

} // namespace careround::server
