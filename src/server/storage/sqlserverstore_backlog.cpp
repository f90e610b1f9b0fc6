// Device backlogs: the latest count of unsynced records each device reported; the latest clock
// skew measured of each device; both with the devices for the office's devices report.
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Row;

namespace {
constexpr int MaxPendingRecords = 10'000'000;
constexpr int MaxPendingVisits = 20;

// The visit ids as stored: NULL when not reported, else joined by commas; "-" = none (an empty
// text reads back as NULL from SQLite).
QVariant visitIdsValue(const std::optional<QStringList> &visitIds)
{
    if (!visitIds)
        return QVariant();
    return visitIds->isEmpty() ? QStringLiteral("-") : visitIds->join(QLatin1Char(','));
}

QStringList visitIdsFrom(const QString &stored)
{
    return stored == QLatin1String("-") ? QStringList()
                                        : stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// The device's latest report in `table` (one row per device): `columns` set to `values` and
// `timeColumn` to `at`, unless a newer report is already there. No UPSERT in SQLite 3.15: update
// a not-newer row, else insert when there is none. Table and column names are this file's own.
Result<void> keepNewest(Connection &s, const QString &deviceId, const QString &table,
                        const QStringList &columns, const sql::Params &values,
                        const QString &timeColumn, const QDateTime &at)
{
    auto device = s.query(QStringLiteral("SELECT org_id FROM devices WHERE id = ?"), {deviceId});
    if (!device)
        return device.error();
    if (device.value().isEmpty())
        return Error {QStringLiteral("deviceId"), QStringLiteral("no such device")};
    const QVariant time = sql::timeValue(at);
    auto updated =
        s.exec(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE device_id = ? AND %3 <= ?")
                   .arg(table, columns.join(QStringLiteral(" = ?, ")), timeColumn),
               sql::Params(values) << time << deviceId << time);
    if (!updated)
        return updated.error();
    if (updated.value() > 0)
        return {};
    auto inserted = s.exec(
        QStringLiteral(
            "INSERT INTO %1 (device_id, org_id, %2, %3) SELECT ?, ?%4, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM %1 WHERE device_id = ?)")
            .arg(table, columns.join(QStringLiteral(", ")), timeColumn,
                 QStringLiteral(", ?").repeated(int(columns.size()))),
        sql::Params {deviceId, device.value().first().text(0)} << values << time << deviceId);
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace

Result<void> SqlServerStore::reportDeviceBacklog(const QString &deviceId,
                                                 const BacklogReport &report, const QDateTime &at)
{
    const int pendingRecords = report.pendingRecords;
    if (report.visitIds) {
        if (report.visitIds->size() > MaxPendingVisits)
            return Error {QStringLiteral("visitIds"),
                          QStringLiteral("at most %1 visits").arg(MaxPendingVisits)};
        for (const QString &id : *report.visitIds)
            if (auto r = checks::id(QStringLiteral("visitIds"), id); !r)
                return r;
    }
    const QVariant since =
        report.pendingSince.isValid() ? sql::timeValue(report.pendingSince) : QVariant();
    if (auto r = checks::id(QStringLiteral("deviceId"), deviceId); !r)
        return r;
    if (pendingRecords < 0 || pendingRecords > MaxPendingRecords)
        return Error {QStringLiteral("pendingRecords"),
                      QStringLiteral("must be 0 to %1").arg(MaxPendingRecords)};
    if (!at.isValid())
        return Error {QStringLiteral("at"), QStringLiteral("is required")};
    return inTransaction<void>(true, [&](Connection &s) {
        return keepNewest(s, deviceId, QStringLiteral("device_backlog"),
                          {QStringLiteral("pending_records"), QStringLiteral("pending_since"),
                           QStringLiteral("pending_visits")},
                          {qint64(pendingRecords), since, visitIdsValue(report.visitIds)},
                          QStringLiteral("reported_at"), at);
    });
}

Result<QList<DeviceBacklog>> SqlServerStore::deviceBacklogs(const QString &orgId)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    return inTransaction<QList<DeviceBacklog>>(
        false, [&](Connection &s) -> Result<QList<DeviceBacklog>> {
            auto found = s.query(
                QStringLiteral(
                    "SELECT b.device_id, d.user_id, b.org_id, b.pending_records, b.reported_at, "
                    "d.last_seen_at, d.revoked, b.pending_since, b.pending_visits "
                    "FROM device_backlog b "
                    "JOIN devices d ON d.id = b.device_id WHERE b.org_id = ? ORDER BY b.device_id"),
                {orgId});
            if (!found)
                return found.error();
            QList<DeviceBacklog> backlogs;
            for (const Row &row : found.value()) {
                DeviceBacklog backlog;
                backlog.deviceId = row.text(0);
                backlog.userId = row.text(1);
                backlog.orgId = row.text(2);
                backlog.pendingRecords = int(row.int64(3));
                backlog.reportedAt = sql::timeFrom(row.text(4));
                backlog.lastSeenAt = sql::timeFrom(row.text(5));
                backlog.revoked = row.boolean(6);
                if (!row.isNull(7))
                    backlog.pendingSince = sql::timeFrom(row.text(7));
                if (!row.isNull(8))
                    backlog.pendingVisitIds = visitIdsFrom(row.text(8));
                backlogs.append(backlog);
            }
            return backlogs;
        });
}

Result<void> SqlServerStore::reportDeviceClock(const QString &deviceId, qint64 skewMs,
                                               const QDateTime &at)
{
    if (auto r = checks::id(QStringLiteral("deviceId"), deviceId); !r)
        return r;
    if (!at.isValid())
        return Error {QStringLiteral("at"), QStringLiteral("is required")};
    return inTransaction<void>(true, [&](Connection &s) {
        return keepNewest(s, deviceId, QStringLiteral("device_clock"), {QStringLiteral("skew_ms")},
                          {skewMs}, QStringLiteral("measured_at"), at);
    });
}

Result<QList<DeviceFacts>> SqlServerStore::deviceFacts(const QString &orgId)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    return inTransaction<QList<DeviceFacts>>(
        false, [&](Connection &s) -> Result<QList<DeviceFacts>> {
            auto found = s.query(
                QStringLiteral(
                    "SELECT d.id, d.user_id, d.label, d.enrolled_at, d.last_seen_at, d.revoked, "
                    "b.pending_records, b.reported_at, c.skew_ms, c.measured_at FROM devices d "
                    "LEFT JOIN device_backlog b ON b.device_id = d.id "
                    "LEFT JOIN device_clock c ON c.device_id = d.id "
                    "WHERE d.org_id = ? ORDER BY d.user_id, d.id"),
                {orgId});
            if (!found)
                return found.error();
            QList<DeviceFacts> devices;
            for (const Row &row : found.value()) {
                DeviceFacts facts {row.text(0),
                                   row.text(1),
                                   row.text(2),
                                   sql::timeFrom(row.text(3)),
                                   sql::timeFrom(row.text(4)),
                                   row.boolean(5)};
                if (!row.isNull(6)) {
                    facts.pendingRecords = int(row.int64(6));
                    facts.pendingReportedAt = sql::timeFrom(row.text(7));
                }
                if (!row.isNull(8)) {
                    facts.clockSkewMs = row.int64(8);
                    facts.clockMeasuredAt = sql::timeFrom(row.text(9));
                }
                devices.append(facts);
            }
            return devices;
        });
}

} // namespace careround::server
