#include "credentials.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace careround::sync {

namespace {
constexpr qint64 ExpiryMarginMs = 60 * 1000;
}

bool SyncCredentials::accessUsable(qint64 nowMs) const
{
    return !accessToken.isEmpty() && nowMs + ExpiryMarginMs < accessExpiresAtMs;
}

QByteArray SyncCredentials::toJson() const
{
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("device_secret_key"),
                              QString::fromLatin1(deviceSecretKey.toBase64())},
                             {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                             {QStringLiteral("access_expires_at_ms"), double(accessExpiresAtMs)},
                             {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                         })
        .toJson(QJsonDocument::Compact);
}

Result<SyncCredentials> SyncCredentials::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SyncCredentials c;
    c.deviceSecretKey =
        QByteArray::fromBase64(o.value(QLatin1String("device_secret_key")).toString().toLatin1());
    if (c.deviceSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Error {QStringLiteral("device_secret_key"),
                      QStringLiteral("the stored device key is missing or damaged")};
    c.accessToken = o.value(QLatin1String("access_token")).toString().toLatin1();
    c.accessExpiresAtMs = qint64(o.value(QLatin1String("access_expires_at_ms")).toDouble());
    c.refreshToken = o.value(QLatin1String("refresh_token")).toString().toLatin1();
    if (c.refreshToken.isEmpty())
        return Error {QStringLiteral("refresh_token"), QStringLiteral("no refresh token stored")};
    return c;
}

} // namespace careround::sync
