#include "purge.h"
#include "sql/database.h"
#include "sql/statement.h"
#include "sql/transaction.h"

namespace careround::store {

namespace {

// Unsent records are kept: the outbox's foreign key would refuse their deletion anyway.
constexpr char Unsent[] = " AND id NOT IN (SELECT record_id FROM outbox)";

Result<int> runDelete(sql::Database &db, const QString &sql, const QList<QVariant> &values)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        auto bound = v.typeId() == QMetaType::QDate ? stmt.value().bind(i + 1, v.toDate())
                                                    : stmt.value().bind(i + 1, v.toString());
        if (!bound)
            return bound.error();
    }
    if (auto ran = stmt.value().run(); !ran)
        return ran.error();
    return db.changes();
}

} // namespace

Result<PurgeOutcome> purgeRecords(sql::Database &db, const PurgeRequest &request)
{
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return tx.error();
    PurgeOutcome outcome;
    for (const QString &personId : request.personIds) {
        auto deleted = runDelete(
            db, QStringLiteral("DELETE FROM records WHERE person_id = ?1") + QLatin1String(Unsent),
            {personId});
        if (!deleted)
            return deleted.error();
        outcome.deleted += deleted.value();
        auto left = db.prepare(QStringLiteral("SELECT count(*) FROM records WHERE person_id = ?1"));
        if (!left)
            return left.error();
        if (auto bound = left.value().bind(1, personId); !bound)
            return bound.error();
        if (auto row = left.value().step(); !row)
            return row.error();
        (left.value().int64(0) == 0 ? outcome.purgedPersonIds : outcome.keptPersonIds)
            .append(personId);
    }
    if (request.historyBefore.isValid()) {
        QString sql =
            QStringLiteral("DELETE FROM records WHERE care_day < ?1") + QLatin1String(Unsent);
        QList<QVariant> values {request.historyBefore};
        for (const QString &type : request.keptTypes) {
            values.append(type);
            sql += QStringLiteral(" AND type <> ?%1").arg(values.size());
        }
        auto deleted = runDelete(db, sql, values);
        if (!deleted)
            return deleted.error();
        outcome.deleted += deleted.value();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace careround::store
