#pragma once
// Ed25519 proofs from a device: possession of the device key at enrolment (a signature over a
// server challenge) and authorship of sealed escrow entries. Messages carry a domain prefix so
// a signature made for one purpose is useless for another.
#include <QByteArray>

namespace careround::server::auth {

inline constexpr int kDevicePublicKeyBytes = 32;
inline constexpr int kDeviceSignatureBytes = 64;
inline constexpr int kChallengeBytes = 32;

// "careround-enrol-v1" || challenge (32 bytes) || device public key (32 bytes)
QByteArray enrolmentMessage(const QByteArray &challenge, const QByteArray &devicePublicKey);
// "careround-escrow-v1" || record JSON bytes exactly as sealed
QByteArray escrowMessage(const QByteArray &recordJson);

bool verifyDeviceSignature(const QByteArray &message, const QByteArray &signature,
                           const QByteArray &publicKey);

} // namespace careround::server::auth
