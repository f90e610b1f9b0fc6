// kill -9 during sync, at random points: of the client (a child process saving and syncing)
// and of the server (mid-batch). Afterwards every acknowledged record is on the server exactly
// once, none is lost or duplicated, and both stores pass PRAGMA integrity_check.
// CAREROUND_SYNC_KILLS sets the number of kills of each kind (default 200).
#include "synctestsupport.h"

#include "sql/database.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>
#include <csignal>

using namespace careround;
using namespace careround::synctest;

namespace {
int kills()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CAREROUND_SYNC_KILLS", &ok);
    return ok && n > 0 ? n : 200;
}
} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void clientKilledMidSync();
    void serverKilledMidBatch();

private:
    QStringList childArgs(const SyncDevice &device) const;
    void checkOffice(const QSet<QString> &acknowledged);
    std::unique_ptr<SyncFixture> m_fixture;
};

void TestSyncCrash::init()
{
    m_fixture = std::make_unique<SyncFixture>();
    const QString up = m_fixture->setUp();
    QVERIFY2(up.isEmpty(), qPrintable(up));
}

void TestSyncCrash::cleanup()
{
    m_fixture->tearDown();
    m_fixture.reset();
}

QStringList TestSyncCrash::childArgs(const SyncDevice &device) const
{
    return {device.dir.path(),
            QString::fromLatin1(device.key.toHex()),
            m_fixture->serverUrl().toString(),
            device.dir.filePath(QStringLiteral("server-cert.pem")),
            m_fixture->world.personInScope,
            m_fixture->world.visitInScope};
}

void TestSyncCrash::checkOffice(const QSet<QString> &acknowledged)
{
    QString failure;
    int duplicates = -1;
    const QSet<QString> office = m_fixture->officeIds(&failure, &duplicates);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(duplicates, 0);
    int lost = 0;
    for (const QString &id : acknowledged)
        lost += office.contains(id) ? 0 : 1;
    QCOMPARE(lost, 0);
}

void TestSyncCrash::clientKilledMidSync()
{
    QString failure;
    auto device = m_fixture->enrol(QStringLiteral("worker"), &failure);
    QVERIFY2(device, qPrintable(failure));
    device->closeStore();
    QSet<QString> acknowledged;
    int syncedBeforeKill = 0;
    auto *random = QRandomGenerator::global();
    const int total = kills();
    for (int i = 0; i < total; ++i) {
        QProcess child;
        child.start(QStringLiteral(SYNC_CRASH_CHILD), childArgs(*device));
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(int(random->bounded(40, 400)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved "))
                acknowledged.insert(QString::fromLatin1(line.mid(6).trimmed()));
            syncedBeforeKill += line == "synced" ? 1 : 0;
        }
    }
    QProcess drain;
    drain.start(QStringLiteral(SYNC_CRASH_CHILD), childArgs(*device) << QStringLiteral("drain"));
    QVERIFY(drain.waitForFinished(120000));
    QCOMPARE(drain.exitCode(), 0);
    qInfo("sync.client_kills=%d acknowledged_saves=%lld cycles_completed=%d", total,
          qint64(acknowledged.size()), syncedBeforeKill);
    QVERIFY(acknowledged.size() > total); // the children did save and sync between kills
    checkOffice(acknowledged);
    QCOMPARE(integrityCheck(device->storePath(), device->key), QStringLiteral("ok"));
    auto db = sql::Database::open(device->storePath(), device->key, sql::OpenMode::ReadOnly);
    QVERIFY(db);
    QCOMPARE(db.value().queryInt(QStringLiteral("SELECT count(*) FROM outbox")).value(), 0);
    QSet<QString> held;
    auto ids = db.value().prepare(QStringLiteral("SELECT id FROM records"));
    QVERIFY(ids);
    while (ids.value().step().value())
        held.insert(ids.value().text(0));
    int lostOnDevice = 0;
    for (const QString &id : acknowledged)
        lostOnDevice += held.contains(id) ? 0 : 1;
    QCOMPARE(lostOnDevice, 0);
}

void TestSyncCrash::serverKilledMidBatch()
{
    QString failure;
    auto device = m_fixture->enrol(QStringLiteral("worker"), &failure);
    QVERIFY2(device, qPrintable(failure));
    sync::SyncEngineConfig config;
    config.pushBatch = 10;
    config.minBackoffMs = 60 * 60 * 1000; // retries are started by the test
    config.debounceMs = 60 * 60 * 1000;
    QStringList saved;
    auto *random = QRandomGenerator::global();
    const int total = kills();
    int interrupted = 0;
    for (int i = 0; i < total; ++i) {
        QCOMPARE(device->saveNotes(12, m_fixture->world.personInScope,
                                   m_fixture->world.visitInScope, &saved),
                 QString());
        auto &engine = device->makeEngine(m_fixture->serverUrl(), config);
        QSignalSpy finished(&engine, &sync::SyncEngine::cycleFinished);
        engine.start();
        QTest::qWait(int(random->bounded(0, 60)));
        QVERIFY(m_fixture->killServer().isEmpty());
        if (finished.isEmpty())
            QVERIFY(finished.wait(30000));
        interrupted += finished.first().first().toBool() ? 0 : 1;
        device->engine.reset();
        const QString restarted = m_fixture->restartServer();
        QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    }
    auto &engine = device->makeEngine(m_fixture->serverUrl(), config);
    QVERIFY(startAndSync(engine));
    QCOMPARE(await(device->store->pendingCount()), 0);
    qInfo("sync.server_kills=%d interrupted_cycles=%d records=%lld", total, interrupted,
          qint64(saved.size()));
    QVERIFY(interrupted > 0); // the kills did land mid-cycle
    checkOffice(QSet<QString>(saved.cbegin(), saved.cend()));
    device->closeStore();
    QCOMPARE(integrityCheck(device->storePath(), device->key), QStringLiteral("ok"));
    m_fixture->server->stop();
    QFile keyFile(QDir(m_fixture->args.dataDir).filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(integrityCheck(QDir(m_fixture->args.dataDir).filePath(QStringLiteral("server.db")),
                            keyFile.readAll()),
             QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
