#include "deviceprofile.h"
#include "core/hlc.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <cmath>

namespace careround::store {

namespace {

constexpr int EscrowKeyBytes = 32; // crypto_box_PUBLICKEYBYTES

Error missing(const char *field)
{
    return Error {QString::fromLatin1(field), QStringLiteral("is required")};
}

Result<void> checkId(const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return missing(field);
    if (value.size() > 128 || value.trimmed() != value)
        return Error {QString::fromLatin1(field),
                      QStringLiteral("must be at most 128 characters with no surrounding spaces")};
    return {};
}

} // namespace

QStringList DeviceProfile::roles()
{
    return {QStringLiteral("care_worker"), QStringLiteral("supervisor"),
            QStringLiteral("coordinator"), QStringLiteral("family_member"),
            QStringLiteral("therapist")};
}

Result<void> DeviceProfile::validate() const
{
    const QUrl url(serverUrl, QUrl::StrictMode);
    if (serverUrl.isEmpty())
        return missing("serverUrl");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error {QStringLiteral("serverUrl"), QStringLiteral("must be an https:// address")};
    for (const auto &[field, value] : {std::pair {"orgId", orgId}, std::pair {"userId", userId},
                                       std::pair {"loginName", loginName}}) {
        if (auto checked = checkId(field, value); !checked)
            return checked;
    }
    // The device id names this device's clock, so it must be a valid clock node.
    if (auto checked = checkId("deviceId", deviceId); !checked)
        return checked;
    if (!HlcTimestamp::isValidNode(deviceId))
        return Error {QStringLiteral("deviceId"),
                      QStringLiteral("must use only letters, digits and . _ : @ -")};
    if (!roles().contains(role))
        return Error {QStringLiteral("role"),
                      QStringLiteral("must be one of %1").arg(roles().join(QStringLiteral(", ")))};
    if (displayName.trimmed().isEmpty())
        return missing("displayName");
    if (orgName.trimmed().isEmpty())
        return missing("orgName");
    if (escrowPublicKey.size() != EscrowKeyBytes)
        return Error {QStringLiteral("escrowPublicKey"),
                      QStringLiteral("must be %1 bytes").arg(EscrowKeyBytes)};
    if (!enrolledAt.isValid())
        return missing("enrolledAt");
    if (autoLockMinutes < 1 || autoLockMinutes > MaximumAutoLockMinutes)
        return Error {QStringLiteral("autoLockMinutes"),
                      QStringLiteral("must be a whole number of minutes from 1 to %1")
                          .arg(MaximumAutoLockMinutes)};
    return {};
}

int DeviceProfile::autoLockMinutesFrom(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return DefaultAutoLockMinutes;
    const double minutes = value.toDouble(-1);
    // Not a whole number: out of range on purpose, so validate() names the field.
    return minutes == std::floor(minutes) && minutes >= 0 && minutes <= 1000 ? int(minutes) : -1;
}

QByteArray DeviceProfile::toJson() const
{
    const QJsonObject o {
        {QStringLiteral("serverUrl"), serverUrl},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("orgName"), orgName},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("loginName"), loginName},
        {QStringLiteral("role"), role},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("escrowPublicKey"), QString::fromLatin1(escrowPublicKey.toBase64())},
        {QStringLiteral("enrolledAt"), enrolledAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("autoLockMinutes"), autoLockMinutes},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<DeviceProfile> DeviceProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error {QStringLiteral("profile"),
                      QStringLiteral("the stored device profile is not readable")};
    const QJsonObject o = doc.object();
    auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    DeviceProfile p;
    p.serverUrl = text("serverUrl");
    p.orgId = text("orgId");
    p.orgName = text("orgName");
    p.userId = text("userId");
    p.loginName = text("loginName");
    p.role = text("role");
    p.displayName = text("displayName");
    p.deviceId = text("deviceId");
    p.escrowPublicKey = QByteArray::fromBase64(text("escrowPublicKey").toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
    p.enrolledAt = QDateTime::fromString(text("enrolledAt"), Qt::ISODateWithMs).toUTC();
    p.autoLockMinutes = autoLockMinutesFrom(o.value(QLatin1String("autoLockMinutes")));
    if (auto valid = p.validate(); !valid)
        return valid.error();
    return p;
}

} // namespace careround::store
