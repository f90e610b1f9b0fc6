#include "totpsealer.h"

#include "secrets.h"

#include <QFile>
#include <sodium.h>

namespace careround::server::auth {

namespace {

constexpr int kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

QByteArray associatedData(const QString &userId)
{
    return QByteArrayLiteral("careround-office-totp:") + userId.toUtf8();
}

} // namespace

Result<TotpSealer> TotpSealer::fromKeyFile(const QString &path)
{
    QFile file(path);
    // NewOnly: of two processes starting together on one data directory, one writes the key.
    if (!file.exists() && file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray key = randomBytes(kKeyBytes);
        if (file.write(key.toHex()) != kKeyBytes * 2 || !file.flush())
            return Error {QStringLiteral("office-totp-key"),
                          QStringLiteral("cannot write %1").arg(path)};
        file.close();
        return TotpSealer(key);
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("office-totp-key"),
                      QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray key = QByteArray::fromHex(file.read(kKeyBytes * 2 + 2).trimmed());
    if (key.size() != kKeyBytes)
        return Error {QStringLiteral("office-totp-key"),
                      QStringLiteral("%1 must hold %2 hex digits").arg(path).arg(kKeyBytes * 2)};
    return TotpSealer(key);
}

TotpSealer TotpSealer::fromKey(const QByteArray &key)
{
    Q_ASSERT(key.size() == kKeyBytes);
    return TotpSealer(key);
}

QByteArray TotpSealer::seal(const QString &userId, const QByteArray &secret) const
{
    const QByteArray nonce = randomBytes(kNonceBytes);
    const QByteArray ad = associatedData(userId);
    QByteArray out(secret.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()), &written,
        reinterpret_cast<const unsigned char *>(secret.constData()),
        static_cast<unsigned long long>(secret.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    out.truncate(static_cast<qsizetype>(written));
    return nonce + out;
}

std::optional<QByteArray> TotpSealer::open(const QString &userId, const QByteArray &sealed) const
{
    if (sealed.size() < kNonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return std::nullopt;
    const QByteArray ad = associatedData(userId);
    const QByteArray cipher = sealed.mid(kNonceBytes);
    QByteArray out(cipher.size(), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(out.data()), &written, nullptr,
            reinterpret_cast<const unsigned char *>(cipher.constData()),
            static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(sealed.constData()),
            reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    out.truncate(static_cast<qsizetype>(written));
    return out;
}

} // namespace careround::server::auth
