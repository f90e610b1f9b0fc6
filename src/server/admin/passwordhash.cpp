#include "passwordhash.h"
#include <sodium.h>

namespace careround::server {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> hashPassword(const QString &password)
{
    if (password.size() < 10)
        return Error {QStringLiteral("password"), QStringLiteral("must be at least 10 characters")};
    if (password.size() > 256)
        return Error {QStringLiteral("password"), QStringLiteral("must be at most 256 characters")};
    if (!sodiumReady())
        return Error {QStringLiteral("password"),
                      QStringLiteral("libsodium could not be initialised")};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error {QStringLiteral("password"), QStringLiteral("out of memory while hashing")};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray hashText = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashText.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

} // namespace careround::server
