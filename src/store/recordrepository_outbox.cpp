#include "recordrepository.h"
#include "sql/database.h"
#include "sql/transaction.h"

// The outbox side of RecordRepository: what is waiting to be pushed, and its delivery bookkeeping.
namespace careround::store {

Result<QList<OutboxEntry>> RecordRepository::pendingOutbox(int limit)
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
    QList<OutboxEntry> entries;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            return entries;
        entries.append(OutboxEntry {s.int64(0), s.text(1), s.blob(2), s.dateTime(3),
                                    int(s.int64(4)), s.blob(5)});
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
