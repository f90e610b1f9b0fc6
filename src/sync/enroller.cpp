#include "enroller.h"
#include "devicekeys.h"
#include "store/whenfinished.h"
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

Enroller::Enroller(TransportConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(std::make_unique<SyncTransport>(std::move(config)))
{
    m_pool.setMaxThreadCount(1);
}

Enroller::~Enroller()
{
    m_transport.reset();
    m_pool.waitForDone();
}

void Enroller::signIn(const QString &login, const QString &password, const QString &deviceLabel,
                      const QByteArray &existingSecretKey)
{
    if (m_busy)
        return;
    if (login.trimmed().isEmpty()) {
        emit failed(tr("Enter your login name."), QStringLiteral("login"));
        return;
    }
    if (password.isEmpty()) {
        emit failed(tr("Enter your password."), QStringLiteral("password"));
        return;
    }
    m_busy = true;
    const QString name = login.trimmed();
    m_transport->post(
        QStringLiteral("/v1/auth/login"),
        compact({{QStringLiteral("login"), name}, {QStringLiteral("password"), password}}), {},
        [this, name, deviceLabel, existingSecretKey](const SyncReply &reply) {
            if (!reply.ok()) {
                fail(reply);
                return;
            }
            enrol(reply.json, name, deviceLabel, existingSecretKey);
        });
}

void Enroller::enrol(const QJsonObject &offer, const QString &login, const QString &label,
                     const QByteArray &existingSecretKey)
{
    const QByteArray challenge = QByteArray::fromBase64(text(offer, "challenge").toLatin1());
    const QString token = text(offer, "enrolment_token");
    // Key generation and signing are crypto: off the caller's thread.
    const auto signing = QtConcurrent::run(&m_pool, [challenge, existingSecretKey] {
        DeviceKeyPair keys;
        if (existingSecretKey.isEmpty())
            keys = DeviceKeys::generate();
        else
            keys = {DeviceKeys::publicKeyOf(existingSecretKey), existingSecretKey};
        return std::make_pair(keys, DeviceKeys::enrolmentSignature(challenge, keys));
    });
    whenFinished(
        signing, this,
        [this, token, login, label](const std::pair<DeviceKeyPair, QByteArray> &signedKey) {
            const auto &[keys, signature] = signedKey;
            const QJsonObject body {
                {QStringLiteral("enrolment_token"), token},
                {QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64())},
                {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
                {QStringLiteral("label"), label.left(100)},
            };
            m_transport->post(QStringLiteral("/v1/auth/enrol"), compact(body), {},
                              [this, login, secret = keys.secretKey](const SyncReply &reply) {
                                  if (!reply.ok()) {
                                      fail(reply);
                                      return;
                                  }
                                  auto enrolment = readEnrolment(reply.json, login, secret);
                                  m_busy = false;
                                  if (!enrolment) {
                                      emit failed(tr("The server's answer could not be used: %1")
                                                      .arg(enrolment.error().toString()),
                                                  QStringLiteral("server"));
                                      return;
                                  }
                                  emit succeeded(enrolment.value());
                              });
        });
}

Result<Enrolment> Enroller::readEnrolment(const QJsonObject &answer, const QString &login,
                                          const QByteArray &secretKey) const
{
    const QJsonObject user = answer.value(QLatin1String("user")).toObject();
    const QJsonObject org = answer.value(QLatin1String("organisation")).toObject();
    Enrolment e;
    e.reenrolled = answer.value(QLatin1String("reenrolled")).toBool();
    store::DeviceProfile &p = e.profile;
    p.serverUrl = m_transport->config().serverUrl.toString();
    p.orgId = text(org, "id");
    p.orgName = text(org, "name");
    p.userId = text(user, "id");
    p.loginName = login;
    p.role = text(user, "role");
    p.displayName = text(user, "display_name");
    p.deviceId = text(answer, "device_id");
    p.escrowPublicKey = QByteArray::fromBase64(text(org, "escrow_public_key").toLatin1());
    p.enrolledAt = QDateTime::currentDateTimeUtc();
    p.autoLockMinutes =
        store::DeviceProfile::autoLockMinutesFrom(org.value(QLatin1String("auto_lock_minutes")));
    if (auto valid = p.validate(); !valid)
        return valid.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    e.credentials.deviceSecretKey = secretKey;
    e.credentials.accessToken = text(answer, "access_token").toLatin1();
    e.credentials.accessExpiresAtMs =
        now + qint64(answer.value(QLatin1String("access_expires_in")).toDouble()) * 1000;
    e.credentials.refreshToken = text(answer, "refresh_token").toLatin1();
    if (e.credentials.accessToken.isEmpty() || e.credentials.refreshToken.isEmpty())
        return Error {QStringLiteral("access_token"), QStringLiteral("no tokens in the answer")};
    return e;
}

void Enroller::fail(const SyncReply &reply)
{
    m_busy = false;
    QString field;
    if (reply.errorCode() == QLatin1String("invalid_credentials"))
        field = QStringLiteral("password");
    else if (reply.failure != SyncReply::Failure::None)
        field = QStringLiteral("server");
    emit failed(SyncWording::describe(reply), field);
}

} // namespace careround::sync
