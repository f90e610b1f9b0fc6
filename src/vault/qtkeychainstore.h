#pragma once
// PlatformKeyStore over QtKeychain (Android Keystore, iOS/macOS Keychain, libsecret/KWallet on
// Linux, Windows Credential Manager). QtKeychain is asynchronous and queues all its jobs through
// one process-wide executor, so every job runs on one long-lived "keychain" thread with its own
// event loop; a call here posts the job there and waits, at most timeoutMs. Never call it on
// the GUI thread. Needs a QCoreApplication. QtKeychain's insecure plaintext fallback stays off.
#include "platformkeystore.h"

namespace careround {

class QtKeychainStore : public PlatformKeyStore
{
public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit QtKeychainStore(QString service = QStringLiteral("CareRound"),
                             int timeoutMs = DefaultTimeoutMs);

    Result<void> store(const QString &name, const QByteArray &secret) override;
    Result<QByteArray> load(const QString &name) override;
    Result<void> remove(const QString &name) override;
    QString description() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace careround
