#pragma once
// The device's Ed25519 key (libsodium crypto_sign) and the two things it signs: the enrolment
// proof and escrow entries (docs/protocol.md), plus sealing an entry to the organisation's key.
#include <QByteArray>

namespace careround::sync {

struct DeviceKeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};

namespace DeviceKeys {
DeviceKeyPair generate();
QByteArray publicKeyOf(const QByteArray &secretKey); // empty when the key is not 64 bytes
QByteArray sign(const QByteArray &message, const QByteArray &secretKey); // 64-byte detached
// "careround-enrol-v1" || challenge || public key, signed.
QByteArray enrolmentSignature(const QByteArray &challenge, const DeviceKeyPair &keys);
// crypto_box_seal(Ed25519_sign(sk, "careround-escrow-v1" || recordJson) || recordJson, orgKey);
// empty when a key has the wrong size.
QByteArray sealForEscrow(const QByteArray &recordJson, const QByteArray &deviceSecretKey,
                         const QByteArray &escrowPublicKey);
} // namespace DeviceKeys

} // namespace careround::sync
