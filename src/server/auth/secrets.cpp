#include "secrets.h"

#include <sodium.h>

#include <mutex>

namespace careround::server::auth {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

QByteArray randomBytes(int count)
{
    ensureSodium();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

QByteArray toBase64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64(const QByteArray &text)
{
    const bool url = text.contains('-') || text.contains('_');
    const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors;
    auto decoded = QByteArray::fromBase64Encoding(text, options);
    if (!decoded)
        return {};
    return *decoded;
}

QByteArray newToken(const QByteArray &prefix)
{
    return prefix + toBase64Url(randomBytes(kTokenRandomBytes));
}

QByteArray tokenHash(const QByteArray &token)
{
    ensureSodium();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(token.constData()),
                       static_cast<unsigned long long>(token.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace careround::server::auth
