#include "core/isotime.h"
#include "recordrepository.h"
#include "sql/database.h"
#include "sql/transaction.h"

// The outbox side of RecordRepository: what is waiting to be pushed, and its delivery bookkeeping.
namespace careround::store {

Result<QList<OutboxEntry>> RecordRepository::pendingOutbox(int limit, bool includeRefused)
{
    if (limit <= 0)
        return Error {QStringLiteral("limit"),
                      QStringLiteral("limit must be positive, got %1").arg(limit)};
    auto stmt = statement(PendingOutbox);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(*stmt.value());
    sql::Statement &s = *stmt.value();
    if (auto r = s.bind(1, qint64(limit)); !r)
        return r.error();
    if (auto r = s.bind(2, qint64(includeRefused ? 1 : 0)); !r)
        return r.error();
    QList<OutboxEntry> entries;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            return entries;
        entries.append(OutboxEntry {s.int64(0), s.text(1), s.blob(2), s.dateTime(3),
                                    int(s.int64(4)), s.blob(5), s.text(6)});
    }
}

Result<qint64> RecordRepository::pendingCount()
{
    auto stmt = statement(PendingCount);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(*stmt.value());
    auto row = stmt.value()->step();
    if (!row)
        return row.error();
    return stmt.value()->int64(0);
}

Result<PendingSummary> RecordRepository::pendingSummary(int maxVisits)
{
    PendingSummary summary;
    {
        auto s = m_db.prepare(QStringLiteral("SELECT count(*), min(r.device_time) FROM outbox o "
                                             "JOIN records r ON r.id = o.record_id "
                                             "WHERE o.refused_reason IS NULL"));
        if (!s)
            return s.error();
        auto row = s.value().step();
        if (!row)
            return row.error();
        summary.count = int(s.value().int64(0));
        if (!s.value().isNull(1))
            summary.oldestDeviceTime = isotime::parseUtc(s.value().text(1));
    }
    auto s = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT r.visit_id FROM outbox o JOIN records r ON r.id = o.record_id "
        "WHERE o.refused_reason IS NULL AND r.visit_id IS NOT NULL ORDER BY r.visit_id LIMIT ?1"));
    if (!s)
        return s.error();
    if (auto r = s.value().bind(1, qint64(maxVisits) + 1); !r)
        return r.error();
    for (;;) {
        auto row = s.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        summary.visitIds.append(s.value().text(0));
    }
    if (summary.visitIds.size() > maxVisits) {
        summary.visitIds.removeLast();
        summary.visitsComplete = false;
    }
    return summary;
}

Result<int> RecordRepository::markRefused(const QHash<QString, QString> &reasonById)
{
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET refused_reason = ?2, attempts = attempts + 1 WHERE record_id = ?1"));
    if (!s)
        return s.error();
    int changed = 0;
    for (auto it = reasonById.cbegin(); it != reasonById.cend(); ++it) {
        sql::ResetGuard guard(s.value());
        // Never NULL: a refusal with no words is still a refusal.
        const QString reason = it.value().isEmpty() ? QStringLiteral("refused") : it.value();
        if (auto r = s.value().bind(1, it.key()); !r)
            return r.error();
        if (auto r = s.value().bind(2, reason); !r)
            return r.error();
        if (auto r = s.value().run(); !r)
            return r.error();
        changed += m_db.changes();
    }
    if (auto r = tx.value().commit(); !r)
        return r.error();
    return changed;
}

Result<QList<RefusedEntry>> RecordRepository::refusedEntries()
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT o.record_id, r.type, r.person_id, r.device_time, o.refused_reason FROM outbox o "
        "JOIN records r ON r.id = o.record_id WHERE o.refused_reason IS NOT NULL ORDER BY o.seq"));
    if (!s)
        return s.error();
    QList<RefusedEntry> entries;
    for (;;) {
        auto row = s.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return entries;
        sql::Statement &q = s.value();
        entries.append(RefusedEntry {q.text(0), q.text(1), q.text(2), isotime::parseUtc(q.text(3)),
                                     q.text(4)});
    }
}

Result<int> RecordRepository::updateOutbox(Slot slot, const QStringList &recordIds)
{
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = statement(slot);
    if (!stmt)
        return stmt.error();
    int changed = 0;
    for (const QString &id : recordIds) {
        sql::ResetGuard guard(*stmt.value());
        if (auto r = stmt.value()->bind(1, id); !r)
            return r.error();
        if (auto r = stmt.value()->run(); !r)
            return r.error();
        changed += m_db.changes();
    }
    if (auto r = tx.value().commit(); !r)
        return r.error();
    return changed;
}

Result<int> RecordRepository::markSent(const QStringList &recordIds)
{
    return updateOutbox(DeleteOutbox, recordIds);
}

Result<int> RecordRepository::markAttempted(const QStringList &recordIds)
{
    return updateOutbox(BumpAttempts, recordIds);
}

Result<StoreCounts> RecordRepository::counts()
{
    // One read transaction so the three counts describe the same moment.
    auto tx = sql::Transaction::begin(m_db, sql::Transaction::Kind::Deferred);
    if (!tx)
        return tx.error();
    StoreCounts counts;
    for (auto [table, target] :
         {std::pair {"records", &counts.records}, std::pair {"outbox", &counts.outbox},
          std::pair {"audit", &counts.audit}}) {
        auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!n)
            return n.error();
        *target = n.value();
    }
    return counts;
}

} // namespace careround::store
