// Per-device sync memory and the audit log.
#include "core/uuid7.h"
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Params;
using sql::Row;

Result<void> insertAudit(Connection &s, const QList<AuditEntry> &entries)
{
    constexpr int Columns = 9;
    const int perStatement = qMax(1, qMin(200, s.maxParameters() / Columns));
    for (int start = 0; start < entries.size(); start += perStatement) {
        const int count = int(qMin<qsizetype>(perStatement, entries.size() - start));
        QStringList rows;
        Params params;
        params.reserve(count * Columns);
        for (int i = start; i < start + count; ++i) {
            const AuditEntry &e = entries.at(i);
            rows.append(QStringLiteral("(%1)").arg(sql::placeholders(Columns)));
            params << e.orgId << sql::textValue(e.actorUserId) << sql::textValue(e.deviceId)
                   << e.action << sql::textValue(e.personId) << sql::textValue(e.recordId)
                   << sql::textValue(e.recordIds.join(QLatin1Char(' '))) << sql::timeValue(e.at)
                   << sql::textValue(e.detail);
        }
        auto inserted =
            s.exec(QStringLiteral(
                       "INSERT INTO audit (org_id, actor_user_id, device_id, action, person_id, "
                       "record_id, record_ids, at, detail) VALUES %1")
                       .arg(rows.join(QStringLiteral(", "))),
                   params);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<DeviceSyncState> SqlServerStore::deviceSyncState(const QString &deviceId)
{
    if (auto r = checks::id(QStringLiteral("deviceId"), deviceId); !r)
        return r.error();
    return inTransaction<DeviceSyncState>(false, [&](Connection &s) -> Result<DeviceSyncState> {
        DeviceSyncState state;
        state.deviceId = deviceId;
        auto mark =
            s.query(QStringLiteral("SELECT high_water_seq FROM device_sync WHERE device_id = ?"),
                    {deviceId});
        if (!mark)
            return mark.error();
        if (!mark.value().isEmpty())
            state.highWaterSeq = mark.value().first().int64(0);
        auto persons =
            s.query(QStringLiteral("SELECT person_id, backfill_up_to, purging FROM device_persons "
                                   "WHERE device_id = ? ORDER BY person_id"),
                    {deviceId});
        if (!persons)
            return persons.error();
        for (const Row &row : persons.value())
            state.persons.append(DevicePersonState {row.text(0), row.int64(1), row.boolean(2)});
        auto codes =
            s.query(QStringLiteral("SELECT person_id, backfill_up_to FROM device_entry_codes "
                                   "WHERE device_id = ? ORDER BY person_id"),
                    {deviceId});
        if (!codes)
            return codes.error();
        for (const Row &row : codes.value())
            state.entryCodes.append(DeviceEntryCodesState {row.text(0), row.int64(1)});
        return state;
    });
}

Result<void> SqlServerStore::saveDeviceSyncState(const DeviceSyncState &state)
{
    if (auto r = checks::id(QStringLiteral("deviceId"), state.deviceId); !r)
        return r;
    if (state.highWaterSeq < 0)
        return Error {QStringLiteral("highWaterSeq"), QStringLiteral("must not be negative")};
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        for (const QString &statement :
             {QStringLiteral("DELETE FROM device_sync WHERE device_id = ?"),
              QStringLiteral("DELETE FROM device_persons WHERE device_id = ?"),
              QStringLiteral("DELETE FROM device_entry_codes WHERE device_id = ?")}) {
            if (auto r = s.exec(statement, {state.deviceId}); !r)
                return r.error();
        }
        if (auto r = s.exec(
                QStringLiteral("INSERT INTO device_sync (device_id, high_water_seq) VALUES (?, ?)"),
                {state.deviceId, state.highWaterSeq});
            !r)
            return r.error();
        constexpr int Columns = 4;
        const int perStatement = qMax(1, qMin(200, s.maxParameters() / Columns));
        for (int start = 0; start < state.persons.size(); start += perStatement) {
            const int count = int(qMin<qsizetype>(perStatement, state.persons.size() - start));
            QStringList rows;
            Params params;
            for (int i = start; i < start + count; ++i) {
                const DevicePersonState &p = state.persons.at(i);
                rows.append(QStringLiteral("(%1)").arg(sql::placeholders(Columns)));
                params << state.deviceId << p.personId << p.backfillUpTo
                       << sql::flagValue(p.purging);
            }
            auto inserted = s.exec(
                QStringLiteral(
                    "INSERT INTO device_persons (device_id, person_id, backfill_up_to, purging) "
                    "VALUES %1")
                    .arg(rows.join(QStringLiteral(", "))),
                params);
            if (!inserted)
                return inserted.error();
        }
        for (const DeviceEntryCodesState &codes : state.entryCodes) { // a handful: the day's visits
            if (auto r = s.exec(
                    QStringLiteral(
                        "INSERT INTO device_entry_codes (device_id, person_id, backfill_up_to) "
                        "VALUES (?, ?, ?)"),
                    {state.deviceId, codes.personId, codes.backfillUpTo});
                !r)
                return r.error();
        }
        return {};
    });
}

Result<void> SqlServerStore::appendAudit(const QList<AuditEntry> &entries)
{
    for (const AuditEntry &entry : entries) {
        if (auto r = checks::auditEntry(entry); !r)
            return r;
    }
    if (entries.isEmpty())
        return {};
    auto written = m_audit.submit(entries);
    if (!written)
        return written.error();
    return {};
}

Result<QList<AuditEntry>> SqlServerStore::queryAudit(const AuditQuery &query)
{
    if (auto r = checks::id(QStringLiteral("orgId"), query.orgId); !r)
        return r.error();
    if (query.limit < 1 || query.limit > 100000)
        return Error {QStringLiteral("limit"), QStringLiteral("must be 1 to 100000")};
    QStringList where {QStringLiteral("org_id = ?")};
    Params params {query.orgId};
    const std::pair<const char *, QString> filters[] = {{"person_id", query.personId},
                                                        {"actor_user_id", query.actorUserId},
                                                        {"action", query.action}};
    for (const auto &[column, value] : filters) {
        if (!value.isEmpty()) {
            where.append(QStringLiteral("%1 = ?").arg(QLatin1String(column)));
            params.append(value);
        }
    }
    if (!query.recordId.isEmpty()) {
        // Grouped entries hold lower-case UUIDv7s separated by spaces: such an id can only match
        // a whole id of the list. Anything else can only be a single entry's record_id.
        if (isUuid7(query.recordId)) {
            where.append(
                QStringLiteral("(record_id = ? OR (record_ids <> '' AND record_ids LIKE ?))"));
            params << query.recordId << QStringLiteral("%%1%").arg(query.recordId);
        } else {
            where.append(QStringLiteral("record_id = ?"));
            params << query.recordId;
        }
    }
    if (query.from.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        params.append(sql::timeValue(query.from));
    }
    if (query.to.isValid()) {
        where.append(QStringLiteral("at < ?"));
        params.append(sql::timeValue(query.to));
    }
    params.append(qint64(query.limit));
    const QString text = QStringLiteral("SELECT id, org_id, actor_user_id, device_id, action, "
                                        "person_id, record_id, at, detail, "
                                        "record_ids FROM audit WHERE %1 ORDER BY id DESC LIMIT ?")
                             .arg(where.join(QStringLiteral(" AND ")));
    return inTransaction<QList<AuditEntry>>(false, [&](Connection &s) -> Result<QList<AuditEntry>> {
        auto found = s.query(text, params);
        if (!found)
            return found.error();
        QList<AuditEntry> entries;
        for (const Row &row : found.value()) {
            entries.append(AuditEntry {row.int64(0), row.text(1), row.text(2), row.text(3),
                                       row.text(4), row.text(5), row.text(6),
                                       sql::timeFrom(row.text(7)), row.text(8),
                                       row.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts)});
        }
        return entries;
    });
}

} // namespace careround::server
