// Attempts, lockout and wipe, with an injected clock.
#include "tst_keyvault.h"

#include "vaulttestutil.h"

#include <QTest>

using namespace careround;
using namespace careround::testing;

void TestKeyVault::wrongPinCountsDown()
{
    ManualClock clock;
    auto vault = fastVault(freshDir());
    vault->setClock(clock.function());
    QVERIFY(vault->setUp(GoodPin).ok());
    for (int left = KeyVault::MaxAttempts - 1; left >= 1; --left) {
        auto unlocked = vault->unlock(WrongPin);
        QVERIFY(!unlocked.ok());
        QCOMPARE(vault->lastFailure(), KeyVault::Failure::WrongPin);
        QCOMPARE(unlocked.error().field, QStringLiteral("pin"));
        QVERIFY2(unlocked.error().message.contains(QStringLiteral("%1 attempt").arg(left)),
                 qPrintable(unlocked.error().message));
        QCOMPARE(vault->attemptsLeft(), left);
        QVERIFY(!vault->lockedUntil().isValid());
        QVERIFY(!vault->isLockedOut(clock.now));
    }
}

void TestKeyVault::lockoutDoublesThenWipes()
{
    ManualClock clock;
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    vault->setClock(clock.function());
    QVERIFY(vault->setUp(GoodPin).ok());
    for (int i = 0; i < LockoutPolicy::FreeAttempts - 1; ++i)
        QVERIFY(!vault->unlock(WrongPin).ok());

    // Wrong PINs 5..9 each start a wait: 1, 2, 4, 8, 16 minutes.
    qint64 expectedWait = 60;
    for (int failure = LockoutPolicy::FreeAttempts; failure < LockoutPolicy::WipeAfterFailures;
         ++failure) {
        auto unlocked = vault->unlock(WrongPin);
        QVERIFY(!unlocked.ok());
        QCOMPARE(vault->lastFailure(), KeyVault::Failure::WrongPin);
        QCOMPARE(vault->lockedUntil(), clock.now.addSecs(expectedWait));
        QVERIFY(vault->isLockedOut(clock.now.addSecs(expectedWait - 1)));
        QVERIFY(!vault->isLockedOut(clock.now.addSecs(expectedWait)));
        const int beforeWipe = LockoutPolicy::WipeAfterFailures - failure;
        QCOMPARE(vault->attemptsBeforeWipe(), beforeWipe);
        QVERIFY2(unlocked.error().message.contains(QStringLiteral("%1 more wrong").arg(beforeWipe)),
                 qPrintable(unlocked.error().message));
        clock.advanceSecs(expectedWait);
        QVERIFY(!vault->lockedUntil().isValid());
        QCOMPARE(vault->attemptsLeft(), 1);
        expectedWait *= 2;
    }

    // The tenth wrong PIN destroys the wrapped key; even the right PIN cannot bring it back.
    auto tenth = vault->unlock(WrongPin);
    QVERIFY(!tenth.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::Wiped);
    QVERIFY(tenth.error().message.contains(QStringLiteral("enrol this device again")));
    QVERIFY(vault->isWiped());
    QCOMPARE(vault->attemptsLeft(), 0);
    const vault::VaultState state = readVaultState(vault->filePath());
    QVERIFY(state.wiped);
    QVERIFY(state.wrappedKey.isEmpty());
    QVERIFY(state.nonce.isEmpty());
    QVERIFY(!fileBytes(vault->filePath()).contains("ciphertext"));

    auto restarted = fastVault(dir);
    QVERIFY(!restarted->unlock(GoodPin).ok());
    QCOMPARE(restarted->lastFailure(), KeyVault::Failure::Wiped);
    QVERIFY(!restarted->setUp(GoodPin).ok()); // re-enrolment goes through erase()
}

void TestKeyVault::lockedOutAttemptIsNotCheckedOrCounted()
{
    ManualClock clock;
    auto vault = fastVault(freshDir());
    vault->setClock(clock.function());
    QVERIFY(vault->setUp(GoodPin).ok());
    for (int i = 0; i < LockoutPolicy::FreeAttempts; ++i)
        QVERIFY(!vault->unlock(WrongPin).ok());
    const QDateTime until = vault->lockedUntil();
    QVERIFY(until.isValid());
    const QByteArray before = fileBytes(vault->filePath());

    clock.advanceSecs(30);
    auto unlocked = vault->unlock(GoodPin); // the right PIN, but too early
    QVERIFY(!unlocked.ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::LockedOut);
    QCOMPARE(unlocked.error().field, QStringLiteral("pin"));
    QVERIFY2(unlocked.error().message.contains(QStringLiteral("Try again after")),
             qPrintable(unlocked.error().message));
    QVERIFY(unlocked.error().message.contains(QStringLiteral("1 minute")));
    QCOMPARE(fileBytes(vault->filePath()), before);
    QCOMPARE(vault->lockedUntil(), until);
}

void TestKeyVault::rightPinAfterLockoutResetsTheCount()
{
    ManualClock clock;
    auto vault = fastVault(freshDir());
    vault->setClock(clock.function());
    auto created = vault->setUp(GoodPin);
    QVERIFY(created.ok());
    for (int i = 0; i < LockoutPolicy::FreeAttempts; ++i)
        QVERIFY(!vault->unlock(WrongPin).ok());
    clock.advanceSecs(61);
    auto unlocked = vault->unlock(GoodPin);
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().toString()));
    QVERIFY(unlocked.value().equals(created.value()));
    QCOMPARE(vault->attemptsLeft(), KeyVault::MaxAttempts);
    QCOMPARE(vault->attemptsBeforeWipe(), LockoutPolicy::WipeAfterFailures);
    QVERIFY(!vault->lockedUntil().isValid());
    QCOMPARE(readVaultState(vault->filePath()).failures, 0);
}

void TestKeyVault::counterSurvivesARestart()
{
    const QString dir = freshDir();
    QVERIFY(fastVault(dir)->setUp(GoodPin).ok());
    {
        auto first = fastVault(dir);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!first->unlock(WrongPin).ok());
    } // the app is closed
    auto second = fastVault(dir);
    QCOMPARE(second->attemptsLeft(), KeyVault::MaxAttempts - 3);
    QVERIFY(!second->unlock(WrongPin).ok());
    QCOMPARE(fastVault(dir)->attemptsLeft(), 1);
}

void TestKeyVault::interruptedWipeIsCompletedOnNextUnlock()
{
    // The app died while checking the 10th PIN: the count reached 10 but the key is still there.
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    QVERIFY(vault->setUp(GoodPin).ok());
    QVERIFY(editVaultJson(vault->filePath(), [](QJsonObject &root) {
        setNested(root, QStringLiteral("attempts"), QStringLiteral("failures"),
                  LockoutPolicy::WipeAfterFailures);
    }));
    QVERIFY(!vault->unlock(GoodPin).ok());
    QCOMPARE(vault->lastFailure(), KeyVault::Failure::Wiped);
    QVERIFY(readVaultState(vault->filePath()).wrappedKey.isEmpty());
}

void TestKeyVault::eraseAllowsANewSetUp()
{
    const QString dir = freshDir();
    auto vault = fastVault(dir);
    auto first = vault->setUp(GoodPin);
    QVERIFY(first.ok());
    QVERIFY(vault->erase().ok());
    QVERIFY(!vault->isSetUp());
    auto second = vault->setUp(OtherGoodPin);
    QVERIFY(second.ok());
    QVERIFY(!second.value().equals(first.value()));
}
