#pragma once
// Who this device belongs to, as enrolment with the server established it: the signed-in user,
// their organisation and role, this device's id, and the organisation's escrow public key (to
// seal outbox entries). Kept in the encrypted store (DeviceStateKey::Profile). No secrets here:
// tokens and the device's signing key are sync's, stored under their own keys.
#include "core/result.h"
#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace careround::store {

struct DeviceProfile
{
    QString serverUrl; // https://… (http:// only for a test server)
    QString orgId;
    QString orgName;
    QString userId; // author of every record made on this device
    QString loginName;
    QString role; // care_worker, supervisor, coordinator, family_member, therapist
    QString displayName; // "Amira Khan"
    QString deviceId; // the server's id for this device; also the clock's node name
    QByteArray escrowPublicKey; // crypto_box public key, 32 bytes
    QDateTime enrolledAt; // UTC
    // The organisation's auto-lock time: minutes without use before the unlocked app locks
    // itself. Optional in the enrolment answer and in profiles stored before it existed.
    int autoLockMinutes = DefaultAutoLockMinutes;

    static constexpr int DefaultAutoLockMinutes = 5;
    static constexpr int MaximumAutoLockMinutes = 60;

    static QStringList roles();
    // A JSON value as auto-lock minutes: absent = the default; anything not a whole number in
    // range comes back out of range, for validate() to refuse.
    static int autoLockMinutesFrom(const QJsonValue &value);
    // Every field present and well formed; the error names the field.
    Result<void> validate() const;
    QByteArray toJson() const;
    static Result<DeviceProfile> fromJson(const QByteArray &json);
    friend bool operator==(const DeviceProfile &, const DeviceProfile &) = default;
};

} // namespace careround::store
