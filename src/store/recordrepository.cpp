#include "recordrepository.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "preparedrecords.h"
#include "recordrow.h"
#include "sql/database.h"
#include "sql/transaction.h"
#include <algorithm>

namespace careround::store {

const char *RecordRepository::sqlFor(Slot slot)
{
    static const QByteArray selectRecords =
        QByteArray("SELECT ") + RecordColumns + " FROM records ";
    static const QByteArray byId = selectRecords + "WHERE id = ?1";
    static const QByteArray byPerson = selectRecords + "WHERE person_id = ?1 ORDER BY hlc, id";
    static const QByteArray byVisit = selectRecords + "WHERE visit_id = ?1 ORDER BY hlc, id";
    static const QByteArray byDay = selectRecords + "WHERE care_day = ?1 ORDER BY hlc, id";
    static const QByteArray byPersonSince =
        selectRecords + "WHERE person_id = ?1 AND hlc >= ?2 ORDER BY hlc, id";
    // The IN term must be the partial index's own (migration v5) for the planner to use it.
    static const QByteArray byPersonFile = selectRecords
        + "WHERE type IN ('person', 'person.entrycodes', 'careplan', 'medication.order', "
          "'visit.fileread', 'reablement.episode') AND person_id = ?1 AND type = ?2 "
          "ORDER BY hlc, id";
    // OR IGNORE: an id already stored leaves the INSERT without effect (changes() = 0) instead of
    // failing it, so a new record — nearly every one — costs no look-up first (saveValidated).
    static const QByteArray insertRecord = QByteArray("INSERT OR IGNORE INTO records (")
        + RecordColumns + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
    switch (slot) {
    case SelectById:
        return byId.constData();
    case InsertRecord:
        return insertRecord.constData();
    case InsertOutbox:
        return "INSERT INTO outbox (record_id, body, created_at) VALUES (?1, ?2, ?3)";
    case InsertAudit:
        return "INSERT INTO audit (at, actor, action, record_id, person_id, record_ids) VALUES "
               "(?1, ?2, ?3, ?4, ?5, ?6)";
    case ByPerson:
        return byPerson.constData();
    case ByVisit:
        return byVisit.constData();
    case ByDay:
        return byDay.constData();
    case ByPersonSince:
        return byPersonSince.constData();
    case ByPersonFile:
        return byPersonFile.constData();
    case PendingOutbox: // ?2 = 1: with the refused ones (a person asked to send them again)
        return "SELECT seq, record_id, body, created_at, attempts, sealed, refused_reason "
               "FROM outbox WHERE refused_reason IS NULL OR ?2 ORDER BY seq LIMIT ?1";
    case PendingCount:
        return "SELECT count(*) FROM outbox WHERE refused_reason IS NULL";
    case DeleteOutbox:
        return "DELETE FROM outbox WHERE record_id = ?1";
    case BumpAttempts:
        return "UPDATE outbox SET attempts = attempts + 1 WHERE record_id = ?1";
    case SlotCount:
        break;
    }
    return "";
}

namespace {

Result<void> firstError(std::initializer_list<Result<void>> results)
{
    for (const auto &r : results) {
        if (!r)
            return r;
    }
    return {};
}

} // namespace

QString saveOutcomeName(SaveOutcome outcome)
{
    return outcome == SaveOutcome::Inserted ? QStringLiteral("inserted")
                                            : QStringLiteral("already present");
}

RecordRepository::RecordRepository(sql::Database &db)
    : m_db(db)
{ }

Result<sql::Statement *> RecordRepository::statement(Slot slot)
{
    sql::Statement &stmt = m_statements[slot];
    if (!stmt.isValid()) {
        auto prepared = m_db.prepare(QString::fromUtf8(sqlFor(slot)));
        if (!prepared)
            return prepared.error();
        stmt = std::move(prepared.value());
    }
    return &stmt;
}

namespace {
// A record made here is checked as the server will check it (unknown payload fields refused), so
// it is refused now, in words, rather than by the office later; one received keeps what it has.
UnknownFields unknownFieldsFor(Origin origin)
{
    return origin == Origin::Local ? UnknownFields::Refuse : UnknownFields::Keep;
}
} // namespace

Result<SaveOutcome> RecordRepository::save(const Record &record, Origin origin)
{
    // Validate before taking the write lock: bad input never reaches the database.
    if (auto valid = validateRecord(record, unknownFieldsFor(origin)); !valid)
        return valid.error();
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto outcome = saveValidated(record, RecordRow::from(record), origin, Isolation::None);
    if (!outcome)
        return outcome.error();
    if (outcome.value() == SaveOutcome::Inserted) {
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
    }
    return outcome;
}

Result<QList<SaveOutcome>> RecordRepository::saveAll(const QList<Record> &records, Origin origin)
{
    auto prepared = PreparedRecords::prepare(records);
    if (!prepared)
        return prepared.error();
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto outcomes = saveAllInTransaction(prepared.value(), origin);
    if (!outcomes)
        return outcomes.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return outcomes;
}

Result<QList<SaveOutcome>> RecordRepository::saveAllInTransaction(const PreparedRecords &prepared,
                                                                  Origin origin)
{
    // Received records are audited once per person and author of the batch (record_ids), after
    // the loop; local ones each get their own entry, as a single save does.
    const Audit audit = origin == Origin::Remote ? Audit::Later : Audit::Now;
    QList<SaveOutcome> outcomes;
    outcomes.reserve(prepared.size());
    QList<std::pair<std::pair<QString, QString>, QStringList>> received; // (person, author) → ids
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        const Record &record = prepared.records().at(i);
        auto outcome = saveValidated(record, prepared.rows().at(i), origin, Isolation::None, audit);
        if (!outcome)
            return Error {QStringLiteral("records[%1].%2").arg(i).arg(outcome.error().field),
                          outcome.error().message};
        outcomes.append(outcome.value());
        if (audit == Audit::Later && outcome.value() == SaveOutcome::Inserted) {
            const std::pair key {record.personId, record.authorUserId};
            auto group = std::find_if(received.begin(), received.end(),
                                      [&](const auto &g) { return g.first == key; });
            if (group == received.end())
                received.append({key, {record.id}});
            else
                group->second.append(record.id);
        }
    }
    for (const auto &[key, ids] : received) {
        if (auto r = appendAudit(key.second, QStringLiteral("record.receive"), QString(), key.first,
                                 ids.join(QLatin1Char(',')));
            !r)
            return r.error();
    }
    return outcomes;
}

Result<SaveOutcome> RecordRepository::saveInTransaction(const Record &record, Origin origin)
{
    if (auto valid = validateRecord(record, unknownFieldsFor(origin)); !valid)
        return valid.error();
    return saveValidated(record, RecordRow::from(record), origin, Isolation::Savepoint);
}

Result<SaveOutcome> RecordRepository::saveValidated(const Record &record, const RecordRow &row,
                                                    Origin origin, Isolation isolation, Audit audit)
{
    if (isolation == Isolation::None)
        return insertRecord(record, row, origin, audit);
    if (auto r = m_db.exec(QStringLiteral("SAVEPOINT save_record")); !r)
        return r.error();
    auto inserted = insertRecord(record, row, origin, audit);
    if (!inserted)
        (void)m_db.exec(QStringLiteral("ROLLBACK TO save_record"));
    if (auto r = m_db.exec(QStringLiteral("RELEASE save_record")); !r && inserted)
        return r.error();
    return inserted;
}

Result<SaveOutcome> RecordRepository::alreadyStored(const Record &record)
{
    auto existing = byId(record.id);
    if (!existing)
        return existing.error();
    if (!existing.value()) // ignored for another reason: validation should have caught it
        return Error {QStringLiteral("id"),
                      QStringLiteral("record %1 could not be stored").arg(record.id)};
    if (sameContent(*existing.value(), record))
        return SaveOutcome::AlreadyPresent;
    return Error {QStringLiteral("id"),
                  QStringLiteral("record %1 already exists with different content").arg(record.id)};
}

Result<SaveOutcome> RecordRepository::insertRecord(const Record &record, const RecordRow &row,
                                                   Origin origin, Audit audit)
{
    auto insert = statement(InsertRecord);
    if (!insert)
        return insert.error();
    {
        sql::ResetGuard guard(*insert.value());
        if (auto r = bindRow(*insert.value(), row); !r)
            return r.error();
        if (auto r = insert.value()->run(); !r)
            return r.error();
        if (m_db.changes() == 0)
            return alreadyStored(record);
    }
    if (origin == Origin::Local) {
        auto outbox = statement(InsertOutbox);
        if (!outbox)
            return outbox.error();
        sql::ResetGuard guard(*outbox.value());
        sql::Statement &s = *outbox.value();
        if (auto r = firstError({s.bind(1, record.id), s.bind(2, RecordCodec::encode(record)),
                                 s.bind(3, nowText())});
            !r)
            return r.error();
        if (auto r = s.run(); !r)
            return r.error();
    }
    if (audit == Audit::Later)
        return SaveOutcome::Inserted;
    const QString action =
        origin == Origin::Local ? QStringLiteral("record.save") : QStringLiteral("record.receive");
    if (auto r = appendAudit(record.authorUserId, action, record.id, record.personId, QString());
        !r)
        return r.error();
    return SaveOutcome::Inserted;
}

Result<void> RecordRepository::appendAudit(const QString &actor, const QString &action,
                                           const QString &recordId, const QString &personId,
                                           const QString &recordIds)
{
    auto audit = statement(InsertAudit);
    if (!audit)
        return audit.error();
    sql::ResetGuard guard(*audit.value());
    sql::Statement &s = *audit.value();
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QString() : text;
    };
    if (auto r = firstError({s.bind(1, nowText()), s.bind(2, actor), s.bind(3, action),
                             s.bind(4, orNull(recordId)), s.bind(5, orNull(personId)),
                             s.bind(6, orNull(recordIds))});
        !r)
        return r;
    return s.run();
}

QString RecordRepository::nowText()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != m_nowMs) {
        m_nowMs = ms;
        m_nowText = sql::Statement::dateTimeText(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    return m_nowText;
}

Result<std::optional<Record>> RecordRepository::byId(const QString &id)
{
    if (id.isEmpty())
        return Error {QStringLiteral("id"), QStringLiteral("record id is empty")};
    auto stmt = statement(SelectById);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(*stmt.value());
    if (auto r = stmt.value()->bind(1, id); !r)
        return r.error();
    auto row = stmt.value()->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Record>();
    auto record = recordFromRow(*stmt.value());
    if (!record)
        return record.error();
    return std::optional<Record>(std::move(record).value());
}

Result<QList<Record>> RecordRepository::queryRecords(Slot slot, const QString &key,
                                                     const QString &secondKey)
{
    auto stmt = statement(slot);
    if (!stmt)
        return stmt.error();
    sql::ResetGuard guard(*stmt.value());
    if (auto r = stmt.value()->bind(1, key); !r)
        return r.error();
    if (!secondKey.isNull()) {
        if (auto r = stmt.value()->bind(2, secondKey); !r)
            return r.error();
    }
    QList<Record> records;
    for (;;) {
        auto row = stmt.value()->step();
        if (!row)
            return row.error();
        if (!row.value())
            return records;
        auto record = recordFromRow(*stmt.value());
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
}

Result<QList<Record>> RecordRepository::forPerson(const QString &personId)
{
    if (personId.isEmpty())
        return Error {QStringLiteral("personId"), QStringLiteral("person id is empty")};
    return queryRecords(ByPerson, personId);
}

Result<QList<Record>> RecordRepository::forVisit(const QString &visitId)
{
    if (visitId.isEmpty())
        return Error {QStringLiteral("visitId"), QStringLiteral("visit id is empty")};
    return queryRecords(ByVisit, visitId);
}

Result<QList<Record>> RecordRepository::forDay(const QDate &careDay)
{
    if (!careDay.isValid())
        return Error {QStringLiteral("careDay"), QStringLiteral("care day is not a valid date")};
    return queryRecords(ByDay, sql::Statement::dateText(careDay));
}

Result<QList<Record>> RecordRepository::forPersonSince(const QString &personId,
                                                       const QDateTime &since)
{
    if (personId.isEmpty())
        return Error {QStringLiteral("personId"), QStringLiteral("person id is empty")};
    if (!since.isValid())
        return Error {QStringLiteral("since"), QStringLiteral("is not a valid time")};
    // An HLC's text starts with its 15-digit wall time, so this prefix sorts before every
    // timestamp of that millisecond and after every earlier one.
    const QString from = QStringLiteral("%1").arg(std::max<qint64>(0, since.toMSecsSinceEpoch()),
                                                  15, 10, QLatin1Char('0'));
    return queryRecords(ByPersonSince, personId, from);
}

Result<QList<Record>> RecordRepository::personFile(const QString &personId, const QString &type)
{
    if (personId.isEmpty())
        return Error {QStringLiteral("personId"), QStringLiteral("person id is empty")};
    if (!isPersonFileType(type))
        return Error {QStringLiteral("type"),
                      QStringLiteral("must be one of %1").arg(personFileTypes().join(u", "))};
    return queryRecords(ByPersonFile, personId, type);
}

const QStringList &personFileTypes()
{
    static const QStringList types {QString::fromLatin1(RecordType::Person),
                                    QString::fromLatin1(RecordType::PersonEntryCodes),
                                    QString::fromLatin1(RecordType::CarePlan),
                                    QString::fromLatin1(RecordType::MedicationOrder),
                                    QString::fromLatin1(RecordType::VisitFileRead),
                                    QString::fromLatin1(RecordType::ReablementEpisode)};
    return types;
}

bool isPersonFileType(const QString &type)
{
    return personFileTypes().contains(type);
}

} // namespace careround::store
