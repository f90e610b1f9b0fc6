// The platform key store as an extra wrap: composition with the PIN (MemoryKeyStore stands in
// for the OS service), and the real QtKeychain store falling back cleanly when no secret
// service is reachable (this test points D-Bus at nothing, as on a headless machine).
#include "memorykeystore.h"
#ifdef CAREROUND_HAVE_QTKEYCHAIN
#include "vault/qtkeychainstore.h"
#endif
#include "vaulttestutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace careround;
using namespace careround::testing;

class TestPlatformKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void setUpStoresAPlatformKey()
    {
        auto store = std::make_shared<MemoryKeyStore>();
        auto vault = fastVault(dir(), store);
        auto created = vault->setUp(GoodPin);
        QVERIFY(created.ok());
        QVERIFY(vault->usesPlatformKeyStore());
        QCOMPARE(store->entries.size(), 1);
        const vault::VaultState state = readVaultState(vault->filePath());
        QVERIFY(state.platformKeyName.startsWith(QStringLiteral("vault-")));
        QCOMPARE(store->entries.value(state.platformKeyName).size(), qsizetype(SecureKey::Size));
        QVERIFY(!store->entries.value(state.platformKeyName)
                     .contains(created.value().toRawForDatabaseOpen()));

        auto unlocked = vault->unlock(GoodPin);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().toString()));
        QVERIFY(unlocked.value().equals(created.value()));
    }

    void unlockNeedsThePlatformKeyAndDoesNotCountItsAbsence()
    {
        const QString path = dir();
        auto store = std::make_shared<MemoryKeyStore>();
        QVERIFY(fastVault(path, store)->setUp(GoodPin).ok());

        // The vault file copied to a machine without the key store (or the PIN alone).
        auto pinOnly = fastVault(path, nullptr);
        QVERIFY(!pinOnly->unlock(GoodPin).ok());
        QCOMPARE(pinOnly->lastFailure(), KeyVault::Failure::PlatformKeyUnavailable);

        // The service is down for a moment: not the worker's fault, no attempt counted.
        store->available = false;
        auto down = fastVault(path, store);
        auto unlocked = down->unlock(GoodPin);
        QVERIFY(!unlocked.ok());
        QCOMPARE(down->lastFailure(), KeyVault::Failure::PlatformKeyUnavailable);
        QCOMPARE(unlocked.error().field, QStringLiteral("platformKeyStore"));
        QCOMPARE(down->attemptsLeft(), KeyVault::MaxAttempts);

        store->available = true;
        QVERIFY(down->unlock(GoodPin).ok());
    }

    void aDifferentPlatformKeyDoesNotUnlock()
    {
        const QString path = dir();
        auto store = std::make_shared<MemoryKeyStore>();
        auto vault = fastVault(path, store);
        QVERIFY(vault->setUp(GoodPin).ok());
        const QString name = store->entries.keys().constFirst();
        store->entries.insert(name, SecureKey::random().toRawForDatabaseOpen());
        QVERIFY(!vault->unlock(GoodPin).ok());
        QCOMPARE(vault->lastFailure(), KeyVault::Failure::WrongPin);
    }

    void changePinKeepsThePlatformKey()
    {
        auto store = std::make_shared<MemoryKeyStore>();
        auto vault = fastVault(dir(), store);
        auto created = vault->setUp(GoodPin);
        QVERIFY(created.ok());
        const auto entriesBefore = store->entries;
        QVERIFY(vault->changePin(GoodPin, OtherGoodPin).ok());
        QCOMPARE(store->entries, entriesBefore);
        QVERIFY(vault->usesPlatformKeyStore());
        auto unlocked = vault->unlock(OtherGoodPin);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value().equals(created.value()));
    }

    void wipeAndEraseRemoveThePlatformKey()
    {
        auto store = std::make_shared<MemoryKeyStore>();
        ManualClock clock;
        auto vault = fastVault(dir(), store);
        vault->setClock(clock.function());
        QVERIFY(vault->setUp(GoodPin).ok());
        for (int i = 0; i < LockoutPolicy::WipeAfterFailures; ++i) {
            QVERIFY(!vault->unlock(WrongPin).ok());
            clock.advanceSecs(3600);
        }
        QCOMPARE(vault->lastFailure(), KeyVault::Failure::Wiped);
        QVERIFY(store->entries.isEmpty());

        auto other = fastVault(dir(), store);
        QVERIFY(other->setUp(GoodPin).ok());
        QCOMPARE(store->entries.size(), 1);
        QVERIFY(other->erase().ok());
        QVERIFY(store->entries.isEmpty());
        QVERIFY(!other->isSetUp());
    }

    void unavailableStoreFallsBackToPinOnly()
    {
        auto store = std::make_shared<MemoryKeyStore>();
        store->available = false;
        auto vault = fastVault(dir(), store);
        auto created = vault->setUp(GoodPin);
        QVERIFY(created.ok());
        QVERIFY(!vault->usesPlatformKeyStore());
        const vault::VaultState state = readVaultState(vault->filePath());
        QVERIFY(state.platformKeyName.isEmpty());
        QVERIFY2(state.platformNote.contains(QStringLiteral("PIN only"))
                     && state.platformNote.contains(QStringLiteral("service not running")),
                 qPrintable(state.platformNote));
        // A PIN-only wrap never asks the key store, even once it comes back.
        store->available = true;
        store->loads = 0;
        QVERIFY(vault->unlock(GoodPin).value().equals(created.value()));
        QCOMPARE(store->loads, 0);
    }

    void qtKeychainWithoutSecretServiceFailsFast()
    {
#ifndef CAREROUND_HAVE_QTKEYCHAIN
        QSKIP("built without QtKeychain");
#else
        QtKeychainStore keychain(QStringLiteral("CareRoundTest"), 5000);
        QElapsedTimer timer;
        timer.start();
        auto stored = keychain.store(QStringLiteral("probe"), QByteArray(32, 'p'));
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().field, QStringLiteral("platformKeyStore"));
        auto loaded = keychain.load(QStringLiteral("probe"));
        QVERIFY(!loaded.ok());
        qInfo("QtKeychain without a secret service answered in %lld ms: %s", timer.elapsed(),
              qPrintable(stored.error().message));
        QVERIFY(timer.elapsed() < 5000 * 2);
#endif
    }

    void qtKeychainVaultFallsBackToPinOnly()
    {
#ifndef CAREROUND_HAVE_QTKEYCHAIN
        QSKIP("built without QtKeychain");
#endif
        QVERIFY(PlatformKeyStore::systemDefault()); // this build has QtKeychain
        auto vault = std::make_unique<KeyVault>(dir(), KdfParams::forTests(),
                                                PlatformKeyStore::systemDefault());
        auto created = vault->setUp(GoodPin);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QVERIFY(!vault->usesPlatformKeyStore());
        const vault::VaultState state = readVaultState(vault->filePath());
        QVERIFY2(state.platformNote.contains(QStringLiteral("QtKeychain unavailable")),
                 qPrintable(state.platformNote));
        auto unlocked = vault->unlock(GoodPin);
        QVERIFY(unlocked.ok());
        QVERIFY(unlocked.value().equals(created.value()));
    }

private:
    QString dir()
    {
        auto tmp = std::make_unique<QTemporaryDir>();
        const QString path = tmp->path();
        m_dirs.push_back(std::move(tmp));
        return path;
    }
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

int main(int argc, char **argv)
{
    // No secret service, as on a headless server: a session bus address that leads nowhere
    // (and stops D-Bus from auto-launching one).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/careround-test-bus");
    QCoreApplication app(argc, argv);
    TestPlatformKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_platformkeystore.moc"
