#pragma once
// The part of AppSession that touches the key vault. It runs only on the session's vault
// thread (one thread, so vault calls never overlap): Argon2id and the vault's files stay off
// the GUI thread. Each call returns the vault's state after it, so the GUI thread never asks
// the vault anything itself.
#include "core/result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace careround {
class KeyVault;
}

namespace careround::ui::detail {

struct VaultStatus
{
    bool isSetUp = false;
    bool wiped = false; // the wrapped key is gone: the device must be enrolled again
    int attemptsLeft = 0;
    int attemptsBeforeWipe = 0; // wrong PINs before the vault destroys its key
    int maximumAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked out
};

struct VaultOutcome
{
    VaultStatus status;
    QByteArray key; // the 32-byte data key when the call produced one, else empty
    std::optional<Error> error; // what went wrong, in words for the worker
    bool wrongPin = false; // the PIN was checked and is not the right one
};

class SessionWorker
{
    Q_DECLARE_TR_FUNCTIONS(SessionWorker)
public:
    using WallClock = std::function<QDateTime()>; // UTC; empty = the system's
    SessionWorker(QString dataDirectory, bool fastKdfForTests, WallClock clock = {});
    ~SessionWorker();

    VaultOutcome probe(); // creates the folder if needed; no PIN involved
    VaultOutcome setUp(const QString &pin); // first run only
    VaultOutcome unlock(const QString &pin);
    VaultOutcome erase(); // removes the vault (a revoked device is wiped)

    static QString storePath(const QString &dataDirectory);

private:
    std::optional<Error> ensureVault();
    VaultStatus status() const;

    QString m_dataDirectory;
    bool m_fastKdfForTests = false;
    WallClock m_clock;
    std::unique_ptr<KeyVault> m_vault;
};

} // namespace careround::ui::detail
