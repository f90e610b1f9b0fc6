#pragma once
// Synchronous access to records, outbox and audit on one connection. Used on the RecordStore's
// writer thread, on its reader connections, by the crash-test child and by tests.
// Records are append-only: saving an id again is a no-op when the content is identical and an
// error when it differs. A local save writes record + outbox + audit atomically.
#include "core/record.h"
#include "core/result.h"
#include "sql/statement.h"
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace careround::sql {
class Database;
}

namespace careround::store {

class PreparedRecords;
struct RecordRow;

enum class SaveOutcome { Inserted, AlreadyPresent };

// Local records were made on this device and must be pushed (they get an outbox entry);
// remote ones arrived by sync and are only stored and audited.
enum class Origin { Local, Remote };

struct OutboxEntry
{
    qint64 seq = 0;
    QString recordId;
    QByteArray body; // RecordCodec::encode of the record: what is pushed
    QDateTime createdAt;
    int attempts = 0;
    QByteArray sealed; // the body sealed to the organisation's key; empty until sync fills it
    QString refusedReason; // the server's reason when it refused the record; empty = waiting
};

// What the device tells the server about the records still waiting to be sent (refused ones are
// not waiting): how many, the care time of the oldest, and the visits they belong to.
struct PendingSummary
{
    int count = 0;
    QDateTime oldestDeviceTime; // invalid when count is 0
    QStringList visitIds; // distinct, sorted; complete only when visitsComplete
    bool visitsComplete = true; // false: more than the limit asked for
};

// A record the server refused, as the worker sees it.
struct RefusedEntry
{
    QString recordId;
    QString type;
    QString personId;
    QDateTime deviceTime;
    QString reason;
};

struct StoreCounts
{
    qint64 records = 0;
    qint64 outbox = 0;
    qint64 audit = 0;
};

class RecordRepository
{
public:
    explicit RecordRepository(sql::Database &db);

    // One transaction of its own.
    Result<SaveOutcome> save(const Record &record, Origin origin = Origin::Local);
    // All or nothing, one transaction; an error names the failing record's index.
    Result<QList<SaveOutcome>> saveAll(const QList<Record> &records, Origin origin = Origin::Local);
    // For a caller that already holds a write transaction (the store's group commit). The record's
    // writes are wrapped in a savepoint: on error none of them remain, the transaction goes on.
    Result<SaveOutcome> saveInTransaction(const Record &record, Origin origin = Origin::Local);
    // saveAll inside the caller's write transaction, which the caller must roll back on error:
    // no savepoint per record, because SQLCipher encrypts every page a savepoint journals (about
    // fifteen per record), which made a first sync spend most of its time in the cipher.
    Result<QList<SaveOutcome>> saveAllInTransaction(const PreparedRecords &prepared,
                                                    Origin origin = Origin::Local);

    Result<std::optional<Record>> byId(const QString &id);
    // Each ordered by hybrid logical clock, then id.
    Result<QList<Record>> forPerson(const QString &personId);
    Result<QList<Record>> forVisit(const QString &visitId);
    Result<QList<Record>> forDay(const QDate &careDay);
    // One person's records since `since` (by the clock's wall time), in clock order: the recent
    // history a visit needs (notes for the next worker, refusal streaks) without two years of it.
    Result<QList<Record>> forPersonSince(const QString &personId, const QDateTime &since);
    // Every version of one type of a person's file (isPersonFileType), in clock order; the last
    // is the current one. Served by a partial index, so it never reads the person's visit events.
    Result<QList<Record>> personFile(const QString &personId, const QString &type);
    // recordrepository_types.cpp. A person's records of these types (1–32), in clock order: a
    // communication book, incidents, alerts — without decoding the person's other records.
    Result<QList<Record>> forPersonOfTypes(const QString &personId, const QStringList &types);
    // Records of these types from a care day on (any person), in clock order.
    Result<QList<Record>> ofTypesFromDay(const QStringList &types, const QDate &fromCareDay);
    // Every person this device holds a record of, sorted.
    Result<QStringList> personIds();

    // The oldest entries waiting to be sent; with includeRefused, the refused ones as well.
    Result<QList<OutboxEntry>> pendingOutbox(int limit, bool includeRefused = false);
    Result<qint64> pendingCount(); // waiting to be sent: refused entries are not counted
    Result<PendingSummary> pendingSummary(int maxVisits);
    // Keeps entries as refused by the server, with its reason (attempts + 1).
    Result<int> markRefused(const QHash<QString, QString> &reasonById);
    Result<QList<RefusedEntry>> refusedEntries();
    Result<int> markSent(const QStringList &recordIds); // removes them from the outbox
    Result<int> markAttempted(const QStringList &recordIds); // attempts + 1
    Result<StoreCounts> counts();

private:
    enum Slot {
        SelectById,
        InsertRecord,
        InsertOutbox,
        InsertAudit,
        ByPerson,
        ByVisit,
        ByDay,
        ByPersonSince,
        ByPersonFile,
        PendingOutbox,
        PendingCount,
        DeleteOutbox,
        BumpAttempts,
        SlotCount
    };
    static const char *sqlFor(Slot slot);
    Result<sql::Statement *> statement(Slot slot);
    enum class Isolation { Savepoint, None }; // None: the caller rolls back the transaction
    enum class Audit { Now, Later }; // Later: the caller audits the batch (received records)
    Result<SaveOutcome> saveValidated(const Record &record, const RecordRow &row, Origin origin,
                                      Isolation isolation, Audit audit = Audit::Now);
    Result<QList<Record>> queryRecords(Slot slot, const QString &key,
                                       const QString &secondKey = {});
    Result<SaveOutcome> insertRecord(const Record &record, const RecordRow &row, Origin origin,
                                     Audit audit);
    // The outcome for a record whose INSERT was ignored: same content already stored, or an error.
    Result<SaveOutcome> alreadyStored(const Record &record);
    // One audit row; recordIds (comma-separated) names the records of a received batch.
    Result<void> appendAudit(const QString &actor, const QString &action, const QString &recordId,
                             const QString &personId, const QString &recordIds);
    Result<int> updateOutbox(Slot slot, const QStringList &recordIds);

    // The time stamped on outbox and audit rows, formatted once per millisecond: formatting a
    // QDateTime per record was 5 % of storing a pulled page.
    QString nowText();

    sql::Database &m_db;
    std::array<sql::Statement, SlotCount> m_statements;
    qint64 m_nowMs = -1;
    QString m_nowText;
};

QString saveOutcomeName(SaveOutcome outcome);

// The record types kept in a person's file (RecordRepository::personFile): person,
// person.entrycodes, careplan, medication.order, visit.fileread, reablement.episode.
const QStringList &personFileTypes();
bool isPersonFileType(const QString &type);

} // namespace careround::store
