#include "devicekeys.h"
#include <sodium.h>

namespace careround::sync::DeviceKeys {

namespace {
const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

DeviceKeyPair generate()
{
    sodiumReady();
    DeviceKeyPair keys {QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                        QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized)};
    crypto_sign_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(pk), bytes(secretKey));
    return pk;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    sodiumReady();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

QByteArray enrolmentSignature(const QByteArray &challenge, const DeviceKeyPair &keys)
{
    return sign(QByteArrayLiteral("careround-enrol-v1") + challenge + keys.publicKey,
                keys.secretKey);
}

QByteArray sealForEscrow(const QByteArray &recordJson, const QByteArray &deviceSecretKey,
                         const QByteArray &escrowPublicKey)
{
    if (escrowPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    const QByteArray signature =
        sign(QByteArrayLiteral("careround-escrow-v1") + recordJson, deviceSecretKey);
    if (signature.isEmpty())
        return {};
    const QByteArray plain = signature + recordJson;
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal(bytes(sealed), bytes(plain), static_cast<unsigned long long>(plain.size()),
                        bytes(escrowPublicKey))
        != 0)
        return {};
    return sealed;
}

} // namespace careround::sync::DeviceKeys
