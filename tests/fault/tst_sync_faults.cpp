// Network faults between two devices' sync engines and the real server (fault proxy: responses
// dropped after the server committed, cut answers, requests cut mid-body, duplicated, replayed
// out of order, stalled past the client's timeout). While faults run, both devices keep saving;
// once they stop, device and server converge within two sync cycles, with no duplicates.
#include "faultproxy.h"
#include "synctestsupport.h"

#include "sql/database.h"

#include <QSignalSpy>
#include <QtTest>

using namespace careround;
using namespace careround::synctest;

namespace {
QSet<QString> storeIds(const SyncDevice &device)
{
    QSet<QString> ids;
    auto db = sql::Database::open(device.storePath(), device.key, sql::OpenMode::ReadOnly);
    if (!db)
        return ids;
    auto stmt = db.value().prepare(QStringLiteral("SELECT id FROM records"));
    while (stmt && stmt.value().step().value())
        ids.insert(stmt.value().text(0));
    return ids;
}
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void convergesAfterFaults();
};

void TestSyncFaults::convergesAfterFaults()
{
    SyncFixture fixture;
    const QString up = fixture.setUp({}, /*plainHttp=*/true);
    QVERIFY2(up.isEmpty(), qPrintable(up));
    FaultProxy proxy(fixture.server->port());
    const QUrl through(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));

    QString failure;
    auto a = fixture.enrol(QStringLiteral("worker"), &failure);
    auto b = fixture.enrol(QStringLiteral("worker"), &failure); // the same worker's second phone
    QVERIFY2(a && b, qPrintable(failure));
    sync::SyncEngineConfig config;
    config.pushBatch = 7; // many small requests: many chances for faults
    config.pullLimit = 9;
    config.minBackoffMs = 20;
    config.maxBackoffMs = 200;
    config.debounceMs = 60 * 60 * 1000; // cycles are started by the test
    config.transport.timeoutMs = 1000;
    proxy.setStallMs(1300);
    for (SyncDevice *device : {a.get(), b.get()}) {
        device->makeEngine(through, config);
        QSignalSpy started(device->engine.get(), &sync::SyncEngine::started);
        device->engine->start();
        QVERIFY(started.wait(10000));
    }

    proxy.setFaultRate(0.4);
    QStringList saved;
    int failedCycles = 0;
    for (int round = 0; round < 12; ++round) {
        for (SyncDevice *device : {a.get(), b.get()}) {
            QCOMPARE(device->saveNotes(6, fixture.world.personInScope, fixture.world.visitInScope,
                                       &saved),
                     QString());
            if (!syncOnce(*device->engine))
                ++failedCycles;
        }
    }
    const auto faults = proxy.injected();
    qInfo("faults: %d requests, %d failed cycles; dropped %d cut-response %d cut-request %d "
          "duplicated %d "
          "replayed %d stalled %d",
          proxy.requests(), failedCycles, faults.value(FaultProxy::Fault::DropResponse),
          faults.value(FaultProxy::Fault::CutResponse), faults.value(FaultProxy::Fault::CutRequest),
          faults.value(FaultProxy::Fault::Duplicate),
          faults.value(FaultProxy::Fault::ReplayEarlier), faults.value(FaultProxy::Fault::Stall));
    QVERIFY2(faults.value(FaultProxy::Fault::DropResponse) > 0
                 && faults.value(FaultProxy::Fault::Duplicate) > 0,
             "the run injected faults");

    // Faults off: within two cycles each, everything is everywhere. The engines restart with
    // the usual timeout: a loaded CI machine can take over a second to answer, which is not a
    // fault under test (their state is all in their stores, as after an app restart).
    proxy.setFaultRate(0);
    QTest::qWait(300); // stalled requests still in flight come and go
    config.transport.timeoutMs = 30000;
    for (SyncDevice *device : {a.get(), b.get()}) {
        device->makeEngine(through, config);
        QSignalSpy started(device->engine.get(), &sync::SyncEngine::started);
        device->engine->start();
        QVERIFY(started.wait(10000));
    }
    for (int cycle = 0; cycle < 2; ++cycle) {
        for (SyncDevice *device : {a.get(), b.get()})
            QVERIFY2(syncOnce(*device->engine), qPrintable(device->engine->lastError()));
    }
    for (SyncDevice *device : {a.get(), b.get()}) {
        QCOMPARE(await(device->store->pendingCount()), 0);
        QCOMPARE(device->engine->rejectedCount(), 0);
    }
    const QSet<QString> onA = storeIds(*a), onB = storeIds(*b);
    QCOMPARE(onA, onB);
    for (const QString &id : saved)
        QVERIFY2(onA.contains(id), qPrintable(id));

    for (SyncDevice *device : {a.get(), b.get()})
        device->closeStore();
    fixture.plain = false;
    QVERIFY(fixture.restartServer().isEmpty());
    int duplicates = -1;
    const QSet<QString> office = fixture.officeIds(&failure, &duplicates);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(duplicates, 0);
    for (const QString &id : onA)
        QVERIFY2(office.contains(id), qPrintable(id));
    for (SyncDevice *device : {a.get(), b.get()})
        QCOMPARE(integrityCheck(device->storePath(), device->key), QStringLiteral("ok"));
    fixture.tearDown();
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
