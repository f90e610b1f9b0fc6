#include "purge.h"
#include "core/recordtypes.h"
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

// Entry codes of people not in `kept`: the few people holding codes are read, the rest deleted.
Result<int> purgeEntryCodes(sql::Database &db, const QStringList &kept)
{
    const QString type = QString::fromLatin1(RecordType::PersonEntryCodes);
    auto holders =
        db.prepare(QStringLiteral("SELECT DISTINCT person_id FROM records WHERE type = ?1"));
    if (!holders)
        return holders.error();
    if (auto bound = holders.value().bind(1, type); !bound)
        return bound.error();
    QStringList gone;
    for (;;) {
        auto row = holders.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString personId = holders.value().text(0);
        if (!kept.contains(personId))
            gone.append(personId);
    }
    int deleted = 0;
    for (const QString &personId : gone) {
        auto done =
            runDelete(db,
                      QStringLiteral("DELETE FROM records WHERE type = ?1 AND person_id = ?2")
                          + QLatin1String(Unsent),
                      {type, personId});
        if (!done)
            return done.error();
        deleted += done.value();
    }
    return deleted;
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
    if (request.entryCodesFor) {
        auto deleted = purgeEntryCodes(db, *request.entryCodesFor);
        if (!deleted)
            return deleted.error();
        outcome.deleted += deleted.value();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace careround::store
