#pragma once
// Seals TOTP secrets for the server store with a key kept OUTSIDE the store: a 32-byte key file
// in the server's data directory (created on first use, mode 0600). A copy of the database
// alone (a PostgreSQL dump, a stolen SQLCipher file with its key) then cannot mint codes.
// XChaCha20-Poly1305 with the user id as associated data, so a sealed secret moved to another
// user's row does not open.
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace careround::server::auth {

class TotpSealer
{
public:
    // Reads the key file, creating it with a fresh random key when it does not exist.
    static Result<TotpSealer> fromKeyFile(const QString &path);
    static TotpSealer fromKey(const QByteArray &key); // 32 bytes (tests)

    QByteArray seal(const QString &userId, const QByteArray &secret) const;
    std::optional<QByteArray> open(const QString &userId, const QByteArray &sealed) const;

private:
    explicit TotpSealer(QByteArray key)
        : m_key(std::move(key))
    { }
    QByteArray m_key;
};

} // namespace careround::server::auth
