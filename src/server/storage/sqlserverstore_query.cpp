// Record reads: by id, scoped pages below the safe watermark, the rota.
#include "inputchecks.h"
#include "recordfacts.h"
#include "sqlserverstore_p.h"
#include <QHash>
#include <algorithm>

namespace careround::server {

using sql::Connection;
using sql::Params;
using sql::Row;

namespace {

const QString RecordColumns = QStringLiteral("seq, org_id, received_at, body");
const QString BodyColumns = QStringLiteral("seq, org_id, received_at, body, id, person_id, type");

Result<StoredRecord> storedFrom(const Row &row)
{
    auto record = facts::decode(row.bytes(3));
    if (!record)
        return Error {QStringLiteral("storage"),
                      QStringLiteral("stored record seq %1 does not decode: %2")
                          .arg(row.int64(0))
                          .arg(record.error().toString())};
    return StoredRecord {row.int64(0), row.text(1), sql::timeFrom(row.text(2)),
                         std::move(record).value()};
}

// The highest seq of the organisation. Record writes of one organisation commit in seq order
// (SQLite: one writer; PostgreSQL: advisory lock held to commit), so every lower seq of that
// organisation is already visible: a page bounded by it can never skip a late commit.
Result<qint64> watermark(Connection &s, const QString &orgId)
{
    auto found = s.query(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM records WHERE org_id = ?"), {orgId});
    if (!found)
        return found.error();
    return found.value().value(0).int64(0);
}

QString inList(const QString &column, int count)
{
    return QStringLiteral("%1 IN (%2)").arg(column, sql::placeholders(count));
}

// One SELECT for the query restricted to `persons` (all persons when allPersons).
Result<QList<Row>> pageQuery(Connection &s, const RecordQuery &q, qint64 upTo,
                             const QStringList &persons)
{
    QStringList where {QStringLiteral("org_id = ?"), QStringLiteral("seq > ?"),
                       QStringLiteral("seq <= ?")};
    Params params {q.orgId, q.afterSeq, upTo};
    auto addAll = [&params](const QStringList &values) {
        for (const QString &v : values)
            params.append(v);
    };
    if (!q.allPersons) {
        where.append(inList(QStringLiteral("person_id"), int(persons.size())));
        addAll(persons);
    }
    if (!q.types.isEmpty()) {
        where.append(inList(QStringLiteral("type"), int(q.types.size())));
        addAll(q.types);
    }
    if (!q.visitIds.isEmpty()) {
        where.append(inList(QStringLiteral("visit_id"), int(q.visitIds.size())));
        addAll(q.visitIds);
    }
    if (!q.gatedType.isEmpty()) {
        // Records of the gated type only for the people let through (entry codes: scopepull.cpp).
        QStringList through;
        for (const QString &person : q.gatedTypePersons) {
            if (q.allPersons || persons.contains(person))
                through.append(person);
        }
        params.append(q.gatedType);
        if (through.isEmpty()) {
            where.append(QStringLiteral("type <> ?"));
        } else {
            where.append(QStringLiteral("(type <> ? OR %1)")
                             .arg(inList(QStringLiteral("person_id"), int(through.size()))));
            addAll(through);
        }
    }
    if (!q.audience.isEmpty()) {
        where.append(QStringLiteral("(audience IS NULL OR audience = ?)"));
        params.append(q.audience);
    }
    if (q.windowFrom.isValid()) {
        QString window = QStringLiteral("(care_day >= ? AND care_day <= ?)");
        params.append(sql::dateValue(q.windowFrom));
        params.append(sql::dateValue(q.windowTo));
        if (!q.windowExemptTypes.isEmpty()) {
            window =
                QStringLiteral("(%1 OR %2)")
                    .arg(window, inList(QStringLiteral("type"), int(q.windowExemptTypes.size())));
            addAll(q.windowExemptTypes);
        }
        where.append(window);
    }
    if (q.highWaterSeq >= 0) {
        // Below the high-water mark the device already has everything except what is owed to
        // people new to its scope: group those by their bound.
        QHash<qint64, QStringList> byBound;
        for (auto it = q.backfillUpTo.cbegin(); it != q.backfillUpTo.cend(); ++it) {
            if (q.allPersons || persons.contains(it.key()))
                byBound[it.value()].append(it.key());
        }
        QString clause = QStringLiteral("seq > ?");
        params.append(q.highWaterSeq);
        for (auto it = byBound.cbegin(); it != byBound.cend(); ++it) {
            clause += QStringLiteral(" OR (seq <= ? AND %1)")
                          .arg(inList(QStringLiteral("person_id"), int(it.value().size())));
            params.append(it.key());
            addAll(it.value());
        }
        // The gated type of people newly let through, owed up to their own bound.
        QHash<qint64, QStringList> gatedByBound;
        for (auto it = q.gatedBackfillUpTo.cbegin(); it != q.gatedBackfillUpTo.cend(); ++it) {
            if (q.allPersons || persons.contains(it.key()))
                gatedByBound[it.value()].append(it.key());
        }
        for (auto it = gatedByBound.cbegin(); it != gatedByBound.cend(); ++it) {
            clause += QStringLiteral(" OR (seq <= ? AND type = ? AND %1)")
                          .arg(inList(QStringLiteral("person_id"), int(it.value().size())));
            params.append(it.key());
            params.append(q.gatedType);
            addAll(it.value());
        }
        where.append(QLatin1Char('(') + clause + QLatin1Char(')'));
    }
    params.append(qint64(q.limit + 1));
    // A list of people: walk each person's part of (org, person, seq) and sort the few rows.
    // Without statistics SQLite would walk the whole organisation in seq order instead (every pull
    // of a worker's handful of people read all 200k records of a county-sized day).
    const QString hint =
        q.allPersons ? QString() : s.indexHint(QStringLiteral("records_person_seq"));
    return s.query(QStringLiteral("SELECT %1 FROM records %2 WHERE %3 ORDER BY seq LIMIT ?")
                       .arg(q.bodiesOnly ? BodyColumns : RecordColumns, hint,
                            where.join(QStringLiteral(" AND "))),
                   params);
}

} // namespace

Result<std::optional<StoredRecord>> SqlServerStore::record(const QString &orgId,
                                                           const QString &recordId)
{
    using Found = std::optional<StoredRecord>;
    return inTransaction<Found>(false, [&](Connection &s) -> Result<Found> {
        auto found = s.query(
            QStringLiteral("SELECT %1 FROM records WHERE org_id = ? AND id = ?").arg(RecordColumns),
            {orgId, recordId});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Found();
        auto stored = storedFrom(found.value().first());
        if (!stored)
            return stored.error();
        return Found(std::move(stored).value());
    });
}

Result<RecordPage> SqlServerStore::queryRecords(const RecordQuery &query)
{
    if (auto r = checks::recordQuery(query); !r)
        return r.error();
    return inTransaction<RecordPage>(false, [&](Connection &s) -> Result<RecordPage> {
        auto mark = watermark(s, query.orgId);
        if (!mark)
            return mark.error();
        const qint64 upTo = query.upToSeq > 0 ? qMin(query.upToSeq, mark.value()) : mark.value();
        RecordPage page;
        page.nextAfterSeq = qMax(query.afterSeq, upTo);
        if (!query.allPersons && query.personIds.isEmpty())
            return page;
        QList<Row> rows;
        if (query.allPersons) {
            auto found = pageQuery(s, query, upTo, {});
            if (!found)
                return found.error();
            rows = found.value();
        } else {
            // Person lists are split to fit the parameter limit; pages are merged by seq.
            // Up to four lists of people per statement: the chunk, backfill, gated type and its
            // backfill.
            const int chunk = qMax(1, (s.maxParameters() - 100) / 4);
            for (int start = 0; start < query.personIds.size(); start += chunk) {
                auto found = pageQuery(s, query, upTo, query.personIds.mid(start, chunk));
                if (!found)
                    return found.error();
                rows += found.value();
            }
            std::sort(rows.begin(), rows.end(),
                      [](const Row &a, const Row &b) { return a.int64(0) < b.int64(0); });
        }
        if (rows.size() > query.limit) {
            rows = rows.mid(0, query.limit);
            page.more = true;
            page.nextAfterSeq = rows.last().int64(0);
        }
        if (query.maxBytes > 0) {
            qint64 bytes = 0;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                bytes += rows.at(i).bytes(3).size();
                if (bytes > query.maxBytes && i > 0) {
                    rows = rows.mid(0, i);
                    page.more = true;
                    page.nextAfterSeq = rows.last().int64(0);
                    break;
                }
            }
        }
        if (query.bodiesOnly) {
            page.bodies.reserve(rows.size());
            for (const Row &row : rows)
                page.bodies.append(
                    StoredBody {row.int64(0), row.text(4), row.text(5), row.text(6), row.bytes(3)});
            return page;
        }
        for (const Row &row : rows) {
            auto stored = storedFrom(row);
            if (!stored)
                return stored.error();
            page.records.append(std::move(stored).value());
        }
        return page;
    });
}

Result<qint64> SqlServerStore::latestSeq(const QString &orgId)
{
    return inTransaction<qint64>(false, [&](Connection &s) { return watermark(s, orgId); });
}

Result<QStringList> SqlServerStore::personIds(const QString &orgId)
{
    return inTransaction<QStringList>(false, [&](Connection &s) -> Result<QStringList> {
        auto found =
            s.query(QStringLiteral("SELECT id FROM persons WHERE org_id = ? ORDER BY id"), {orgId});
        if (!found)
            return found.error();
        QStringList ids;
        for (const Row &row : found.value())
            ids.append(row.text(0));
        return ids;
    });
}

namespace {

const QString VisitColumns =
    QStringLiteral("v.visit_id, v.org_id, v.person_id, v.planned_start, v.duration_minutes, "
                   "v.worker_ids, v.record_id");

QList<VisitAssignment> visitsFrom(const QList<Row> &rows)
{
    QList<VisitAssignment> visits;
    for (const Row &row : rows) {
        VisitAssignment v;
        v.visitId = row.text(0);
        v.orgId = row.text(1);
        v.personId = row.text(2);
        v.plannedStart = sql::timeFrom(row.text(3));
        v.durationMinutes = int(row.int64(4));
        v.workerIds = row.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
        v.recordId = row.text(6);
        visits.append(v);
    }
    return visits;
}

} // namespace

Result<QList<VisitAssignment>> SqlServerStore::visits(const QString &orgId, const QString &workerId,
                                                      const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return Error {QStringLiteral("from"), QStringLiteral("a valid time range is required")};
    return inTransaction<QList<VisitAssignment>>(
        false, [&](Connection &s) -> Result<QList<VisitAssignment>> {
            auto found = workerId.isEmpty()
                ? s.query(QStringLiteral(
                              "SELECT %1 FROM visits v WHERE v.org_id = ? AND v.planned_start >= ? "
                              "AND v.planned_start < ? ORDER BY v.planned_start, v.visit_id")
                              .arg(VisitColumns),
                          {orgId, sql::timeValue(from), sql::timeValue(to)})
                : s.query(
                    QStringLiteral(
                        "SELECT %1 FROM visit_workers w JOIN visits v ON v.visit_id = w.visit_id "
                        "WHERE w.org_id = ? AND w.worker_id = ? AND w.planned_start >= ? AND "
                        "w.planned_start < ? "
                        "ORDER BY v.planned_start, v.visit_id")
                        .arg(VisitColumns),
                    {orgId, workerId, sql::timeValue(from), sql::timeValue(to)});
            if (!found)
                return found.error();
            return visitsFrom(found.value());
        });
}

Result<QList<VisitAssignment>> SqlServerStore::visitsById(const QString &orgId,
                                                          const QStringList &visitIds)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    return inTransaction<QList<VisitAssignment>>(
        false, [&](Connection &s) -> Result<QList<VisitAssignment>> {
            QList<VisitAssignment> visits;
            const int chunk = qMax(1, s.maxParameters() - 10);
            for (int start = 0; start < visitIds.size(); start += chunk) {
                const QStringList part = visitIds.mid(start, chunk);
                Params params {orgId};
                for (const QString &id : part)
                    params.append(id);
                auto found = s.query(
                    QStringLiteral("SELECT %1 FROM visits v WHERE v.org_id = ? AND %2")
                        .arg(VisitColumns, inList(QStringLiteral("v.visit_id"), int(part.size()))),
                    params);
                if (!found)
                    return found.error();
                visits += visitsFrom(found.value());
            }
            return visits;
        });
}

} // namespace careround::server
