#pragma once
// A key store run by the operating system (Android Keystore, iOS Keychain, libsecret), holding
// one extra random key per vault. The vault combines it with the PIN-derived key, so a copy of
// the vault file alone (a forensic image without the keystore) does not allow testing PINs.
// Calls block: the vault only calls them from its own worker thread.
#include "core/result.h"
#include <QByteArray>
#include <QString>
#include <memory>

namespace careround {

class PlatformKeyStore
{
public:
    virtual ~PlatformKeyStore() = default;

    virtual Result<void> store(const QString &name, const QByteArray &secret) = 0;
    // The secret stored under `name`; an error when it is absent or the store is unavailable.
    virtual Result<QByteArray> load(const QString &name) = 0;
    // Removing a name that is not there is not an error.
    virtual Result<void> remove(const QString &name) = 0;
    // Which service this is ("QtKeychain"), for the vault file's note and for support.
    virtual QString description() const = 0;

    // The operating system's store through QtKeychain when this build has it; null otherwise
    // (the vault then wraps with the PIN only).
    static std::shared_ptr<PlatformKeyStore> systemDefault();
};

} // namespace careround
