#include "deviceproof.h"

#include "secrets.h"

#include <sodium.h>

namespace careround::server::auth {

static_assert(kDevicePublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kDeviceSignatureBytes == crypto_sign_BYTES);

QByteArray enrolmentMessage(const QByteArray &challenge, const QByteArray &devicePublicKey)
{
    return QByteArrayLiteral("careround-enrol-v1") + challenge + devicePublicKey;
}

QByteArray escrowMessage(const QByteArray &recordJson)
{
    return QByteArrayLiteral("careround-escrow-v1") + recordJson;
}

bool verifyDeviceSignature(const QByteArray &message, const QByteArray &signature,
                           const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != kDeviceSignatureBytes || publicKey.size() != kDevicePublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace careround::server::auth
