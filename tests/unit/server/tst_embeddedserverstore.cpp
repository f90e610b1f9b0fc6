// The embedded backend's own promises: zero set-up, an owner-only key file, no plaintext on disk.
#include "server/storage/schema.h"
#include "server/storage/serverstorefactory.h"
#include "sql/database.h"
#include "sql/privatefiles.h"
#include "storetestsupport.h"
#include "testrecords.h"
#include <QDirIterator>
#include <QFile>
#include <QtTest>
#include <sys/stat.h>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class EmbeddedServerStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void firstRunCreatesDatabaseAndOwnerOnlyKey();
    void everyStoreFileIsOwnerOnly();
    void looserFolderAndFilesAreTightenedAtOpen();
    void keyFileCanLiveOutsideTheDataFolder();
    void dataSurvivesReopening();
    void noPlaintextReachesTheDisk();
    void missingOrWrongKeyIsAClearError();
    void aVersion1DatabaseIsUpgraded();
};

namespace {
int modeOf(const QString &path)
{
    struct stat info
    { };
    ::stat(QFile::encodeName(path).constData(), &info);
    return int(info.st_mode & 0777);
}

// Opens a new store in `dir`, creates organisation "a" and closes the store: its id, or empty.
QString createOrgIn(const QString &dir)
{
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir});
    if (!store)
        return {};
    auto org = createTestOrg(*store.value(), QStringLiteral("a"));
    return org ? org.value().org.id : QString();
}

// The store's database opened directly with its key file, as an older server would have left it.
Result<careround::sql::Database> openRaw(const QTemporaryDir &dir)
{
    QFile keyFile(dir.filePath(QStringLiteral("server.key")));
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("key"), keyFile.errorString()};
    return careround::sql::Database::open(dir.filePath(QStringLiteral("server.db")),
                                          keyFile.readAll());
}
} // namespace

void EmbeddedServerStoreTest::firstRunCreatesDatabaseAndOwnerOnlyKey()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("server-data"));
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dataDir});
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QVERIFY(store.value()->health().ok());
    const QString key = dataDir + QStringLiteral("/server.key");
    QVERIFY(QFile::exists(dataDir + QStringLiteral("/server.db")));
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.size(), 32);
    QCOMPARE(modeOf(key), 0600);
    QCOMPARE(modeOf(dataDir), 0700);
    QVERIFY(keyFile.readAll() != QByteArray(32, '\0'));
    QCOMPARE(openEmbeddedServerStore(EmbeddedStoreOptions {}).error().field,
             QStringLiteral("dataDir"));
}

void EmbeddedServerStoreTest::everyStoreFileIsOwnerOnly()
{
    const mode_t previous = ::umask(022); // the usual umask: 0644 files, 0755 folders by default
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("server-data"));
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dataDir});
    ::umask(previous);
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QVERIFY(createTestOrg(*store.value(), QStringLiteral("a")).ok()); // something written
    QStringList seen;
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden | QDir::System);
    while (files.hasNext()) {
        const QString path = files.next();
        seen.append(files.fileName());
        QCOMPARE(modeOf(path), 0600);
    }
    seen.sort();
    // While open, WAL mode keeps all of them.
    QCOMPARE(seen,
             (QStringList {QStringLiteral("server.db"), QStringLiteral("server.db-shm"),
                           QStringLiteral("server.db-wal"), QStringLiteral("server.key")}));
    QCOMPARE(modeOf(dataDir), 0700);
}

void EmbeddedServerStoreTest::looserFolderAndFilesAreTightenedAtOpen()
{
    QTemporaryDir dir;
    QVERIFY(!createOrgIn(dir.path()).isEmpty());
    const auto loose = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(
        dir.path(), loose | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("server.db")), loose));
    QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("server.key")), loose));
    QStringList reported;
    files::setTightenedReporter([&](const QString &path, unsigned, unsigned) {
        reported.append(QFileInfo(path).fileName());
    });
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
    files::setTightenedReporter({});
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QCOMPARE(modeOf(dir.path()), 0700);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.db"))), 0600);
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.key"))), 0600);
    QStringList expected {QFileInfo(dir.path()).fileName(), QStringLiteral("server.db"),
                          QStringLiteral("server.key")};
    expected.sort();
    reported.sort();
    QCOMPARE(reported, expected);
}

void EmbeddedServerStoreTest::keyFileCanLiveOutsideTheDataFolder()
{
    QTemporaryDir dataDir;
    QTemporaryDir keyDir;
    const QString keyPath = keyDir.filePath(QStringLiteral("careround-server.key"));
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dataDir.path(), keyPath});
        QVERIFY2(store.ok(), qPrintable(store.error().toString()));
        QVERIFY(createTestOrg(*store.value(), QStringLiteral("a")).ok());
    }
    QCOMPARE(QFileInfo(keyPath).size(), 32);
    QCOMPARE(modeOf(keyPath), 0600);
    QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral("server.key"))));
    // The data folder alone cannot open its database, and no key is invented for it.
    auto alone = openEmbeddedServerStore(EmbeddedStoreOptions {dataDir.path()});
    QVERIFY(!alone.ok());
    QVERIFY2(alone.error().message.contains(QLatin1String("key file is missing")),
             qPrintable(alone.error().message));
    QVERIFY(!QFile::exists(dataDir.filePath(QStringLiteral("server.key"))));
    auto withKey = openEmbeddedServerStore(EmbeddedStoreOptions {dataDir.path(), keyPath});
    QVERIFY2(withKey.ok(), qPrintable(withKey.error().toString()));
    QVERIFY(withKey.value()->userByLogin(QStringLiteral("aworker")).value().has_value());
}

void EmbeddedServerStoreTest::dataSurvivesReopening()
{
    QTemporaryDir dir;
    const QString orgId = createOrgIn(dir.path());
    QVERIFY(!orgId.isEmpty());
    auto again = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value()->usersInOrg(orgId).value().size(), 6);
}

void EmbeddedServerStoreTest::noPlaintextReachesTheDisk()
{
    QTemporaryDir dir;
    const QByteArray secret("Mrs Plaintext-Canary has a key safe code 4711");
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
        QVERIFY(store.ok());
        auto t = createTestOrg(*store.value(), QStringLiteral("a"));
        QVERIFY(t.ok());
        RecordFactory office(t.value().coordinator.id, QString());
        const QString person = newPersonId();
        QVERIFY(store.value()
                    ->putRecords(PutContext {t.value().org.id,
                                             t.value().coordinator.id,
                                             {},
                                             QDateTime::currentDateTimeUtc()},
                                 {office.person(person, QString::fromLatin1(secret))})
                    .ok());
    }
    int scanned = 0;
    QDirIterator files(dir.path(), QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().endsWith(QLatin1String(".key")))
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("Plaintext-Canary"), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("aworker"), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1);
}

void EmbeddedServerStoreTest::missingOrWrongKeyIsAClearError()
{
    QTemporaryDir dir;
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
        QVERIFY(store.ok());
    }
    const QString key = dir.filePath(QStringLiteral("server.key"));
    QVERIFY(QFile::rename(key, key + QStringLiteral(".moved")));
    auto missing = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("key file is missing")));
    QVERIFY(!QFile::exists(key)); // never silently replaced by a new key

    QFile wrong(key);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray(32, 'x'));
    wrong.close();
    auto wrongKey = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().field, QStringLiteral("dataDir"));

    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QByteArray(16, 'x'));
    wrong.close();
    QVERIFY(openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()})
                .error()
                .message.contains(QLatin1String("32 bytes")));
}

// A database written by a version 1 server (audit without record_ids) opens, gains the column
// and keeps its rows; grouped entries then work in it.
void EmbeddedServerStoreTest::aVersion1DatabaseIsUpgraded()
{
    QTemporaryDir dir;
    const QString orgId = createOrgIn(dir.path());
    QVERIFY(!orgId.isEmpty());
    {
        auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
        QVERIFY(store.ok());
        QVERIFY(store.value()
                    ->appendAudit({AuditEntry {0,
                                               orgId,
                                               QStringLiteral("office"),
                                               {},
                                               QStringLiteral("login"),
                                               {},
                                               {},
                                               QDateTime::currentDateTimeUtc(),
                                               {}}})
                    .ok());
    }
    {
        auto db = openRaw(dir);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QVERIFY(
            db.value()
                .exec(QStringLiteral(
                    "BEGIN; ALTER TABLE audit RENAME TO audit_v2;"
                    "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT "
                    "NULL, actor_user_id TEXT NOT NULL,"
                    " device_id TEXT NOT NULL, action TEXT NOT NULL, person_id TEXT NOT NULL, "
                    "record_id TEXT NOT NULL,"
                    " at TEXT NOT NULL, detail TEXT NOT NULL);"
                    "INSERT INTO audit SELECT id, org_id, actor_user_id, device_id, action, "
                    "person_id, record_id, at, detail FROM audit_v2;"
                    "DROP TABLE audit_v2;"
                    // device_backlog as versions 1 and 2 made it (version 3 added
                    // pending_since/_visits).
                    "DROP TABLE device_backlog;"
                    "CREATE TABLE device_backlog (device_id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
                    " pending_records INTEGER NOT NULL, reported_at TEXT NOT NULL);"
                    "UPDATE meta SET value = '1' WHERE key = 'schema_version'; COMMIT;"))
                .ok());
    }
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {dir.path()});
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    QVERIFY(!store.value()->queryAudit(AuditQuery {orgId}).value().isEmpty()); // old rows kept
    RecordFactory office(QStringLiteral("office"), QString());
    const Record note = office.teamNote(newPersonId(), QDate::currentDate());
    const AuditEntry base {
        0,  orgId, QStringLiteral("office"),        {}, QStringLiteral("record.read"),
        {}, {},    QDateTime::currentDateTimeUtc(), {}};
    QVERIFY(store.value()
                ->appendAudit(
                    auditGroupedByPerson(base, {AuditedRecord {note.personId, note.id, note.type}}))
                .ok());
    AuditQuery byRecord {orgId};
    byRecord.recordId = note.id;
    QCOMPARE(store.value()->queryAudit(byRecord).value().size(), 1);
    store.value().reset();

    auto db = openRaw(dir);
    QVERIFY(db.ok());
    QCOMPARE(db.value()
                 .queryInt(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                 .value(),
             schema::Version);
    // Version 3: the backlog keeps the oldest unsent record's time and their visits.
    QVERIFY(db.value()
                .exec(QStringLiteral("SELECT pending_since, pending_visits FROM device_backlog"))
                .ok());
}

QTEST_GUILESS_MAIN(EmbeddedServerStoreTest)
#include "tst_embeddedserverstore.moc"
