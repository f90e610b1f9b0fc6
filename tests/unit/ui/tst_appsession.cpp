// AppSession against a real key vault (fast KDF) and a real record store, each test in its own
// QTemporaryDir: state transitions, PIN set-up rules, wrong PIN, lockout, and that no verb
// waits for the vault or the store.
#include "core/hlc.h"
#include "core/recordauthor.h"
#include "sessiontestutil.h"
#include "sql/privatefiles.h"
#include "store/recordstore.h"
#include "ui/session/appsession.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
// The file's permission bits; 0 when it is missing.
unsigned modeOf(const QString &path)
{
    return careround::files::permissions(path).value_or(0);
}
} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

private slots:
    void startsInStartingStateAndAsksTheVaultOffThread();
    void firstRunNeedsPinSetupAndCreatesTheFolder();
    void everyFileAndFolderOfTheDeviceIsOwnerOnly();
    void looserFolderOfAnOlderInstallIsTightened();
    void missingDataDirectoryIsReported();
    void setUpRejectsWeakPins_data();
    void setUpRejectsWeakPins();
    void setUpRejectsMismatchAndStoresNothing();
    void setUpUnlocksAndOpensTheStore();
    void enrolmentSavesTheProfileAndUnlocks();
    void lockForgetsTheStoreAtOnce();
    void restartAsksForThePinAndUnlocks();
    void wrongPinCountsDownAttempts();
    void rightPinRestoresAttempts();
    void tooManyWrongPinsLockOutAndPersist();
    void lockWhileUnlockingDropsTheResult();
    void verbsReturnBeforeTheCalibratedKdfFinishes();
    void dataDirectoryIsFixedOnceStarted();
    void fastKdfIsNeverTheDefault();
    void idleTimeLocksTheSessionAsLockDoes();
    void organisationAutoLockTimeIsUsed();
    void goingToTheBackgroundLocks();
    void lastPinBeforeTheWipeIsWarned();
};

void TestAppSession::startsInStartingStateAndAsksTheVaultOffThread()
{
    QTemporaryDir dir;
    AppSession session;
    QCOMPARE(session.state(), AppSession::Starting);
    QSignalSpy stateChanged(&session, &AppSession::stateChanged);
    session.setDataDirectory(dir.path());
    session.useFastKdfForTests();
    session.start();
    // start() returned before the vault answered: still Starting, busy, no state change yet.
    QCOMPARE(session.state(), AppSession::Starting);
    QVERIFY(session.busy());
    QCOMPARE(stateChanged.count(), 0);
    QVERIFY(waitForState(session, AppSession::NeedsPinSetup));
}

void TestAppSession::firstRunNeedsPinSetupAndCreatesTheFolder()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("nested/device"));
    auto session = startSession(dataDir);
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    QVERIFY(QDir(dataDir).exists());
    QVERIFY(session->errorMessage().isEmpty());
    QCOMPARE(session->store(), nullptr);
}

void TestAppSession::everyFileAndFolderOfTheDeviceIsOwnerOnly()
{
    // The usual desktop umask: left to it, 0644 files in 0755 folders that any user could read.
    const mode_t previous = ::umask(022);
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("new/device"));
    auto session = unlockedSession(dataDir);
    QVERIFY(session);
    const Record note = session->author()->make(
        QStringLiteral("commbook.entry"), QStringLiteral("person-1"), {},
        QJsonObject {{QStringLiteral("text"), QStringLiteral("Ate well")},
                     {QStringLiteral("category"), QStringLiteral("general")},
                     {QStringLiteral("audience"), QStringLiteral("care_team")}});
    auto saved = session->store()->save(note);
    QVERIFY(QTest::qWaitFor([&] { return saved.isFinished(); }, StoreTimeoutMs));
    ::umask(previous);
    QVERIFY(saved.result().ok());
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("new"))), 0700u);
    QStringList seen {QStringLiteral(". %1").arg(modeOf(dataDir), 0, 8)};
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        seen.append(QStringLiteral("%1 %2")
                        .arg(QDir(dataDir).relativeFilePath(path))
                        .arg(modeOf(path), 0, 8));
    }
    seen.sort();
    // The store is open: WAL mode keeps -wal and -shm.
    QCOMPARE(
        seen,
        (QStringList {QStringLiteral(". 700"), QStringLiteral("records.db 600"),
                      QStringLiteral("records.db-shm 600"), QStringLiteral("records.db-wal 600"),
                      QStringLiteral("vault.json 600")}));
}

void TestAppSession::looserFolderOfAnOlderInstallIsTightened()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    QCOMPARE(modeOf(dir.path()), 0700u);
}

void TestAppSession::missingDataDirectoryIsReported()
{
    AppSession session;
    session.start();
    QCOMPARE(session.state(), AppSession::Starting);
    QVERIFY(!session.busy());
    QVERIFY(session.errorMessage().contains(QStringLiteral("folder")));
}

void TestAppSession::setUpRejectsWeakPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("too short") << QStringLiteral("2468") << QStringLiteral("at least");
    QTest::newRow("letters") << QStringLiteral("24a813") << QStringLiteral("digits");
    QTest::newRow("one digit repeated") << QStringLiteral("777777") << QStringLiteral("repeat");
    QTest::newRow("a straight run") << QStringLiteral("345678") << QStringLiteral("in a row");
}

void TestAppSession::setUpRejectsWeakPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    QSignalSpy failed(session.get(), &AppSession::setUpFailed);
    session->setUpPin(pin, pin);
    QCOMPARE(failed.count(), 1); // rule checks are immediate: no vault work was started
    QVERIFY(!session->busy());
    QCOMPARE(session->state(), AppSession::NeedsPinSetup);
    QVERIFY2(session->errorMessage().contains(mentions), qPrintable(session->errorMessage()));
}

void TestAppSession::setUpRejectsMismatchAndStoresNothing()
{
    QTemporaryDir dir;
    {
        auto session = startSession(dir.path());
        QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
        QSignalSpy failed(session.get(), &AppSession::setUpFailed);
        session->setUpPin(GoodPin, QStringLiteral("135792"));
        QCOMPARE(failed.count(), 1);
        QVERIFY(session->errorMessage().contains(QStringLiteral("do not match")));
        QCOMPARE(session->state(), AppSession::NeedsPinSetup);
    }
    // Nothing was set up: a new session in the same folder still asks for a PIN.
    auto again = startSession(dir.path());
    QVERIFY(waitForState(*again, AppSession::NeedsPinSetup));
}

void TestAppSession::setUpUnlocksAndOpensTheStore()
{
    QTemporaryDir dir;
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    QSignalSpy unlocked(session.get(), &AppSession::unlocked);
    session->setUpPin(GoodPin, GoodPin);
    QVERIFY(session->busy()); // returned at once; the vault works on its own thread
    QCOMPARE(unlocked.count(), 0);
    // A new device has no profile yet: the store is open for sign-in, nobody can author records.
    QVERIFY(waitForState(*session, AppSession::NeedsEnrolment));
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(session->store() != nullptr);
    QVERIFY(session->store()->isOpen());
    QCOMPARE(session->author(), nullptr);
    QVERIFY(session->errorMessage().isEmpty());
}

void TestAppSession::enrolmentSavesTheProfileAndUnlocks()
{
    QTemporaryDir dir;
    {
        auto session = startSession(dir.path());
        QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
        session->setUpPin(GoodPin, GoodPin);
        QVERIFY(waitForState(*session, AppSession::NeedsEnrolment));

        // A broken answer from the server is refused and changes nothing.
        QSignalSpy failed(session.get(), &AppSession::enrolmentFailed);
        store::DeviceProfile broken = testProfile();
        broken.role = QStringLiteral("admin");
        session->completeEnrolment(broken);
        QCOMPARE(failed.count(), 1);
        QVERIFY(session->errorMessage().contains(QStringLiteral("role")));
        QCOMPARE(session->state(), AppSession::NeedsEnrolment);

        QSignalSpy unlocked(session.get(), &AppSession::unlocked);
        session->completeEnrolment(testProfile());
        QVERIFY(unlocked.wait(StoreTimeoutMs));
        QCOMPARE(session->state(), AppSession::Unlocked);
        QCOMPARE(session->userDisplayName(), QStringLiteral("Amira Khan"));
        QVERIFY(session->author() != nullptr);
        QCOMPARE(session->author()->userId(), testProfile().userId);
        QCOMPARE(session->author()->deviceId(), testProfile().deviceId);

        // A record is saved so the store holds a clock value for the restart below.
        const Record note = session->author()->make(
            QStringLiteral("commbook.entry"), QStringLiteral("person-1"), {},
            QJsonObject {{QStringLiteral("text"), QStringLiteral("Ate well")},
                         {QStringLiteral("category"), QStringLiteral("general")},
                         {QStringLiteral("audience"), QStringLiteral("care_team")}});
        auto saved = session->store()->save(note);
        QVERIFY(QTest::qWaitFor([&] { return saved.isFinished(); }, StoreTimeoutMs));
        QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().toString()));
        QCOMPARE(session->store()->clockFloor(), note.hlc);
        session->lock();
        QCOMPARE(session->author(), nullptr);
        QVERIFY(session->userDisplayName().isEmpty());
    }
    // The profile is in the encrypted store: after a restart and unlock the device is enrolled,
    // and its clock starts above every record it holds.
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::Locked));
    session->unlock(GoodPin);
    QVERIFY(waitForState(*session, AppSession::Unlocked));
    QCOMPARE(session->profile(), testProfile());
    QVERIFY(session->store()->clockFloor().isValid());
    QVERIFY(session->clock()->now() > session->store()->clockFloor());
}

void TestAppSession::lockForgetsTheStoreAtOnce()
{
    QTemporaryDir dir;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    QSignalSpy closed(session.get(), &AppSession::storeClosed);
    session->lock();
    QCOMPARE(session->state(), AppSession::Locked); // no waiting for the store to close
    QCOMPARE(session->store(), nullptr);
    QVERIFY(closed.wait(StoreTimeoutMs)); // the close (and its queued saves) finished off-thread
}

void TestAppSession::restartAsksForThePinAndUnlocks()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::Locked));
    QCOMPARE(session->attemptsLeft(), session->maximumAttempts());
    QVERIFY(session->maximumAttempts() > 1);
    session->unlock(GoodPin);
    QCOMPARE(session->state(), AppSession::Unlocking);
    QVERIFY(waitForState(*session, AppSession::Unlocked));
    QVERIFY(session->store()->isOpen());
}

void TestAppSession::wrongPinCountsDownAttempts()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::Locked));
    const int before = session->attemptsLeft();
    QSignalSpy failed(session.get(), &AppSession::unlockFailed);
    session->unlock(WrongPin);
    QVERIFY(failed.wait(VaultTimeoutMs));
    QCOMPARE(session->state(), AppSession::Locked);
    QCOMPARE(session->attemptsLeft(), before - 1);
    QVERIFY(!session->errorMessage().isEmpty());
    QCOMPARE(session->store(), nullptr);
}

void TestAppSession::rightPinRestoresAttempts()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::Locked));
    session->unlock(WrongPin);
    QVERIFY(QTest::qWaitFor([&] { return !session->busy(); }, VaultTimeoutMs));
    QVERIFY(session->attemptsLeft() < session->maximumAttempts());
    session->unlock(GoodPin);
    QVERIFY(waitForState(*session, AppSession::Unlocked));
    QCOMPARE(session->attemptsLeft(), session->maximumAttempts());
    QVERIFY(session->errorMessage().isEmpty());
}

void TestAppSession::tooManyWrongPinsLockOutAndPersist()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    {
        auto session = startSession(dir.path());
        QVERIFY(waitForState(*session, AppSession::Locked));
        const int allowed = session->attemptsLeft();
        QCOMPARE(enterWrongPinsUntilLockedOut(*session), allowed);
        QCOMPARE(session->state(), AppSession::LockedOut);
        QVERIFY(session->lockedUntil() > QDateTime::currentDateTimeUtc());
        QVERIFY(!session->lockedUntilText().isEmpty());
        QVERIFY(!session->lockoutRemainingText().isEmpty());

        session->unlock(GoodPin); // ignored while locked out, even with the right PIN
        QCOMPARE(session->state(), AppSession::LockedOut);
        QVERIFY(!session->busy());
    }
    // The lockout is the vault's, not the screen's: a restart is still locked out.
    auto restarted = startSession(dir.path());
    QVERIFY(waitForState(*restarted, AppSession::LockedOut));
}

void TestAppSession::lockWhileUnlockingDropsTheResult()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::Locked));
    QSignalSpy unlocked(session.get(), &AppSession::unlocked);
    QSignalSpy stateChanged(session.get(), &AppSession::stateChanged);
    session->unlock(GoodPin);
    session->lock();
    QCOMPARE(session->state(), AppSession::Locked);
    QVERIFY(!session->busy());
    QCOMPARE(session->store(), nullptr);
    // Vault calls run one at a time in order, so once a second unlock has finished the first
    // one's answer has arrived too — and must have been dropped, not reopened the store.
    stateChanged.clear();
    session->unlock(GoodPin);
    QVERIFY(waitForState(*session, AppSession::Unlocked));
    QCOMPARE(unlocked.count(), 1);
    QCOMPARE(stateChanged.count(), 2); // Unlocking, Unlocked: nothing from the dropped answer
}

void TestAppSession::verbsReturnBeforeTheCalibratedKdfFinishes()
{
    QTemporaryDir dir;
    AppSession session; // real Argon2id parameters, as the app uses
    session.setDataDirectory(dir.path());
    session.start();
    QVERIFY(waitForState(session, AppSession::NeedsPinSetup));
    QElapsedTimer call;
    call.start();
    session.setUpPin(GoodPin, GoodPin);
    const qint64 callMs = call.elapsed();
    // Returned with the work still to do: nothing derived, nothing opened, state unchanged.
    // (Asserted by state, not by a time limit, so a loaded CI machine cannot make it flaky.)
    QVERIFY(session.busy());
    QCOMPARE(session.state(), AppSession::NeedsPinSetup);
    // Calibration plus one derivation, on a loaded CI machine; then the store is open.
    QVERIFY(waitForState(session, AppSession::NeedsEnrolment, 60000));
    qInfo("ui.setup_pin_call_ms=%lld ui.setup_pin_done_ms=%lld", callMs, call.elapsed());
}

void TestAppSession::dataDirectoryIsFixedOnceStarted()
{
    QTemporaryDir dir;
    QTemporaryDir other;
    auto session = startSession(dir.path());
    QTest::ignoreMessage(QtWarningMsg, "AppSession: dataDirectory cannot change after start()");
    session->setDataDirectory(other.path());
    QCOMPARE(session->dataDirectory(), dir.path());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
}

void TestAppSession::fastKdfIsNeverTheDefault()
{
    AppSession session;
    QVERIFY(!session.fastKdfForTests());
    QTemporaryDir dir;
    session.setDataDirectory(dir.path());
    session.start();
    session.useFastKdfForTests(); // too late: the vault is already being opened with real params
    QVERIFY(!session.fastKdfForTests());
    QVERIFY(waitForState(session, AppSession::NeedsPinSetup));
}

void TestAppSession::idleTimeLocksTheSessionAsLockDoes()
{
    QTemporaryDir dir;
    qint64 now = 0;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    session->idleLock()->setClock([&now] { return now; });
    session->idleLock()->noteActivity();
    QCOMPARE(session->autoLockMinutes(), 5);

    now += 4 * 60 * 1000;
    session->idleLock()->check();
    QCOMPARE(session->state(), AppSession::Unlocked);
    now += 60 * 1000;
    QSignalSpy closed(session.get(), &AppSession::storeClosed);
    session->idleLock()->check();
    // The ordinary lock: the PIN screen's state at once, key and store gone.
    QCOMPARE(session->state(), AppSession::Locked);
    QCOMPARE(session->store(), nullptr);
    QCOMPARE(session->author(), nullptr);
    QVERIFY(closed.wait(StoreTimeoutMs));
    QVERIFY(!session->idleLock()->isRunning());

    // The right PIN unlocks again and the idle time starts afresh.
    session->unlock(GoodPin);
    QVERIFY(waitForState(*session, AppSession::Unlocked));
    QVERIFY(session->idleLock()->isRunning());
    QCOMPARE(session->idleLock()->remainingMs(), 5 * 60 * 1000);
}

void TestAppSession::organisationAutoLockTimeIsUsed()
{
    QTemporaryDir dir;
    auto session = startSession(dir.path());
    QVERIFY(waitForState(*session, AppSession::NeedsPinSetup));
    session->setUpPin(GoodPin, GoodPin);
    QVERIFY(waitForState(*session, AppSession::NeedsEnrolment));
    store::DeviceProfile profile = testProfile();
    profile.autoLockMinutes = 2;
    session->completeEnrolment(profile);
    QVERIFY(waitForState(*session, AppSession::Unlocked, StoreTimeoutMs));
    QCOMPARE(session->autoLockMinutes(), 2);
    QCOMPARE(session->idleLock()->timeoutMs(), 2 * 60 * 1000);
}

void TestAppSession::goingToTheBackgroundLocks()
{
    QTemporaryDir dir;
    auto session = unlockedSession(dir.path());
    QVERIFY(session);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive); // a system dialog: stays
    QCOMPARE(session->state(), AppSession::Unlocked);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
    QCOMPARE(session->state(), AppSession::Locked);
    QCOMPARE(session->store(), nullptr);
    // Locked already: coming back and leaving again changes nothing.
    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
    QCOMPARE(session->state(), AppSession::Locked);
}

void TestAppSession::lastPinBeforeTheWipeIsWarned()
{
    QTemporaryDir dir;
    unlockedSession(dir.path()).reset();
    // The vault's waits pass on this clock: each lockout is ended by moving it, not by waiting.
    QDateTime now = QDateTime::currentDateTimeUtc();
    auto session = std::make_unique<AppSession>();
    session->setDataDirectory(dir.path());
    session->useFastKdfForTests();
    session->setWallClockForTests([&now] { return now; });
    session->start();
    QVERIFY(waitForState(*session, AppSession::Locked));
    QCOMPARE(session->attemptsBeforeWipe(), 10);
    QVERIFY(session->wipeWarningText().isEmpty());

    for (int wrong = 1; wrong <= 9; ++wrong) {
        QVERIFY(passLockoutOnTestClock(*session, now));
        QVERIFY(session->wipeWarningText().isEmpty());
        session->unlock(WrongPin);
        QVERIFY(QTest::qWaitFor([&] { return !session->busy(); }, VaultTimeoutMs));
        QCOMPARE(session->attemptsBeforeWipe(), 10 - wrong);
    }
    // Nine wrong: the next wrong PIN erases the phone, and the screen says so before it.
    QVERIFY(passLockoutOnTestClock(*session, now));
    QCOMPARE(session->attemptsBeforeWipe(), 1);
    QVERIFY(session->wipeWarningText().contains(QStringLiteral("still reach the office, sealed")));

    session->unlock(WrongPin);
    QVERIFY(waitForState(*session, AppSession::Wiped));
    QVERIFY(session->wipeWarningText().isEmpty());
}

QTEST_MAIN(TestAppSession)
#include "tst_appsession.moc"
