#pragma once
// What sync keeps secret in the encrypted store (device_state key "sync.credentials"): the
// device's Ed25519 secret key and the current token pair. The cursor and the list of records the
// server refused are kept beside it under their own "sync." keys.
#include "core/result.h"
#include <QByteArray>
#include <QString>

namespace careround::sync {

namespace SyncStateKey {
inline constexpr char Credentials[] = "sync.credentials";
inline constexpr char Cursor[] = "sync.cursor"; // decimal seq: pull after this
inline constexpr char Rejected[] = "sync.rejected"; // JSON {record id: reason}
} // namespace SyncStateKey

struct SyncCredentials
{
    QByteArray deviceSecretKey; // crypto_sign secret key, 64 bytes
    QByteArray accessToken; // cra_…
    qint64 accessExpiresAtMs = 0; // device clock
    QByteArray refreshToken; // crr_…; rotates at every refresh

    bool accessUsable(qint64 nowMs) const; // present and not within a minute of expiry
    QByteArray toJson() const;
    static Result<SyncCredentials> fromJson(const QByteArray &json);
};

} // namespace careround::sync
