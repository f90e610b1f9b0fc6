#pragma once
// The key vault: keeps the store's 256-bit data key wrapped under the worker's PIN (Argon2id,
// XChaCha20-Poly1305) and, where the platform has one, a key in the OS key store; counts wrong
// PINs and locks out, then destroys the wrapped key (LockoutPolicy). State is one file,
// <directory>/vault.json (docs/key-vault.md). See docs/threat-model.md for what it defends.
//
// Argon2id is deliberately slow (250-500 ms with calibrated parameters; calibration itself
// takes seconds): setUp, unlock, changePin and calibrate must run OFF the GUI thread, e.g. with
// QtConcurrent::run on a one-thread pool. The getters read the (small) file each time, so
// they also belong on that thread. One KeyVault is used by one thread at a time.
#include "core/result.h"
#include "kdfparams.h"
#include "lockoutpolicy.h"
#include "platformkeystore.h"
#include "securekey.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace careround {

namespace vault {
struct VaultState;
}

class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(KeyVault)
public:
    // What the last setUp / unlock / changePin / erase call ran into.
    enum class Failure {
        None,
        InvalidPin, // the new PIN breaks PinPolicy (field "pin" or "newPin")
        WrongPin, // checked and wrong; the message says how many attempts are left
        LockedOut, // too many wrong PINs: wait until lockedUntil(); nothing was checked
        Wiped, // the wrapped key is destroyed: enrol the device again
        NotSetUp, // no vault file yet
        AlreadySetUp, // setUp on a folder that has a vault file
        Corrupt, // the vault file is damaged; it was left exactly as it was
        PlatformKeyUnavailable, // the OS key store did not give its key back; not counted
        StorageFailed, // the vault file could not be written; the PIN was not checked
        KdfFailed, // Argon2id could not run (out of memory)
    };
    using Clock = std::function<QDateTime()>;

    static constexpr int MaxAttempts = LockoutPolicy::FreeAttempts;

    // params: KdfParams{} (the default) calibrates Argon2id on this device at set-up; tests pass
    // KdfParams::forTests(). platformKeyStore: the OS key store by default; null = PIN only.
    explicit KeyVault(
        QString directory, KdfParams params = {},
        std::shared_ptr<PlatformKeyStore> platformKeyStore = PlatformKeyStore::systemDefault());
    ~KeyVault();
    KeyVault(const KeyVault &) = delete;
    KeyVault &operator=(const KeyVault &) = delete;

    // Wall clock (UTC) for lockouts; tests inject their own.
    void setClock(Clock clock);
    QString filePath() const;

    bool isSetUp() const; // a vault file exists (also when wiped or damaged)
    bool isWiped() const;
    bool usesPlatformKeyStore() const; // this vault's wrap needs the OS key store too
    int attemptsLeft() const; // wrong PINs allowed before the next wait (LockoutPolicy)
    int attemptsBeforeWipe() const;
    QDateTime lockedUntil() const; // UTC; invalid when no wait applies now
    bool isLockedOut(const QDateTime &now) const;
    std::optional<Error> fileError() const; // the Corrupt error, if the file is damaged

    // First run: checks the PIN against PinPolicy, makes a random data key and wraps it.
    Result<SecureKey> setUp(const QString &pin);
    // Counts the attempt on disk BEFORE checking it (killing the app mid-check gives no free
    // guess); a right PIN resets the count.
    Result<SecureKey> unlock(const QString &pin);
    // Re-wraps the same data key under a new PIN (new salt, new nonce): the database is not
    // re-encrypted. The old PIN is checked exactly like unlock, attempts and all.
    Result<void> changePin(const QString &oldPin, const QString &newPin);
    // Removes the vault file and its platform key: for enrolling the device again after a wipe.
    Result<void> erase();

    Failure lastFailure() const { return m_lastFailure; }

    // Argon2id parameters taking targetMsLow-targetMsHigh ms per derivation on this machine.
    static KdfParams calibrate(int targetMsLow = 250, int targetMsHigh = 500);

private:
    struct Unwrapped;
    Result<Unwrapped> checkPin(const QString &pin);
    Result<std::optional<vault::VaultState>> readState() const;
    Result<void> writeState(const vault::VaultState &state);
    Result<void> wrapAndWrite(vault::VaultState state, const SecureKey &dataKey, const QString &pin,
                              const SecureKey *platformKey, const QString &consequence);
    Error wipe(vault::VaultState state);
    Error wrongPin(const vault::VaultState &counted) const;
    Error lockedOut(const QDateTime &until) const;
    Result<SecureKey> loadPlatformKey(const vault::VaultState &state);
    Error fail(Failure failure, Error error);
    Error corrupt(const Error &detail) const;
    Error storageFailed(const Error &detail, const QString &consequence);
    void setPlatformWrap(vault::VaultState &state, SecureKey &platformKey);
    QDateTime now() const;

    QString m_directory;
    KdfParams m_params;
    std::shared_ptr<PlatformKeyStore> m_platformKeyStore;
    Clock m_clock;
    Failure m_lastFailure = Failure::None;
};

} // namespace careround
