// The attempt is counted on disk before the PIN is checked: a child process unlocking with the
// RIGHT PIN is killed (SIGKILL) while Argon2id runs, and the attempt must still count.
// With the count written after the check, the file would never show the attempt mid-check.
#include "vaulttestutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace careround;
using namespace careround::testing;

class TestKeyVaultCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringCheckStillCountsTheAttempt()
    {
        QTemporaryDir dir;
        // Argon2id slow enough (about 1.5 s) that the kill lands inside the check.
        constexpr std::uint64_t ProbeOps = 4;
        KdfParams slow {ProbeOps, std::size_t(32) << 20, 0};
        vault::measureKdfMs(slow); // the first run also pays for mapping the memory
        const double probeMs = vault::measureKdfMs(slow);
        slow.opslimit = std::clamp<std::uint64_t>(
            std::uint64_t(std::ceil(ProbeOps * 1500 / probeMs)), ProbeOps, KdfParams::MaxOpslimit);
        KeyVault vault(dir.path(), slow, nullptr);
        QElapsedTimer setUpTimer;
        setUpTimer.start();
        QVERIFY(vault.setUp(GoodPin).ok());
        qInfo("Argon2id opslimit %llu: set-up took %lld ms; the kill must land inside such a check",
              static_cast<unsigned long long>(slow.opslimit), setUpTimer.elapsed());

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/vault_unlock_child"),
                    {dir.path(), GoodPin});
        QVERIFY2(child.waitForStarted(ChildStartTimeoutMs), qPrintable(child.errorString()));

        // Wait for the counted attempt to appear on disk, then kill at once.
        const bool counted = QTest::qWaitFor(
            [&] { return readVaultState(vault.filePath()).failures == 1; }, CountTimeoutMs);
        QVERIFY2(counted, "the attempt was not on disk while the PIN was being checked");
        child.kill();
        QVERIFY(child.waitForFinished(ChildStartTimeoutMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed mid-check, not finished
        QVERIFY2(!child.readAllStandardOutput().contains("unlocked"), "the check finished first");

        QCOMPARE(vault.attemptsLeft(), KeyVault::MaxAttempts - 1);
        QCOMPARE(KeyVault(dir.path(), slow, nullptr).attemptsLeft(), KeyVault::MaxAttempts - 1);

        // The right PIN, checked to the end, resets the count.
        QVERIFY(vault.unlock(GoodPin).ok());
        QCOMPARE(vault.attemptsLeft(), KeyVault::MaxAttempts);
    }

private:
    static constexpr int ChildStartTimeoutMs = 10000;
    static constexpr int CountTimeoutMs = 20000;
};

QTEST_GUILESS_MAIN(TestKeyVaultCrash)
#include "tst_keyvault_crash.moc"
