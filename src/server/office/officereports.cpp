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

Result<BoardDelta> OfficeReports::deltaSince(const OfficeViewer &viewer, const QDate &day,
                                             qint64 afterSeq, qint64 upToSeq)
{
    auto people = peopleChangedBetween(m_store, viewer.orgId, afterSeq, upToSeq);
    if (!people)
        return people.error();
    auto rota =
        m_store.visits(viewer.orgId, QString(), ukStartOfDay(day), ukStartOfDay(day.addDays(1)));
    if (!rota)
        return rota.error();
    return boardDelta(rota.value(), people.value());
}

Result<VisitsReport> OfficeReports::visits(const OfficeViewer &viewer, const QDate &day,
                                           const QDateTime &now, std::optional<qint64> changedSince)
{
    if (!day.isValid())
        return Error {QStringLiteral("date"), QStringLiteral("must be a date (yyyy-MM-dd)")};
    // Read first: a record stored while the report is built is then reported again next time,
    // never missed.
    auto seq = m_store.latestSeq(viewer.orgId);
    if (!seq)
        return seq.error();
    if (changedSince && (*changedSince < 0 || *changedSince > seq.value()))
        return Error {
            QStringLiteral("changed_since"),
            QStringLiteral("must be a sequence this server gave, 0 to %1").arg(seq.value())};
    BoardDelta delta;
    if (changedSince) {
        auto found = deltaSince(viewer, day, *changedSince, seq.value());
        if (!found)
            return found.error();
        delta = std::move(found).value();
    }
    const QSet<QString> *only = changedSince ? &delta.visitIds : nullptr;
    auto data =
        loadOfficeDay(m_store, viewer, ukStartOfDay(day), ukStartOfDay(day.addDays(1)), now, only);
    if (!data)
        return data.error();
    if (changedSince) {
        // A cancelled visit assigns nobody on the rota; its plan names the lanes that held it.
        QSet<QString> planWorkers;
        for (const FoldedVisit &v : data.value().visits) {
            for (const QString &worker : v.plan.workerIds) {
                if (!delta.workerIds.contains(worker))
                    planWorkers.insert(worker);
            }
        }
        if (!planWorkers.isEmpty()) {
            auto rota = m_store.visits(viewer.orgId, QString(), ukStartOfDay(day),
                                       ukStartOfDay(day.addDays(1)));
            if (!rota)
                return rota.error();
            const QSet<QString> people = delta.personIds;
            delta = boardDelta(rota.value(), people, delta.workerIds + planWorkers);
            data = loadOfficeDay(m_store, viewer, ukStartOfDay(day), ukStartOfDay(day.addDays(1)),
                                 now, &delta.visitIds);
            if (!data)
                return data.error();
        }
    }
    auto backlogs = m_store.deviceBacklogs(viewer.orgId);
    if (!backlogs)
        return backlogs.error();
    VisitsReport report {day, now, std::move(data).value(), {}, seq.value(), changedSince, delta};
    for (const FoldedVisit &v : report.data.visits) {
        const AwaitingSync awaiting = awaitingSync(v.plan, v.state.status, backlogs.value(), now);
        report.rows.append(VisitRow {v, officeVisitStatus(v.state.status, awaiting),
                                     awaiting.device, awaiting.phoneHoldsRecords});
    }
    QString detail = QStringLiteral("office visits ") + day.toString(Qt::ISODate);
    if (changedSince)
        detail += QStringLiteral(" changed since %1").arg(*changedSince);
    if (report.rows.isEmpty() && changedSince)
        return report; // nothing shown, nothing to audit
    if (auto r = auditRead(viewer, report.data.personIds(), detail, now); !r)
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
