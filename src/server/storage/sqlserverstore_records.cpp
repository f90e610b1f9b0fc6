// Record writes: validation, idempotency by record id, organisation checks, seq assignment,
// rota extraction and write audit - all in one transaction per batch.
#include "inputchecks.h"
#include "recordbatch.h"
#include "recordfacts.h"
#include "sqlserverstore_p.h"
#include <QHash>
#include <QSet>
#include <algorithm>

namespace careround::server {

using sql::Connection;
using sql::Params;
using sql::Row;

namespace {

constexpr int MaxBatch = 5000; // a sync push
constexpr int MaxAtomicBatch = 200000; // an import, checked whole before it is written

// Looks up rows by id in chunks that fit the backend's parameter limit.
Result<QList<Row>> selectByIds(Connection &s, const QString &sqlWithIn, const QStringList &ids)
{
    QList<Row> all;
    const int chunk = qMax(1, s.maxParameters() - 10);
    for (int start = 0; start < ids.size(); start += chunk) {
        const QStringList part = ids.mid(start, chunk);
        Params params(part.begin(), part.end());
        auto found = s.query(sqlWithIn.arg(sql::placeholders(int(part.size()))), params);
        if (!found)
            return found.error();
        all += found.value();
    }
    return all;
}

// Keeps the rota row of a visit in step with its latest version (by hybrid logical clock).
Result<void> applyVisit(Connection &s, const VisitAssignment &visit, const QString &hlc)
{
    auto current =
        s.query(QStringLiteral("SELECT hlc FROM visits WHERE visit_id = ?"), {visit.visitId});
    if (!current)
        return current.error();
    if (!current.value().isEmpty() && current.value().first().text(0) >= hlc)
        return {}; // an equal or newer version is already applied
    for (const QString &statement :
         {QStringLiteral("DELETE FROM visits WHERE visit_id = ?"),
          QStringLiteral("DELETE FROM visit_workers WHERE visit_id = ?")}) {
        if (auto r = s.exec(statement, {visit.visitId}); !r)
            return r.error();
    }
    auto inserted = s.exec(
        QStringLiteral(
            "INSERT INTO visits (visit_id, org_id, person_id, planned_start, duration_minutes, "
            "worker_ids, record_id, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {visit.visitId, visit.orgId, visit.personId, sql::timeValue(visit.plannedStart),
         qint64(visit.durationMinutes), sql::textValue(visit.workerIds.join(QLatin1Char(','))),
         visit.recordId, hlc});
    if (!inserted)
        return inserted.error();
    for (const QString &worker : visit.workerIds) {
        auto added =
            s.exec(QStringLiteral("INSERT INTO visit_workers (visit_id, worker_id, org_id, "
                                  "planned_start) VALUES (?, ?, ?, ?)"),
                   {visit.visitId, worker, visit.orgId, sql::timeValue(visit.plannedStart)});
        if (!added)
            return added.error();
    }
    return {};
}

Result<BatchFacts> loadBatchFacts(Connection &s, const QString &orgId, const QList<Record> &records)
{
    auto org = s.query(QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {orgId});
    if (!org)
        return org.error();
    if (org.value().isEmpty())
        return Error {QStringLiteral("orgId"), QStringLiteral("no such organisation")};
    // What the batch refers to, in a few queries instead of several per record.
    QStringList ids, personIds, visitIds;
    for (const Record &record : records) {
        ids.append(record.id);
        if (!record.personId.isEmpty())
            personIds.append(record.personId);
        if (facts::isRotaVisit(record))
            visitIds.append(record.visitId.isEmpty() ? record.id : record.visitId);
    }
    BatchFacts batch;
    batch.orgId = orgId;
    auto existing = selectByIds(
        s, QStringLiteral("SELECT id, org_id, body, seq FROM records WHERE id IN (%1)"), ids);
    if (!existing)
        return existing.error();
    for (const Row &row : existing.value())
        batch.records.insert(row.text(0), ExistingRecord {row.text(1), row.bytes(2), row.int64(3)});
    auto persons = selectByIds(s, QStringLiteral("SELECT id, org_id FROM persons WHERE id IN (%1)"),
                               personIds);
    if (!persons)
        return persons.error();
    for (const Row &row : persons.value())
        batch.personOrg.insert(row.text(0), row.text(1));
    auto visits = selectByIds(
        s, QStringLiteral("SELECT visit_id, org_id FROM visits WHERE visit_id IN (%1)"), visitIds);
    if (!visits)
        return visits.error();
    for (const Row &row : visits.value())
        batch.visitOrg.insert(row.text(0), row.text(1));
    return batch;
}

Params recordRow(const PutContext &ctx, const QDateTime &receivedAt, const Record &record,
                 const QByteArray &body)
{
    const QString audience = facts::audience(record);
    return {record.id,
            ctx.orgId,
            record.type,
            record.personId.isEmpty() ? QVariant() : QVariant(record.personId),
            record.visitId.isEmpty() ? QVariant() : QVariant(record.visitId),
            sql::dateValue(record.careDay),
            audience.isEmpty() ? QVariant() : QVariant(audience),
            QString::fromUtf8(body),
            sql::timeValue(receivedAt),
            sql::textValue(ctx.actorUserId),
            sql::textValue(ctx.deviceId)};
}

const QString InsertRecord = QStringLiteral(
    "INSERT INTO records (id, org_id, type, person_id, visit_id, care_day, audience, "
    "body, received_at, pushed_by, pushed_from) VALUES ");
constexpr int RecordColumnCount = 11;

// Inserts the accepted records; returns their seqs by index. PostgreSQL takes many rows per
// statement (one round trip); SQLite one prepared statement per row (no round trips at all).
Result<QHash<int, qint64>> insertRecords(Connection &s, const PutContext &ctx,
                                         const QDateTime &receivedAt, const QList<Record> &records,
                                         const QList<RecordDecision> &decisions)
{
    QHash<int, qint64> seqs;
    QList<int> accepted;
    for (int i = 0; i < decisions.size(); ++i) {
        if (decisions.at(i).status == PutStatus::Accepted)
            accepted.append(i);
    }
    const QString oneRow = QStringLiteral("(%1)").arg(sql::placeholders(RecordColumnCount));
    if (!s.supportsReturning()) {
        for (int i : accepted) {
            auto seq = s.insertReturningSeq(
                InsertRecord + oneRow,
                recordRow(ctx, receivedAt, records.at(i), decisions.at(i).body));
            if (!seq)
                return seq.error();
            seqs.insert(i, seq.value());
        }
        return seqs;
    }
    const int perStatement = qMax(1, qMin(500, s.maxParameters() / RecordColumnCount));
    for (int start = 0; start < accepted.size(); start += perStatement) {
        const QList<int> chunk = accepted.mid(start, perStatement);
        Params params;
        QStringList rows;
        QHash<QString, int> indexOf;
        for (int i : chunk) {
            params += recordRow(ctx, receivedAt, records.at(i), decisions.at(i).body);
            rows.append(oneRow);
            indexOf.insert(records.at(i).id, i);
        }
        auto inserted = s.query(InsertRecord + rows.join(QStringLiteral(", "))
                                    + QStringLiteral(" RETURNING id, seq"),
                                params);
        if (!inserted)
            return inserted.error();
        for (const Row &row : inserted.value())
            seqs.insert(indexOf.value(row.text(0)), row.int64(1));
    }
    return seqs;
}

Result<void> writeAccepted(Connection &s, const PutContext &ctx, const QDateTime &receivedAt,
                           const QList<Record> &records, const QList<RecordDecision> &decisions,
                           QList<PutResult> &results)
{
    auto seqs = insertRecords(s, ctx, receivedAt, records, decisions);
    if (!seqs)
        return seqs.error();
    QList<AuditedRecord> written;
    for (int i = 0; i < decisions.size(); ++i) {
        const RecordDecision &d = decisions.at(i);
        const Record &record = records.at(i);
        if (d.status == PutStatus::Duplicate && d.duplicateOfIndex >= 0)
            results[i].seq = seqs.value().value(d.duplicateOfIndex);
        if (d.status != PutStatus::Accepted)
            continue;
        results[i].seq = seqs.value().value(i);
        if (d.createsPerson) {
            if (auto r = s.exec(QStringLiteral("INSERT INTO persons (id, org_id) VALUES (?, ?)"),
                                {record.personId, ctx.orgId});
                !r)
                return r.error();
        }
        if (d.visit) {
            if (auto r = applyVisit(s, *d.visit, record.hlc.toString()); !r)
                return r;
        }
        written.append(AuditedRecord {record.personId, record.id, record.type});
    }
    const AuditEntry base {0,
                           ctx.orgId,
                           ctx.actorUserId,
                           ctx.deviceId,
                           QStringLiteral("record.write"),
                           {},
                           {},
                           receivedAt,
                           {}};
    return insertAudit(s, auditGroupedByPerson(base, written));
}

// One batch inside a transaction that already serialises the organisation's record writes.
Result<QList<PutResult>> putBatch(Connection &s, const PutContext &ctx,
                                  const QList<Record> &records)
{
    const QDateTime receivedAt =
        ctx.receivedAt.isValid() ? ctx.receivedAt : QDateTime::currentDateTimeUtc();
    auto facts = loadBatchFacts(s, ctx.orgId, records);
    if (!facts)
        return facts.error();
    const QList<RecordDecision> decisions = decideBatch(facts.value(), records);
    QList<PutResult> results;
    bool anyRejected = false;
    for (int i = 0; i < records.size(); ++i) {
        const RecordDecision &d = decisions.at(i);
        results.append(PutResult {records.at(i).id, d.status, d.duplicateOfSeq, d.error});
        anyRejected = anyRejected || d.status == PutStatus::Rejected;
    }
    if (ctx.atomic && anyRejected)
        return results; // nothing written; the caller reports the batch
    if (auto r = writeAccepted(s, ctx, receivedAt, records, decisions, results); !r)
        return r.error();
    return results;
}

} // namespace

// Batches of one organisation, in one transaction: each sees what the earlier ones wrote.
Result<QList<QList<PutResult>>> SqlServerStore::putBatches(const QList<PutJob> &jobs)
{
    return inTransaction<QList<QList<PutResult>>>(
        true, [&](Connection &s) -> Result<QList<QList<PutResult>>> {
            if (auto r = s.serialiseRecordWrites(jobs.first().ctx.orgId); !r)
                return r.error();
            QList<QList<PutResult>> answers;
            for (const PutJob &job : jobs) {
                auto results = putBatch(s, job.ctx, job.records);
                if (!results)
                    return results.error(); // the whole group rolls back; every caller retries
                answers.append(results.value());
            }
            return answers;
        });
}

SqlServerStore::PutGroup &SqlServerStore::putGroupFor(const QString &orgId)
{
    QMutexLocker lock(&m_putGroupsMutex);
    auto &group = m_putGroups[orgId];
    if (!group)
        group = std::make_shared<PutGroup>(
            [this](const QList<PutJob> &jobs) { return putBatches(jobs); });
    return *group;
}

Result<QList<PutResult>> SqlServerStore::putRecords(const PutContext &ctx,
                                                    const QList<Record> &records)
{
    if (auto r = checks::id(QStringLiteral("orgId"), ctx.orgId); !r)
        return r.error();
    const int limit = ctx.atomic ? MaxAtomicBatch : MaxBatch;
    if (records.size() > limit)
        return Error {QStringLiteral("records"),
                      QStringLiteral("at most %1 records per batch").arg(limit)};
    // Pushes of one organisation arriving together share a transaction (group commit); an
    // all-or-nothing import runs alone.
    Result<QList<PutResult>> done = Error {};
    if (ctx.atomic) {
        auto alone = putBatches({PutJob {ctx, records}});
        done = alone ? Result<QList<PutResult>>(alone.value().first())
                     : Result<QList<PutResult>>(alone.error());
    } else {
        done = putGroupFor(ctx.orgId).submit(PutJob {ctx, records});
    }
    if (!done)
        return done.error();
    QList<PutResult> results = std::move(done).value();
    if (ctx.atomic && std::any_of(results.cbegin(), results.cend(), [](const PutResult &r) {
            return r.status == PutStatus::Rejected;
        })) {
        for (PutResult &result : results) {
            if (result.status != PutStatus::Rejected) {
                result.status = PutStatus::Rejected;
                result.seq = 0;
                result.error = Error {
                    QStringLiteral("batch"),
                    QStringLiteral(
                        "not stored: another record of this all-or-nothing batch was rejected")};
            }
        }
    }
    return results;
}

} // namespace careround::server
