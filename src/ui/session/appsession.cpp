#include "appsession.h"

#include "core/hlc.h"
#include "core/recordauthor.h"
#include "core/timebounds.h"
#include "pinrules.h"
#include "sessionworker.h"
#include "store/devicestate.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "sync/escrowsender.h"
#include "sync/syncengine.h"
#include "ui/common/durationtext.h"
#include "wipewarning.h"

#include <QtConcurrent/QtConcurrentRun>

namespace careround::ui {

using detail::SessionWorker;
using detail::VaultOutcome;

AppSession::AppSession(QObject *parent)
    : QObject(parent)
{
    m_vaultPool.setMaxThreadCount(1);
    m_lockoutTimer.setInterval(1000);
    connect(&m_lockoutTimer, &QTimer::timeout, this, &AppSession::tickLockout);
    // The ordinary lock: the key is dropped and the store closed, the PIN screen comes back.
    connect(&m_idleLock, &IdleLock::lockDue, this, &AppSession::lock);
    connect(&m_syncStatus, &SyncStatus::syncRequested, this, [this] {
        if (m_engine)
            m_engine->syncNow();
        else if (m_state == LockedOut || m_state == Wiped)
            sendEscrow();
    });
}

AppSession::~AppSession()
{
    ++m_generation;
    stopSync();
    m_escrow.reset();
    m_vaultPool.waitForDone(); // at shutdown only: lets a running vault write finish
    if (m_store)
        m_store->close(); // queued saves are committed before the app exits
}

QString AppSession::lockedUntilText() const
{
    return DurationText::clockTime(m_lockedUntil, nowUtc().toLocalTime());
}

QString AppSession::wipeWarningText() const
{
    return WipeWarning::beforeAttempt(m_attemptsBeforeWipe);
}

int AppSession::autoLockMinutes() const
{
    return m_profile.autoLockMinutes;
}

QString AppSession::lockoutRemainingText() const
{
    if (!m_lockedUntil.isValid())
        return {};
    const qint64 ms = nowUtc().msecsTo(m_lockedUntil);
    return DurationText::remaining((ms + 999) / 1000);
}

void AppSession::setDataDirectory(const QString &directory)
{
    if (m_dataDirectory == directory)
        return;
    if (m_started) {
        qWarning("AppSession: dataDirectory cannot change after start()");
        return;
    }
    m_dataDirectory = directory;
    emit dataDirectoryChanged();
}

void AppSession::setServerUrl(const QString &url)
{
    if (m_serverUrl == url)
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

int AppSession::minimumPinLength() const
{
    return PinRules::MinimumLength;
}

int AppSession::maximumPinLength() const
{
    return PinRules::MaximumLength;
}

QString AppSession::pinRulesText() const
{
    return PinRules::description();
}

store::RecordStore *AppSession::store() const
{
    return m_state == Unlocked || m_state == NeedsEnrolment ? m_store.get() : nullptr;
}

std::shared_ptr<HybridLogicalClock> AppSession::clock() const
{
    return m_state == Unlocked ? m_clock : nullptr;
}

const RecordAuthor *AppSession::author() const
{
    return m_state == Unlocked ? m_author.get() : nullptr;
}

void AppSession::useFastKdfForTests()
{
    if (m_started || m_fastKdfForTests)
        return;
    m_fastKdfForTests = true;
    emit fastKdfForTestsChanged();
}

void AppSession::setWallClockForTests(std::function<QDateTime()> clock)
{
    if (!m_started)
        m_wallClock = std::move(clock);
}

QDateTime AppSession::nowUtc() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentDateTimeUtc();
}

template<typename Work, typename Done>
void AppSession::runOnVault(Work work, Done done)
{
    const int generation = m_generation;
    setBusy(true);
    // whenFinished always reports through this thread's event loop, even when the work was
    // already done: a verb never changes the state before it has returned. Its watcher is a child
    // of this session, so nothing runs once the session is gone.
    whenFinished(
        QtConcurrent::run(&m_vaultPool, [worker = m_worker, work] { return work(*worker); }), this,
        [this, generation, done](VaultOutcome outcome) mutable {
            if (generation != m_generation)
                return; // lock() happened meanwhile; it already settled the state
            done(std::move(outcome));
        });
}

void AppSession::start()
{
    if (m_busy || m_state != Starting)
        return;
    if (m_dataDirectory.isEmpty()) {
        setError(tr("No folder is set for this device's records."));
        return;
    }
    m_started = true;
    if (!m_worker)
        m_worker = std::make_shared<SessionWorker>(m_dataDirectory, m_fastKdfForTests, m_wallClock);
    clearError();
    runOnVault([](SessionWorker &worker) { return worker.probe(); },
               [this](const VaultOutcome &outcome) {
                   setBusy(false);
                   if (outcome.error) {
                       setError(outcome.error->message); // stays Starting; "Try again" restarts
                       return;
                   }
                   applyStatus(outcome);
                   if (!outcome.status.isSetUp && !outcome.status.wiped)
                       setState(NeedsPinSetup);
                   else
                       settleLockedState();
               });
}

bool AppSession::checkNewPin(const QString &pin)
{
    if (const auto checked = PinRules::check(pin); !checked) {
        setError(checked.error().message);
        return false;
    }
    clearError();
    return true;
}

void AppSession::setUpPin(const QString &pin, const QString &confirmation)
{
    if (m_state != NeedsPinSetup || m_busy)
        return;
    if (!checkNewPin(pin)) {
        emit setUpFailed();
        return;
    }
    if (pin != confirmation) {
        setError(tr("The two PINs do not match. Please choose your PIN again."));
        emit setUpFailed();
        return;
    }
    runOnVault([pin](SessionWorker &worker) { return worker.setUp(pin); },
               [this](const VaultOutcome &outcome) {
                   applyStatus(outcome);
                   if (outcome.key.isEmpty()) {
                       setBusy(false);
                       setError(outcome.error ? outcome.error->message
                                              : tr("The PIN could not be set up."));
                       if (outcome.status.isSetUp)
                           settleLockedState();
                       emit setUpFailed();
                       return;
                   }
                   openStore(outcome.key, m_generation);
               });
}

void AppSession::unlock(const QString &pin)
{
    if (m_state != Locked || m_busy)
        return;
    if (pin.isEmpty()) {
        setError(tr("Enter your PIN."));
        emit unlockFailed();
        return;
    }
    clearError();
    setState(Unlocking);
    runOnVault([pin](SessionWorker &worker) { return worker.unlock(pin); },
               [this](const VaultOutcome &outcome) {
                   applyStatus(outcome);
                   if (!outcome.key.isEmpty()) {
                       openStore(outcome.key, m_generation);
                       return;
                   }
                   setBusy(false);
                   setError(outcome.error ? outcome.error->message
                                          : tr("The PIN was not accepted."));
                   settleLockedState();
                   emit unlockFailed();
               });
}

void AppSession::openStore(const QByteArray &key, int generation)
{
    closeStore();
    m_store = std::make_unique<store::RecordStore>();
    whenFinished(m_store->open(SessionWorker::storePath(m_dataDirectory), key), this,
                 [this, generation](const Result<void> &opened) {
                     if (generation != m_generation)
                         return; // locked while opening; lock() closed the store
                     if (!opened) {
                         setBusy(false);
                         closeStore();
                         setError(
                             tr("Your PIN is right, but the records on this device could not be "
                                "opened: %1")
                                 .arg(opened.error().toString()));
                         settleLockedState();
                         emit unlockFailed();
                         return;
                     }
                     loadProfile(generation);
                 });
}

void AppSession::loadProfile(int generation)
{
    whenFinished(m_store->deviceState(QString::fromLatin1(store::DeviceStateKey::Profile)), this,
                 [this, generation](const Result<std::optional<QByteArray>> &stored) {
                     if (generation != m_generation)
                         return;
                     setBusy(false);
                     if (stored && !stored.value()) {
                         clearError();
                         setState(NeedsEnrolment); // first run: sign in to the server next
                         return;
                     }
                     auto profile = stored ? store::DeviceProfile::fromJson(*stored.value())
                                           : Result<store::DeviceProfile>(stored.error());
                     if (!profile) {
                         closeStore();
                         setError(
                             tr("Your PIN is right, but this device's sign-in details could not be "
                                "read: %1")
                                 .arg(profile.error().toString()));
                         settleLockedState();
                         emit unlockFailed();
                         return;
                     }
                     setProfile(profile.value());
                     clearError();
                     setState(Unlocked);
                     emit unlocked();
                 });
}

void AppSession::setProfile(const store::DeviceProfile &profile)
{
    m_profile = profile;
    m_clock = std::make_shared<HybridLogicalClock>(profile.deviceId);
    // Never below a record already stored, even if the wall clock was set back since; but never
    // a floor more than a day ahead either (a clock pulled from a broken phone, or before the
    // server refused such clocks): records stamped from it would be refused by the office.
    if (const HlcTimestamp floor = m_store->clockFloor(); floor.isValid()
        && timebounds::clockWithinBound(floor.wallMs, QDateTime::currentMSecsSinceEpoch()))
        m_clock->observe(floor);
    m_author = std::make_unique<RecordAuthor>(profile.userId, profile.deviceId, m_clock);
    m_purgeNotices.attach(m_store.get());
    emit profileChanged();
    followPendingCount();
    startSync();
}

void AppSession::followPendingCount()
{
    connect(m_store.get(), &store::RecordStore::pendingCountChanged, &m_syncStatus,
            &SyncStatus::setPendingCount);
    const int generation = m_generation;
    whenFinished(m_store->pendingCount(), this, [this, generation](int count) {
        if (generation == m_generation)
            m_syncStatus.setPendingCount(count);
    });
}

void AppSession::completeEnrolment(const store::DeviceProfile &profile)
{
    if (m_state != NeedsEnrolment || !m_store)
        return;
    if (auto valid = profile.validate(); !valid) {
        setError(tr("The server's answer could not be used: %1").arg(valid.error().toString()));
        emit enrolmentFailed();
        return;
    }
    const int generation = m_generation;
    setBusy(true);
    whenFinished(m_store->setDeviceState(QString::fromLatin1(store::DeviceStateKey::Profile),
                                         profile.toJson()),
                 this, [this, generation, profile](const Result<void> &saved) {
                     if (generation != m_generation)
                         return;
                     setBusy(false);
                     if (!saved) {
                         setError(tr("Signed in, but this device could not save it: %1")
                                      .arg(saved.error().toString()));
                         emit enrolmentFailed();
                         return;
                     }
                     setProfile(profile);
                     clearError();
                     setState(Unlocked);
                     emit unlocked();
                 });
}

void AppSession::closeStore()
{
    stopSync(); // before the store goes: the engine uses it
    m_purgeNotices.detach();
    m_author.reset();
    m_clock.reset();
    if (m_profile != store::DeviceProfile {}) {
        m_profile = {};
        emit profileChanged();
    }
    if (!m_store)
        return;
    // close() waits for queued saves to commit: do that on a pool thread, then delete the store
    // back on its own thread.
    store::RecordStore *closing = m_store.release();
    whenFinished(QtConcurrent::run([closing] { closing->close(); }), closing,
                 [closing, self = QPointer<AppSession>(this)] {
                     closing->deleteLater();
                     if (self)
                         emit self->storeClosed();
                 });
}

void AppSession::eraseVault(const QString &message)
{
    runOnVault([](SessionWorker &worker) { return worker.erase(); },
               [this, message](const VaultOutcome &outcome) {
                   setBusy(false);
                   applyStatus(outcome);
                   m_vaultWiped = true;
                   setError(message);
                   setState(Wiped);
                   emit storeClosed();
               });
}

void AppSession::lock()
{
    if (m_state != Unlocked && m_state != Unlocking && m_state != NeedsEnrolment)
        return;
    ++m_generation; // drops a vault result or store open still in flight
    closeStore();
    setBusy(false);
    clearError();
    settleLockedState();
}

void AppSession::clearError()
{
    setError({});
}

void AppSession::applyStatus(const VaultOutcome &outcome)
{
    const auto &status = outcome.status;
    m_vaultWiped = status.wiped;
    if (status.attemptsLeft != m_attemptsLeft || status.maximumAttempts != m_maximumAttempts
        || status.attemptsBeforeWipe != m_attemptsBeforeWipe) {
        m_attemptsLeft = status.attemptsLeft;
        m_attemptsBeforeWipe = status.attemptsBeforeWipe;
        m_maximumAttempts = status.maximumAttempts;
        emit attemptsChanged();
    }
    if (status.lockedUntil != m_lockedUntil) {
        m_lockedUntil = status.lockedUntil;
        emit lockoutChanged();
    }
}

void AppSession::settleLockedState()
{
    if (m_vaultWiped) {
        m_lockoutTimer.stop();
        setState(Wiped);
        sendEscrow();
    } else if (m_lockedUntil.isValid() && m_lockedUntil > nowUtc()) {
        m_lockoutTimer.start();
        setState(LockedOut);
        sendEscrow();
    } else {
        m_lockoutTimer.stop();
        setState(Locked);
    }
}

void AppSession::tickLockout()
{
    emit lockoutChanged(); // the countdown text moved on
    if (m_state != LockedOut || m_busy)
        return;
    if (m_lockedUntil.isValid() && m_lockedUntil > nowUtc())
        return;
    m_lockoutTimer.stop();
    // The lockout is over: ask the vault again, off this thread, for the attempts now allowed.
    runOnVault([](SessionWorker &worker) { return worker.probe(); },
               [this](const VaultOutcome &outcome) {
                   setBusy(false);
                   applyStatus(outcome);
                   settleLockedState();
               });
}

void AppSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    // Only an unlocked phone has anything to lock.
    if (state == Unlocked) {
        m_idleLock.setTimeoutMinutes(m_profile.autoLockMinutes);
        m_idleLock.start();
    } else {
        m_idleLock.stop();
    }
    emit stateChanged();
}

void AppSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AppSession::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

} // namespace careround::ui
