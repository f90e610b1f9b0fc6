#include "keywrap.h"

#include "sodium.h"

#include <sodium.h>

#include <algorithm>

namespace careround::vault {

static_assert(VaultState::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(VaultState::WrappedKeySize
              == SecureKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(SecureKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

namespace {
const unsigned char *bytesOf(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
} // namespace

QByteArray associatedData(const VaultState &state)
{
    return QStringLiteral("careround-key-vault|v%1|argon2id13|ops=%2|mem=%3|salt=%4|platform=%5")
        .arg(state.formatVersion)
        .arg(state.kdf.opslimit)
        .arg(state.kdf.memlimit)
        .arg(QString::fromLatin1(state.salt.toBase64()))
        .arg(state.platformKeyName.isEmpty() ? QStringLiteral("none") : state.platformKeyName)
        .toUtf8();
}

SecureKey keyEncryptionKey(const SecureKey &pinKey, const SecureKey *platformKey)
{
    ensureSodium();
    SecureKey kek = SecureKey::zeroed();
    kek.withWritableBytes([&](unsigned char *out, std::size_t outSize) {
        pinKey.withBytes([&](const unsigned char *pin, std::size_t pinSize) {
            if (!platformKey) {
                std::copy(pin, pin + pinSize, out);
                return;
            }
            platformKey->withBytes([&](const unsigned char *platform, std::size_t platformSize) {
                static const QByteArray context("careround-key-vault kek v1");
                crypto_generichash_state state;
                crypto_generichash_init(&state, platform, platformSize, outSize);
                crypto_generichash_update(&state, bytesOf(context), quint64(context.size()));
                crypto_generichash_update(&state, pin, pinSize);
                crypto_generichash_final(&state, out, outSize);
                sodium_memzero(&state, sizeof state);
            });
        });
    });
    return kek;
}

WrappedKey wrapKey(const SecureKey &dataKey, const SecureKey &kek, const QByteArray &ad)
{
    ensureSodium();
    WrappedKey wrapped;
    wrapped.nonce.resize(VaultState::NonceSize);
    randombytes_buf(wrapped.nonce.data(), std::size_t(wrapped.nonce.size()));
    wrapped.ciphertext.resize(VaultState::WrappedKeySize);
    kek.withBytes([&](const unsigned char *k, std::size_t) {
        dataKey.withBytes([&](const unsigned char *plain, std::size_t plainSize) {
            unsigned long long written = 0;
            crypto_aead_xchacha20poly1305_ietf_encrypt(
                reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()), &written, plain,
                plainSize, bytesOf(ad), quint64(ad.size()), nullptr, bytesOf(wrapped.nonce), k);
        });
    });
    return wrapped;
}

SecureKey unwrapKey(const QByteArray &nonce, const QByteArray &ciphertext, const SecureKey &kek,
                    const QByteArray &ad)
{
    ensureSodium();
    if (nonce.size() != VaultState::NonceSize || ciphertext.size() != VaultState::WrappedKeySize)
        return {};
    SecureKey dataKey = SecureKey::zeroed();
    int rc = -1;
    kek.withBytes([&](const unsigned char *k, std::size_t) {
        dataKey.withWritableBytes([&](unsigned char *out, std::size_t) {
            unsigned long long written = 0;
            rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
                out, &written, nullptr, bytesOf(ciphertext), quint64(ciphertext.size()),
                bytesOf(ad), quint64(ad.size()), bytesOf(nonce), k);
        });
    });
    if (rc != 0)
        return {};
    return dataKey;
}

} // namespace careround::vault
