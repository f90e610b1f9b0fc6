// RecordRepository: reads by record type, for screens that show one kind of record of a person
// (a communication book, incidents) or of recent days (spot checks about a worker) without
// decoding every other record they hold; and the people this device holds anything of.
#include "recordrepository.h"
#include "recordrow.h"
#include "sql/database.h"
#include "sql/statement.h"

namespace careround::store {

namespace {

constexpr int MaxTypes = 32;

Result<void> checkTypes(const QStringList &types)
{
    if (types.isEmpty() || types.size() > MaxTypes)
        return Error {QStringLiteral("types"),
                      QStringLiteral("must name from 1 to %1 record types").arg(MaxTypes)};
    return {};
}

// "?2, ?3, …" for the types, numbered from `first`.
QString placeholders(int count, int first)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?%1").arg(first + i));
    return marks.join(QStringLiteral(", "));
}

Result<QList<Record>> collect(sql::Statement &stmt)
{
    QList<Record> records;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!row.value())
            return records;
        auto record = recordFromRow(stmt);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
}

} // namespace

Result<QList<Record>> RecordRepository::forPersonOfTypes(const QString &personId,
                                                         const QStringList &types)
{
    if (personId.isEmpty())
        return Error {QStringLiteral("personId"), QStringLiteral("person id is empty")};
    if (auto ok = checkTypes(types); !ok)
        return ok.error();
    // The person index gives the rows in clock order; only the matching ones are decoded.
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE person_id = ?1 AND type "
                       "IN (%2) ORDER BY hlc, id")
            .arg(QString::fromLatin1(RecordColumns), placeholders(int(types.size()), 2)));
    if (!stmt)
        return stmt.error();
    if (auto r = stmt.value().bind(1, personId); !r)
        return r.error();
    for (int i = 0; i < types.size(); ++i) {
        if (auto r = stmt.value().bind(i + 2, types.at(i)); !r)
            return r.error();
    }
    return collect(stmt.value());
}

Result<QList<Record>> RecordRepository::ofTypesFromDay(const QStringList &types,
                                                       const QDate &fromCareDay)
{
    if (!fromCareDay.isValid())
        return Error {QStringLiteral("fromCareDay"),
                      QStringLiteral("care day is not a valid date")};
    if (auto ok = checkTypes(types); !ok)
        return ok.error();
    // A range of the day index; ordered by clock afterwards (a few records).
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE care_day >= ?1 AND type "
                       "IN (%2) ORDER BY hlc, id")
            .arg(QString::fromLatin1(RecordColumns), placeholders(int(types.size()), 2)));
    if (!stmt)
        return stmt.error();
    if (auto r = stmt.value().bind(1, fromCareDay); !r)
        return r.error();
    for (int i = 0; i < types.size(); ++i) {
        if (auto r = stmt.value().bind(i + 2, types.at(i)); !r)
            return r.error();
    }
    return collect(stmt.value());
}

Result<QStringList> RecordRepository::personIds()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT person_id FROM records WHERE person_id IS NOT NULL AND person_id <> '' "
        "ORDER BY person_id"));
    if (!stmt)
        return stmt.error();
    QStringList ids;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return ids;
        ids.append(stmt.value().text(0));
    }
}

} // namespace careround::store
