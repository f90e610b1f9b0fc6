#pragma once
// The app's session: PIN set-up, unlock, lock and lockout, and the open record store while
// unlocked. Every verb returns at once; the key vault's Argon2id work and the store's disk work
// run on other threads and come back as property changes and signals. QML only calls verbs and
// shows properties; every rule (PIN checks, attempts, lockout timing, wording) is decided here.
//
//   Starting ─▶ NeedsPinSetup ─setUpPin─▶ Unlocked
//       │                                  ▲   │ lock()
//       └────▶ Locked ─unlock─▶ Unlocking ─┘   ▼
//                ▲                 │        Locked
//                └── lockout ends ─┤ wrong PIN ×N
//                     LockedOut ◀──┘   (or Wiped when the vault has destroyed the key)
//
// Once the store is open, a device that has not been enrolled with the server yet (no profile
// in its store) goes to NeedsEnrolment instead of Unlocked; completeEnrolment() saves the
// profile and moves on to Unlocked.
#include "core/result.h"
#include "idlelock.h"
#include "store/deviceprofile.h"
#include "syncstatus.h"
#include "ui/person/purgenotices.h"
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace careround {
class HybridLogicalClock;
class RecordAuthor;
} // namespace careround

namespace careround::store {
class RecordStore;
}

namespace careround::sync {
class SyncEngine;
class EscrowSender;
struct TransportConfig;
} // namespace careround::sync

namespace careround::ui {

namespace detail {
class SessionWorker;
struct VaultOutcome;
} // namespace detail

class AppSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsChanged)
    Q_PROPERTY(int maximumAttempts READ maximumAttempts NOTIFY attemptsChanged)
    // Wrong PINs before the phone is erased, and the warning shown before the last one.
    Q_PROPERTY(int attemptsBeforeWipe READ attemptsBeforeWipe NOTIFY attemptsChanged)
    Q_PROPERTY(QString wipeWarningText READ wipeWarningText NOTIFY attemptsChanged)
    // Minutes without use before the unlocked app locks itself (the organisation's setting).
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes NOTIFY profileChanged)
    Q_PROPERTY(QDateTime lockedUntil READ lockedUntil NOTIFY lockoutChanged)
    Q_PROPERTY(QString lockedUntilText READ lockedUntilText NOTIFY lockoutChanged)
    Q_PROPERTY(QString lockoutRemainingText READ lockoutRemainingText NOTIFY lockoutChanged)
    Q_PROPERTY(
        QString dataDirectory READ dataDirectory WRITE setDataDirectory NOTIFY dataDirectoryChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    // PEM text of the CA certificate(s) to trust for the server (--server-certificate); empty =
    // the system's CAs.
    Q_PROPERTY(QString serverCertificatePem READ serverCertificatePem WRITE setServerCertificatePem
                   NOTIFY serverCertificatePemChanged)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    Q_PROPERTY(int maximumPinLength READ maximumPinLength CONSTANT)
    Q_PROPERTY(QString pinRulesText READ pinRulesText CONSTANT)
    Q_PROPERTY(bool fastKdfForTests READ fastKdfForTests NOTIFY fastKdfForTestsChanged)
    // The enrolled user, for headers and greetings; empty until enrolled.
    Q_PROPERTY(QString userDisplayName READ userDisplayName NOTIFY profileChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY profileChanged)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY profileChanged)
    // For the sync bar on every page. The pending count follows the store while unlocked.
    Q_PROPERTY(careround::ui::SyncStatus *syncStatus READ syncStatus CONSTANT)
    // Why people's records left this device (a family member's consent withdrawn), kept across
    // restarts (purgenotices.h). Empty while locked.
    Q_PROPERTY(careround::ui::PurgeNoticeBook *purgeNotices READ purgeNotices CONSTANT)

public:
    enum State {
        Starting,
        NeedsPinSetup,
        Locked,
        Unlocking,
        Unlocked,
        LockedOut,
        Wiped,
        NeedsEnrolment
    };
    Q_ENUM(State)

    explicit AppSession(QObject *parent = nullptr);
    ~AppSession() override; // closes the store, finishing queued saves

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }
    int attemptsLeft() const { return m_attemptsLeft; }
    int maximumAttempts() const { return m_maximumAttempts; }
    int attemptsBeforeWipe() const { return m_attemptsBeforeWipe; }
    QString wipeWarningText() const;
    int autoLockMinutes() const;
    // Locks the unlocked session after the idle time and on going to the background. C++ only:
    // tests give it their clock.
    IdleLock *idleLock() { return &m_idleLock; }
    QDateTime lockedUntil() const { return m_lockedUntil; }
    QString lockedUntilText() const;
    QString lockoutRemainingText() const;
    QString dataDirectory() const { return m_dataDirectory; }
    void setDataDirectory(const QString &directory); // only before start()
    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    QString serverCertificatePem() const { return m_serverCertificatePem; }
    void setServerCertificatePem(const QString &pem);
    // How to reach a server: its address and the CAs to trust (for the sign-in and sync).
    sync::TransportConfig transportConfig(const QString &serverUrl) const;
    // While Unlocked: the running sync engine (owned by the session), else null.
    sync::SyncEngine *syncEngine() const { return m_engine.get(); }
    // Tests only: sync engine timings (debounce, backoff); before unlocking.
    void setSyncTimingForTests(int debounceMs, int minBackoffMs);
    int minimumPinLength() const;
    int maximumPinLength() const;
    QString pinRulesText() const;
    bool fastKdfForTests() const { return m_fastKdfForTests; }

    // The open store while Unlocked or NeedsEnrolment, else null. Owned by the session; do not
    // keep the pointer past stateChanged.
    store::RecordStore *store() const;

    QString userDisplayName() const { return m_profile.displayName; }
    QString userRole() const { return m_profile.role; }
    QString organisationName() const { return m_profile.orgName; }
    SyncStatus *syncStatus() { return &m_syncStatus; }
    PurgeNoticeBook *purgeNotices() { return &m_purgeNotices; }
    // The sync engine purged these people from the store: a family member's phone keeps a notice
    // saying why, and peoplePurged() is emitted. Public for tests that purge as sync would.
    void applyPurged(const QStringList &personIds);
    // While Unlocked: who this device belongs to, the device clock (shared with sync) and the
    // maker of this user's records. Null / empty otherwise.
    const store::DeviceProfile &profile() const { return m_profile; }
    std::shared_ptr<HybridLogicalClock> clock() const;
    const RecordAuthor *author() const;

    // From NeedsEnrolment: stores the profile the server gave at enrolment and unlocks. An
    // invalid profile or a failed write sets errorMessage and emits enrolmentFailed.
    void completeEnrolment(const store::DeviceProfile &profile);

    // Tests only: cheap Argon2id parameters so a test unlocks in milliseconds. Must be called
    // before start(); the app never calls it.
    Q_INVOKABLE void useFastKdfForTests();
    // Tests only, before start(): the wall clock (UTC) for the vault's lockout waits and this
    // session's lockout countdown, so a test can pass a wait without waiting for it.
    void setWallClockForTests(std::function<QDateTime()> clock);

    // Reads the vault in dataDirectory (creating the folder) and moves to NeedsPinSetup, Locked,
    // LockedOut or Wiped.
    Q_INVOKABLE void start();
    // Checks a new PIN against the rules without storing it; sets errorMessage when it fails.
    Q_INVOKABLE bool checkNewPin(const QString &pin);
    // First run: both entries must match and pass the rules; then the vault is created and the
    // store opened. Emits setUpFailed on a mismatch or rule failure (with errorMessage set).
    Q_INVOKABLE void setUpPin(const QString &pin, const QString &confirmation);
    // Emits unlockFailed when the PIN is wrong (attemptsLeft updated) or the store will not open.
    Q_INVOKABLE void unlock(const QString &pin);
    // Forgets the key and closes the store at once (queued saves still finish, off this thread).
    Q_INVOKABLE void lock();
    Q_INVOKABLE void clearError();

signals:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void attemptsChanged();
    void lockoutChanged();
    void dataDirectoryChanged();
    void serverUrlChanged();
    void serverCertificatePemChanged();
    void escrowFinished(int delivered, const QString &error); // the spool was offered from lockout
    void fastKdfForTestsChanged();
    void setUpFailed();
    void unlockFailed();
    void unlocked(); // the store is open and the device enrolled
    void enrolmentFailed();
    void profileChanged();
    void storeClosed(); // the store of the last unlocked period has finished its queued saves
    // Sync removed every record received about these people (a rota change; on a family
    // member's phone, consent withdrawn): screens read the store again (SessionFollower).
    void peoplePurged(const QStringList &personIds);

private:
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &message);
    void applyStatus(const detail::VaultOutcome &outcome);
    void settleLockedState(); // Locked, LockedOut or Wiped from the last vault status
    void openStore(const QByteArray &key, int generation);
    void loadProfile(int generation);
    void setProfile(const store::DeviceProfile &profile);
    void followPendingCount();
    void closeStore();
    // Sync (appsession_sync.cpp).
    void startSync();
    void stopSync();
    void wipeDevice(const QString &message); // the office revoked this device
    void sendEscrow(); // from LockedOut / Wiped: the sealed spool, without a PIN
    void eraseVault(const QString &message); // last step of wipeDevice (vault thread)
    void tickLockout();
    QDateTime nowUtc() const;
    template<typename Work, typename Done>
    void runOnVault(Work work, Done done);

    State m_state = Starting;
    bool m_busy = false;
    bool m_started = false;
    bool m_fastKdfForTests = false;
    bool m_vaultWiped = false;
    QString m_errorMessage;
    int m_attemptsLeft = 0;
    int m_maximumAttempts = 0;
    int m_attemptsBeforeWipe = 0;
    QDateTime m_lockedUntil;
    QString m_dataDirectory;
    QString m_serverUrl;
    QString m_serverCertificatePem;
    int m_syncDebounceMs = -1; // tests only; -1 = the engine's default
    int m_syncMinBackoffMs = -1;
    std::function<QDateTime()> m_wallClock; // tests only; empty = the system clock
    int m_generation = 0; // bumped by lock(): results of older operations are dropped
    QTimer m_lockoutTimer;
    QThreadPool m_vaultPool; // one thread: vault calls never overlap
    std::shared_ptr<detail::SessionWorker> m_worker; // used only on the vault thread
    std::unique_ptr<store::RecordStore> m_store;
    store::DeviceProfile m_profile;
    SyncStatus m_syncStatus;
    PurgeNoticeBook m_purgeNotices;
    IdleLock m_idleLock;
    std::shared_ptr<HybridLogicalClock> m_clock;
    std::unique_ptr<RecordAuthor> m_author;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::EscrowSender> m_escrow;
};

} // namespace careround::ui
