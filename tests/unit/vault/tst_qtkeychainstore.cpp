// QtKeychainStore against a real Secret Service: a private D-Bus session bus and a
// gnome-keyring-daemon (with a throw-away HOME) started by the test, reached through QtKeychain's
// libsecret backend. Skips when those programs are not installed (Debian: dbus-daemon,
// gnome-keyring, libsecret-1-0). The no-service fallback is in tst_platformkeystore.
#include "vault/keyvault.h"
#include "vault/qtkeychainstore.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace careround;

namespace {
constexpr int DaemonStartTimeoutMs = 10000;
constexpr int ServiceReadyTimeoutMs = 15000;
const QString GoodPin = QStringLiteral("246813");
} // namespace

class TestQtKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyringDaemon =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbusDaemon.isEmpty() || keyringDaemon.isEmpty()
            || !QLibrary(QStringLiteral("secret-1"), 0).load())
            QSKIP("needs dbus-daemon, gnome-keyring-daemon and libsecret-1 (Debian: gnome-keyring "
                  "libsecret-1-0)");

        m_bus.start(dbusDaemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(DaemonStartTimeoutMs));
        QVERIFY(QTest::qWaitFor([this] { return m_bus.canReadLine(); }, DaemonStartTimeoutMs));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // Set before anything in this process talks to D-Bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path()); // never the real keyrings
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(keyringDaemon,
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        QVERIFY(m_keyring.waitForStarted(DaemonStartTimeoutMs));
        m_keyring.write("throw-away-keyring-password");
        m_keyring.closeWriteChannel();

        // Ready once a write goes through.
        QtKeychainStore store(Service, 2000);
        QVERIFY2(QTest::qWaitFor([&] { return store.store(QStringLiteral("ready"), "1").ok(); },
                                 ServiceReadyTimeoutMs),
                 "the Secret Service did not come up");
        QVERIFY(store.remove(QStringLiteral("ready")).ok());
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(3000))
                    process->kill();
                process->waitForFinished(3000);
            }
        }
    }

    void storeLoadRemove()
    {
        QtKeychainStore store(Service);
        const QByteArray secret = QByteArray::fromHex("00ff10ee20dd30cc40bb50aa60997088");
        QVERIFY(store.store(QStringLiteral("k1"), secret).ok());
        auto loaded = store.load(QStringLiteral("k1"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value(), secret); // binary data survives, zero bytes included
        QVERIFY(store.remove(QStringLiteral("k1")).ok());
        QVERIFY(!store.load(QStringLiteral("k1")).ok());
        QVERIFY(store.remove(QStringLiteral("k1")).ok()); // already gone is fine
    }

    void callsFromAWorkerThread()
    {
        // The app calls the vault from its vault thread, never the GUI thread.
        QtKeychainStore store(Service);
        bool stored = false;
        QByteArray loaded;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            stored = store.store(QStringLiteral("k2"), "from a worker").ok();
            if (auto read = store.load(QStringLiteral("k2")))
                loaded = read.value();
            store.remove(QStringLiteral("k2"));
        }));
        worker->start();
        QVERIFY(worker->wait(ServiceReadyTimeoutMs));
        QVERIFY(stored);
        QCOMPARE(loaded, QByteArray("from a worker"));
    }

    void vaultWrapsWithTheRealKeyStore()
    {
        QTemporaryDir dir;
        auto store = std::make_shared<QtKeychainStore>(Service);
        KeyVault vault(dir.path(), KdfParams::forTests(), store);
        auto created = vault.setUp(GoodPin);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QVERIFY(vault.usesPlatformKeyStore());

        auto unlocked = vault.unlock(GoodPin);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().toString()));
        QVERIFY(unlocked.value().equals(created.value()));

        QVERIFY(vault.erase().ok()); // removes the platform key too
        KeyVault again(dir.path(), KdfParams::forTests(), store);
        QVERIFY(again.setUp(GoodPin).ok());
        QVERIFY(again.erase().ok());
    }

private:
    const QString Service = QStringLiteral("CareRoundTest");
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
};

QTEST_GUILESS_MAIN(TestQtKeychainStore)
#include "tst_qtkeychainstore.moc"
