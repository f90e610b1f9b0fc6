#pragma once
// The vault's one file, <directory>/vault.json: everything needed to unwrap the data key, plus
// the wrong-PIN counter. Written whole and atomically (QSaveFile, fsync of the file and of its
// folder), so a crash leaves either the old or the new state, never a mix. A checksum over the
// content tells a damaged file (a flipped bit, a truncated write by other software) from a
// wrong PIN; it is not a secret and does not stop deliberate edits (see docs/key-vault.md).
#include "core/result.h"
#include "kdfparams.h"
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace careround::vault {

struct VaultState
{
    static constexpr int CurrentFormatVersion = 1;
    static constexpr int NonceSize = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    static constexpr int WrappedKeySize = 32 + 16; // data key + Poly1305 tag

    int formatVersion = CurrentFormatVersion;
    KdfParams kdf; // opslimit, memlimit (measuredMs is kept for support)
    QByteArray salt; // 16 bytes, new at every wrap
    QByteArray nonce; // 24 bytes, new at every wrap; empty once wiped
    QByteArray wrappedKey; // AEAD ciphertext of the data key; empty once wiped
    QString platformKeyName; // the key kept in the platform key store; empty = PIN-only wrap
    QString platformNote; // why the wrap is PIN-only, for support staff
    int failures = 0; // consecutive wrong PINs (an attempt counts before it is checked)
    QDateTime lockedUntil; // UTC; invalid when no wait applies
    bool wiped = false;
    QDateTime wipedAt; // UTC
    QDateTime createdAt; // UTC, when this wrap was made (set-up or PIN change)

    bool usesPlatformKey() const { return !platformKeyName.isEmpty(); }
};

class VaultFile
{
public:
    static constexpr auto FileName = "vault.json";
    static constexpr qint64 MaxFileSize = 64 * 1024;

    // std::nullopt when there is no file; a named error (field "vault") when it is damaged.
    static Result<std::optional<VaultState>> read(const QString &path);
    // Replaces the file atomically and durably, readable by this user only.
    static Result<void> write(const QString &path, const VaultState &state);

    // The file's bytes for a state (also used by tests to build deliberately odd files).
    static QByteArray serialize(const VaultState &state);
    static Result<VaultState> parse(const QByteArray &bytes);
    // Recomputes the checksum of a JSON document (for tests that forge well-formed files).
    static QByteArray withFreshChecksum(const QByteArray &json);
};

} // namespace careround::vault
