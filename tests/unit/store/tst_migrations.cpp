// Schema migrations: every older version upgrades to the newest with its data intact; a failing
// step leaves the database at the previous version; a newer database is refused.
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "sql/statement.h"
#include "store/migrations.h"
#include "store/recordrepository.h"
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::sql;
using namespace careround::store;

namespace {

const QString RecordId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
const QString PersonId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a0001");
const QString VisitId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a0002");

HlcTimestamp fixtureHlc()
{
    return HlcTimestamp {1700000000000, 3, QStringLiteral("device-1")};
}

// What an app at each schema version wrote. Every version an installed app may still hold needs
// one.
QMap<int, QString> fixtures()
{
    const QString v1 =
        QStringLiteral(
            "INSERT INTO records (id, type, schema_version, person_id, visit_id, care_day, hlc, "
            "author, device, "
            "device_time, amends, payload) VALUES ('%1', 'visit.note', 1, '%2', '%3', "
            "'2024-05-01', '%4', 'user-1', "
            "'device-1', '2024-05-01T09:15:00.000Z', NULL, '{\"text\":\"Ate breakfast\"}');"
            "INSERT INTO outbox (record_id, body, created_at, attempts) VALUES ('%1', 'body-v1', "
            "'2024-05-01T09:15:00.001Z', 2);"
            "INSERT INTO audit (at, actor, action, record_id, person_id) VALUES "
            "('2024-05-01T09:15:00.001Z', "
            "'user-1', 'record.save', '%1', '%2');")
            .arg(RecordId, PersonId, VisitId, fixtureHlc().toString());
    // v2 added indexes and outbox.sealed: the same rows, with a sealed entry.
    const QString v2 = QString(v1).replace(
        QStringLiteral("INSERT INTO outbox (record_id, body, created_at, attempts) VALUES ('%1', "
                       "'body-v1', '2024-05-01T09:15:00.001Z', 2);")
            .arg(RecordId),
        QStringLiteral("INSERT INTO outbox (record_id, body, created_at, attempts, sealed) VALUES "
                       "('%1', 'body-v1', '2024-05-01T09:15:00.001Z', 2, NULL);")
            .arg(RecordId));
    // v3 added device_state: the same rows and a stored value.
    const QString v3 = v2
        + QStringLiteral("INSERT INTO device_state (key, value, updated_at) VALUES "
                         "('clock.floor', '%1', '2024-05-01T09:15:00.001Z');")
              .arg(fixtureHlc().toString());
    // v4 added the person-file index (no new table): the same rows.
    // v5, v6 and v7 changed indexes and added audit.record_ids (null for per-record rows).
    // v8 added outbox.refused_reason: an entry written before it is waiting to be sent.
    return {{1, v1}, {2, v2}, {3, v3}, {4, v3}, {5, v3}, {6, v3}, {7, v3}};
}

struct Snapshot
{
    QStringList schema; // type:name of every table and index
    QStringList columns; // table.column:type
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    auto objects = db.prepare(QStringLiteral(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (objects.value().step().value()) {
        s.schema << objects.value().text(0) + QLatin1Char(':') + objects.value().text(1);
        if (objects.value().text(0) == QLatin1String("table")) {
            auto cols =
                db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(objects.value().text(1)));
            while (cols.value().step().value())
                s.columns << objects.value().text(1) + QLatin1Char('.') + cols.value().text(1)
                        + QLatin1Char(':') + cols.value().text(2);
        }
    }
    return s;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    QByteArray m_key = testutil::randomKey();
    QString freshPath() { return m_dir.filePath(QStringLiteral("m%1.db").arg(++m_counter)); }

private slots:
    void stepsAreConsecutiveFromOne();
    void freshDatabaseReachesNewest();
    void upgradeFromEveryOlderVersion_data();
    void upgradeFromEveryOlderVersion();
    void migratingTwiceIsANoOp();
    void newerDatabaseIsRefused();
    void failingStepLeavesPreviousVersion();
    void gapInStepsIsRefused();
};

void TestMigrations::stepsAreConsecutiveFromOne()
{
    const auto &steps = storeMigrations();
    QVERIFY(steps.size() >= 2);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, i + 1);
        QVERIFY(!steps[i].description.isEmpty());
    }
    QCOMPARE(latestSchemaVersion(), steps.size());
}

void TestMigrations::freshDatabaseReachesNewest()
{
    auto db = Database::open(freshPath(), m_key);
    QVERIFY(db.ok());
    auto version = migrate(db.value());
    QVERIFY2(version.ok(), qPrintable(version.error().toString()));
    QCOMPARE(version.value(), latestSchemaVersion());
    QCOMPARE(db.value().userVersion().value(), latestSchemaVersion());
    const Snapshot s = snapshot(db.value());
    for (const char *name :
         {"table:records", "table:outbox", "table:audit", "index:records_by_person",
          "index:records_by_visit", "index:records_by_day", "table:device_state",
          "index:records_person_file"})
        QVERIFY2(s.schema.contains(QLatin1String(name)), name);
    QVERIFY(s.columns.contains(QStringLiteral("outbox.sealed:BLOB")));
    // The day query is served by its index, not a table scan.
    auto explain = db.value().prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT * FROM records WHERE care_day = '2024-01-01' ORDER BY hlc"));
    QVERIFY(explain.ok());
    QString details;
    while (explain.value().step().value())
        details += explain.value().text(3);
    QVERIFY2(details.contains(QStringLiteral("records_by_day")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("TEMP B-TREE")), qPrintable(details)); // no sort step

    // A person's file and recent history: index range scans in clock order (v4, v2).
    const struct
    {
        const char *sql;
        const char *index;
    } reads[] = {
        {"SELECT * FROM records WHERE type IN ('person', 'person.entrycodes', 'careplan', "
         "'medication.order', 'visit.fileread', 'reablement.episode') AND person_id = 'p' "
         "AND type = 'person' ORDER BY hlc, id",
         "records_person_file"},
        {"SELECT * FROM records WHERE person_id = 'p' AND hlc >= '000001700000000' "
         "ORDER BY hlc, id",
         "records_by_person"},
        // A visit's records: the partial index (v7) serves `visit_id = ?`.
        {"SELECT * FROM records WHERE visit_id = 'v' ORDER BY hlc, id", "records_by_visit"},
    };
    for (const auto &read : reads) {
        auto plan =
            db.value().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(read.sql));
        QVERIFY(plan.ok());
        QString how;
        while (plan.value().step().value())
            how += plan.value().text(3);
        QVERIFY2(how.contains(QLatin1String(read.index)), qPrintable(how));
    }
}

void TestMigrations::upgradeFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < latestSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestMigrations::upgradeFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    const QString path = freshPath();
    {
        // The database as an older app left it: migrated only that far, holding that version's
        // data.
        auto old = Database::open(path, m_key);
        QVERIFY(old.ok());
        auto reached = migrate(old.value(), storeMigrations(), fromVersion);
        QVERIFY2(reached.ok(), qPrintable(reached.error().toString()));
        QCOMPARE(reached.value(), fromVersion);
        if (fromVersion > 0) {
            QVERIFY2(
                fixtures().contains(fromVersion),
                qPrintable(QStringLiteral("add a fixture for schema version %1").arg(fromVersion)));
            auto filled = old.value().exec(fixtures().value(fromVersion));
            QVERIFY2(filled.ok(), qPrintable(filled.error().toString()));
        }
    }
    auto db = Database::open(path, m_key);
    QVERIFY(db.ok());
    auto upgraded = migrate(db.value());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().toString()));
    QCOMPARE(upgraded.value(), latestSchemaVersion());
    QCOMPARE(db.value().queryText(QStringLiteral("PRAGMA integrity_check")).value(),
             QStringLiteral("ok"));

    // Same shape as a database created fresh at the newest version.
    auto fresh = Database::open(freshPath(), m_key);
    QVERIFY(migrate(fresh.value()).ok());
    QCOMPARE(snapshot(db.value()).schema, snapshot(fresh.value()).schema);
    QCOMPARE(snapshot(db.value()).columns, snapshot(fresh.value()).columns);

    if (fromVersion == 0)
        return;
    // The old data reads back through today's repository, unchanged.
    RecordRepository repo(db.value());
    auto record = repo.byId(RecordId);
    QVERIFY2(record.ok(), qPrintable(record.error().toString()));
    QVERIFY(record.value().has_value());
    const Record &r = *record.value();
    QCOMPARE(r.type, QStringLiteral("visit.note"));
    QCOMPARE(r.personId, PersonId);
    QCOMPARE(r.visitId, VisitId);
    QCOMPARE(r.careDay, QDate(2024, 5, 1));
    QCOMPARE(r.hlc, fixtureHlc());
    QCOMPARE(r.deviceTime, QDateTime(QDate(2024, 5, 1), QTime(9, 15), QTimeZone::utc()));
    // A v1 note's "text" is read in today's shape.
    QCOMPARE(r.schemaVersion, currentSchemaVersion(r.type));
    QCOMPARE(r.payload.value(QStringLiteral("note")).toString(), QStringLiteral("Ate breakfast"));
    QCOMPARE(repo.forPerson(PersonId).value().size(), 1);
    QCOMPARE(repo.forVisit(VisitId).value().size(), 1);
    QCOMPARE(repo.forDay(QDate(2024, 5, 1)).value().size(), 1);
    auto outbox = repo.pendingOutbox(10);
    QVERIFY(outbox.ok());
    QCOMPARE(outbox.value().size(), 1);
    QCOMPARE(outbox.value().first().body, QByteArray("body-v1"));
    QCOMPARE(outbox.value().first().attempts, 2);
    QVERIFY(outbox.value().first().sealed.isNull());
    QVERIFY(outbox.value().first().refusedReason.isEmpty()); // waiting, not refused
    QCOMPARE(repo.pendingCount().value(), 1);
    QCOMPARE(repo.counts().value().audit, 1);
}

void TestMigrations::migratingTwiceIsANoOp()
{
    auto db = Database::open(freshPath(), m_key);
    QVERIFY(migrate(db.value()).ok());
    const Snapshot before = snapshot(db.value());
    auto again = migrate(db.value());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), latestSchemaVersion());
    QCOMPARE(snapshot(db.value()).schema, before.schema);
}

void TestMigrations::newerDatabaseIsRefused()
{
    auto db = Database::open(freshPath(), m_key);
    QVERIFY(migrate(db.value()).ok());
    QVERIFY(db.value().setUserVersion(latestSchemaVersion() + 1).ok());
    auto result = migrate(db.value());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("schema"));
    QVERIFY2(result.error().message.contains(QStringLiteral("newer than this app")),
             qPrintable(result.error().message));
}

void TestMigrations::failingStepLeavesPreviousVersion()
{
    const QList<Migration> steps {
        {1, QStringLiteral("table a"),
         [](Database &db) {
             return db.exec(QStringLiteral("CREATE TABLE a(x)"));
         }},
        {2, QStringLiteral("table b then a mistake"),
         [](Database &db) -> Result<void> {
             if (auto r = db.exec(QStringLiteral("CREATE TABLE b(x)")); !r)
                 return r;
             return db.exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
         }},
    };
    auto db = Database::open(freshPath(), m_key);
    auto result = migrate(db.value(), steps);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("migration to version 2")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("no such table: no_such_table")),
             qPrintable(result.error().message));
    QCOMPARE(db.value().userVersion().value(), 1);
    QCOMPARE(db.value()
                 .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'"))
                 .value(),
             0);
    QCOMPARE(db.value()
                 .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'a'"))
                 .value(),
             1);
}

void TestMigrations::gapInStepsIsRefused()
{
    const QList<Migration> steps {
        {1, QStringLiteral("one"),
         [](Database &db) {
             return db.exec(QStringLiteral("CREATE TABLE a(x)"));
         }},
        {3, QStringLiteral("three"),
         [](Database &db) {
             return db.exec(QStringLiteral("CREATE TABLE c(x)"));
         }},
    };
    auto db = Database::open(freshPath(), m_key);
    auto result = migrate(db.value(), steps);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("not consecutive")),
             qPrintable(result.error().message));
    QCOMPARE(db.value().userVersion().value(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
