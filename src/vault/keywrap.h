#pragma once
// Wrapping the data key: XChaCha20-Poly1305-IETF (libsodium AEAD) under a key-encryption key.
// The associated data binds the file's format version, the Argon2id parameters, the salt and the
// platform-key marker to the ciphertext, so none of them can be swapped (say, to cheaper
// Argon2id parameters, or to "PIN-only") without the unwrap failing.
#include "securekey.h"
#include "vaultfile.h"
#include <QByteArray>

namespace careround::vault {

struct WrappedKey
{
    QByteArray nonce; // random, VaultState::NonceSize bytes
    QByteArray ciphertext; // VaultState::WrappedKeySize bytes
};

// What the AEAD authenticates besides the key: version, kdf params, salt, platform key name.
QByteArray associatedData(const VaultState &state);

// The key-encryption key. PIN-only: the Argon2id output itself. With a platform key:
// BLAKE2b-256 keyed by the platform key over the Argon2id output, so a PIN guess cannot even
// be tested without the platform key store.
SecureKey keyEncryptionKey(const SecureKey &pinKey, const SecureKey *platformKey);

WrappedKey wrapKey(const SecureKey &dataKey, const SecureKey &kek, const QByteArray &ad);
// A null key when authentication fails (wrong PIN, wrong platform key, or tampering).
SecureKey unwrapKey(const QByteArray &nonce, const QByteArray &ciphertext, const SecureKey &kek,
                    const QByteArray &ad);

} // namespace careround::vault
