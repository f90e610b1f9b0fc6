#pragma once
// Test double for the operating system's key store (Android Keystore, Keychain, libsecret),
// which tests cannot reach: an in-process map behind the same PlatformKeyStore interface, with
// switches for an absent service. The vault's composition logic runs unchanged against it.
#include "vault/platformkeystore.h"

#include <QHash>

namespace careround::testing {

class MemoryKeyStore : public PlatformKeyStore
{
public:
    bool available = true; // false: every call fails, as with no secret service
    QHash<QString, QByteArray> entries;
    int loads = 0;

    Result<void> store(const QString &name, const QByteArray &secret) override
    {
        if (!available)
            return unavailable();
        entries.insert(name, secret);
        return {};
    }
    Result<QByteArray> load(const QString &name) override
    {
        ++loads;
        if (!available)
            return unavailable();
        if (!entries.contains(name))
            return Error {QStringLiteral("platformKeyStore"),
                          QStringLiteral("no entry %1").arg(name)};
        return entries.value(name);
    }
    Result<void> remove(const QString &name) override
    {
        if (!available)
            return unavailable();
        entries.remove(name);
        return {};
    }
    QString description() const override { return QStringLiteral("MemoryKeyStore"); }

private:
    static Error unavailable()
    {
        return Error {QStringLiteral("platformKeyStore"), QStringLiteral("service not running")};
    }
};

} // namespace careround::testing
