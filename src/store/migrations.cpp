#include "migrations.h"
#include "sql/database.h"
#include "sql/transaction.h"

namespace careround::store {

namespace {

Result<void> execStep(sql::Database &db, const char *sql)
{
    return db.exec(QString::fromUtf8(sql));
}

// v1: the three tables. Records are append-only; local_seq is this device's arrival order.
// outbox holds what still has to be pushed, oldest first; audit says who saved what, when.
// No AUTOINCREMENT: rowid order is all that is needed, and it spares every save a write to
// sqlite_sequence (one page fewer to encrypt and fsync per save).
constexpr const char *V1 = R"sql(
CREATE TABLE records (
    local_seq      INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    type           TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    person_id      TEXT,
    visit_id       TEXT,
    care_day       TEXT,
    hlc            TEXT NOT NULL,
    author         TEXT NOT NULL,
    device         TEXT NOT NULL,
    device_time    TEXT,
    amends         TEXT,
    payload        BLOB NOT NULL
);
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY,
    record_id  TEXT NOT NULL UNIQUE REFERENCES records(id),
    body       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    record_id TEXT,
    person_id TEXT
);
)sql";

// v2: the read paths (a person's file, a visit, a day's round) ordered by hybrid logical clock;
// a place for the outbox entry sealed to the organisation's public key (filled by sync).
// Every index costs each save a page write, so only the queries the app runs get one.
constexpr const char *V2 = R"sql(
CREATE INDEX records_by_person ON records(person_id, hlc);
CREATE INDEX records_by_visit ON records(visit_id, hlc);
CREATE INDEX records_by_day ON records(care_day, hlc);
ALTER TABLE outbox ADD COLUMN sealed BLOB;
)sql";

// v3: small named values this device keeps beside its records: who it belongs to (the enrolled
// profile), the highest clock value it has stored (so its clock never runs backwards after a
// restart with the wall clock set back), and what sync keeps (cursor, tokens, keys).
constexpr const char *V3 = R"sql(
CREATE TABLE device_state (
    key        TEXT PRIMARY KEY,
    value      BLOB NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// v4: a person's file — the office's person record, entry codes, care plan and medication orders,
// and the workers' "I have read the file" sign-offs — without reading every visit event of the
// person. A partial index: only those (rare) types get an entry, so a visit event's save writes no
// extra page. A query uses it only when its WHERE repeats this exact IN term
// (RecordRepository::personFile); tst_migrations checks the plan.
constexpr const char *V4 = R"sql(
CREATE INDEX records_person_file ON records(person_id, type, hlc)
    WHERE type IN ('person', 'person.entrycodes', 'careplan', 'medication.order', 'visit.fileread');
)sql";

// v5: reablement episodes join a person's file: the round shows "days left" of an episode and the
// review summary starts from it, without reading every visit event of the person. A partial
// index's term cannot be altered, so the index is made again with the longer IN term.
constexpr const char *V5 = R"sql(
DROP INDEX records_person_file;
CREATE INDEX records_person_file ON records(person_id, type, hlc)
    WHERE type IN ('person', 'person.entrycodes', 'careplan', 'medication.order', 'visit.fileread',
                   'reablement.episode');
)sql";

// v6: a pulled page is audited once per person and author, naming its records in `record_ids`
// (comma-separated), instead of one row per record: a first sync wrote 10,000 audit rows, an
// eighth of what it stored.
constexpr const char *V6 = R"sql(
ALTER TABLE audit ADD COLUMN record_ids TEXT;
)sql";

// v7: most records belong to no visit (notes to the team, the person's file, the office's
// records): they get no entry in records_by_visit, one index write fewer for each when it is
// saved. A query for a visit (`visit_id = ?`) implies the index's term, so it still uses it.
constexpr const char *V7 = R"sql(
DROP INDEX records_by_visit;
CREATE INDEX records_by_visit ON records(visit_id, hlc) WHERE visit_id IS NOT NULL;
)sql";

// v8: a record the server refused stays in the outbox, kept as "refused by the office" with the
// server's reason: it no longer counts as waiting to be sent (a refused record must not make the
// office wait for this phone), and it is offered again only when a person asks.
constexpr const char *V8 = R"sql(
ALTER TABLE outbox ADD COLUMN refused_reason TEXT;
)sql";

} // namespace

const QList<Migration> &storeMigrations()
{
    static const QList<Migration> steps {
        {1, QStringLiteral("records, outbox and audit tables"),
         [](sql::Database &db) {
             return execStep(db, V1);
         }},
        {2, QStringLiteral("query indexes by person, visit and day; outbox.sealed"),
         [](sql::Database &db) {
             return execStep(db, V2);
         }},
        {3, QStringLiteral("device_state: profile, clock floor, sync state"),
         [](sql::Database &db) {
             return execStep(db, V3);
         }},
        {4,
         QStringLiteral("partial index of each person's file (person, entry codes, care plan, "
                        "medication orders, file read)"),
         [](sql::Database &db) {
             return execStep(db, V4);
         }},
        {5, QStringLiteral("reablement episodes in the person's file index"),
         [](sql::Database &db) {
             return execStep(db, V5);
         }},
        {6, QStringLiteral("audit.record_ids: one audit row per person of a pulled page"),
         [](sql::Database &db) {
             return execStep(db, V6);
         }},
        {7, QStringLiteral("records_by_visit holds only records of a visit"),
         [](sql::Database &db) {
             return execStep(db, V7);
         }},
        {8, QStringLiteral("outbox.refused_reason: records the server refused"),
         [](sql::Database &db) {
             return execStep(db, V8);
         }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return storeMigrations().constLast().version;
}

Result<int> migrate(sql::Database &db, const QList<Migration> &steps, int targetVersion)
{
    const int newest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (targetVersion < 0)
        targetVersion = newest;
    if (targetVersion > newest)
        return Error {QStringLiteral("schema"),
                      QStringLiteral("no migration to version %1 (newest is %2)")
                          .arg(targetVersion)
                          .arg(newest)};
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (current.value() > newest)
        return Error {
            QStringLiteral("schema"),
            QStringLiteral("database schema version %1 is newer than this app supports (%2); "
                           "update the app")
                .arg(current.value())
                .arg(newest)};
    int version = current.value();
    for (const Migration &step : steps) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        if (step.version != version + 1)
            return Error {QStringLiteral("schema"),
                          QStringLiteral("migration steps are not consecutive: %1 follows %2")
                              .arg(step.version)
                              .arg(version)};
        auto tx = sql::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto r = step.apply(db); !r)
            return Error {QStringLiteral("schema"),
                          QStringLiteral("migration to version %1 (%2) failed: %3")
                              .arg(step.version)
                              .arg(step.description, r.error().toString())};
        if (auto r = db.setUserVersion(step.version); !r)
            return r.error();
        if (auto r = tx.value().commit(); !r)
            return r.error();
        version = step.version;
    }
    return version;
}

} // namespace careround::store
