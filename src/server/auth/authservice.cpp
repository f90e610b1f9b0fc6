#include "authservice.h"

#include "core/uuid7.h"
#include "deviceproof.h"
#include "secrets.h"
#include "server/admin/passwordhash.h"

#include <QMutexLocker>
#include <sodium.h>

namespace careround::server::auth {

using http::Failure;
using http::Outcome;

namespace {

const QString kEnrolmentChainPrefix = QStringLiteral("enrolment:");
constexpr qint64 kMinuteMs = 60'000;

Failure
invalidToken(const QString &message = QStringLiteral("the token is not valid; sign in again"))
{
    return Failure {401, QStringLiteral("invalid_token"), message, {},
                    {},  {{"WWW-Authenticate", "Bearer"}}};
}

// Spends the time of a real verification, so an unknown login name is not revealed by speed.
void verifyAgainstDummy(const QByteArray &password)
{
    static const QString dummyHash = [] {
        auto hashed = hashPassword(QString::fromLatin1(randomBytes(16).toHex()));
        return hashed ? hashed.value() : QString();
    }();
    verifyPassword(dummyHash, QString::fromUtf8(password));
}

Failure userDisabled()
{
    return Failure {
        401, QStringLiteral("user_disabled"), QStringLiteral("this account is disabled"), {}, {},
        {}};
}

} // namespace

AuthService::AuthService(ServerStore &store, AuthConfig config)
    : m_store(store)
    , m_config(config)
    , m_backoff(
          RateLimiter::Policy {config.loginFailuresPerMinute, kMinuteMs, kMinuteMs, 60 * kMinuteMs})
{
    ensureSodium();
}

QByteArray AuthService::challengeFor(const QByteArray &enrolmentToken)
{
    ensureSodium();
    const QByteArray input = QByteArrayLiteral("careround-enrol-challenge") + enrolmentToken;
    QByteArray out(kChallengeBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()),
                       static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return out;
}

bool AuthService::isEnrolmentChain(const QString &chainId)
{
    return chainId.startsWith(kEnrolmentChainPrefix);
}

void AuthService::audit(const QString &orgId, const QString &userId, const QString &deviceId,
                        const QString &action, const QDateTime &now, const QString &detail)
{
    AuditEntry entry;
    entry.orgId = orgId;
    entry.actorUserId = userId;
    entry.deviceId = deviceId;
    entry.action = action;
    entry.at = now;
    entry.detail = detail;
    m_store.appendAudit(
        {entry}); // best effort: a failed audit of an auth event must not lock people out
}

qint64 AuthService::loginRetryAfterMs(const QString &loginKey, const QString &ipKey,
                                      const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 wait =
        qMax(m_backoff.retryAfterMs(loginKey, nowMs), m_backoff.retryAfterMs(ipKey, nowMs));
    // The store's counts cover failures seen by other server processes sharing the database.
    const QDateTime windowStart = now.addMSecs(-kMinuteMs);
    const auto loginFailures = m_store.loginFailuresSince(loginKey, windowStart);
    if (loginFailures && loginFailures.value() >= m_config.loginFailuresPerMinute)
        wait = qMax(wait, kMinuteMs);
    const auto ipFailures = m_store.loginFailuresSince(ipKey, windowStart);
    if (ipFailures && ipFailures.value() >= m_config.ipFailuresPerMinute)
        wait = qMax(wait, kMinuteMs);
    return wait;
}

void AuthService::recordLoginFailure(const QString &loginKey, const QString &ipKey,
                                     const QDateTime &now)
{
    m_backoff.recordFailure(loginKey, now.toMSecsSinceEpoch());
    m_store.recordLoginFailure(loginKey, now);
    m_store.recordLoginFailure(ipKey, now);
}

Outcome<LoginOffer> AuthService::login(const QString &loginName, const QByteArray &password,
                                       const QString &remoteIp, const QDateTime &now)
{
    const QString name = loginName.trimmed().toLower();
    const QString loginKey = QStringLiteral("login:") + name;
    const QString ipKey = QStringLiteral("ip:") + remoteIp;
    if (const qint64 wait = loginRetryAfterMs(loginKey, ipKey, now); wait > 0) {
        const qint64 seconds = (wait + 999) / 1000;
        return Failure {429,
                        QStringLiteral("rate_limited"),
                        QStringLiteral("too many failed sign-ins; try again in %1 s").arg(seconds),
                        {},
                        {{QStringLiteral("retry_after_ms"), wait}},
                        {{"Retry-After", QByteArray::number(seconds)}}};
    }

    const auto found = m_store.userByLogin(name);
    if (!found)
        return http::unavailable();
    const Failure badCredentials {401,
                                  QStringLiteral("invalid_credentials"),
                                  QStringLiteral("login name or password is wrong"),
                                  {},
                                  {},
                                  {}};
    if (!found.value()) {
        verifyAgainstDummy(password);
        recordLoginFailure(loginKey, ipKey, now);
        return badCredentials;
    }
    const User user = *found.value();
    if (!verifyPassword(user.passwordHash, QString::fromUtf8(password))) {
        recordLoginFailure(loginKey, ipKey, now);
        audit(user.orgId, user.id, {}, QStringLiteral("auth.login_failed"), now,
              QStringLiteral("ip=%1").arg(remoteIp));
        return badCredentials;
    }
    if (user.disabled)
        return userDisabled();

    m_backoff.recordSuccess(loginKey);
    m_store.clearLoginFailures(loginKey);

    LoginOffer offer;
    offer.user = user;
    offer.enrolmentToken = newToken("cre_");
    offer.challenge = challengeFor(offer.enrolmentToken);
    offer.expiresInSeconds = m_config.enrolmentTtlSeconds;
    Session session;
    session.tokenHash = tokenHash(offer.enrolmentToken);
    session.kind = TokenKind::Access;
    session.userId = user.id;
    session.chainId = kEnrolmentChainPrefix + newUuid7();
    session.issuedAt = now;
    session.expiresAt = now.addSecs(m_config.enrolmentTtlSeconds);
    if (!m_store.createSession(session))
        return http::unavailable();
    audit(user.orgId, user.id, {}, QStringLiteral("auth.login"), now,
          QStringLiteral("ip=%1").arg(remoteIp));
    return offer;
}

Outcome<TokenPair> AuthService::issuePair(const QString &userId, const QString &deviceId,
                                          const QString &chainId, const QDateTime &now)
{
    TokenPair pair;
    pair.accessToken = newToken("cra_");
    pair.refreshToken = newToken("crr_");
    pair.accessExpiresInSeconds = m_config.accessTtlSeconds;
    pair.refreshExpiresInSeconds = m_config.refreshTtlSeconds;
    Session access;
    access.tokenHash = tokenHash(pair.accessToken);
    access.kind = TokenKind::Access;
    access.userId = userId;
    access.deviceId = deviceId;
    access.chainId = chainId;
    access.issuedAt = now;
    access.expiresAt = now.addSecs(m_config.accessTtlSeconds);
    Session refresh = access;
    refresh.tokenHash = tokenHash(pair.refreshToken);
    refresh.kind = TokenKind::Refresh;
    refresh.expiresAt = now.addSecs(m_config.refreshTtlSeconds);
    if (!m_store.createSession(access) || !m_store.createSession(refresh))
        return http::unavailable();
    return pair;
}

Failure AuthService::revokedDeviceFailure(const Device &device, const QDateTime &now)
{
    audit(device.orgId, device.userId, device.id, QStringLiteral("device.revoked_contact"), now);
    return Failure {403,
                    QStringLiteral("device_revoked"),
                    QStringLiteral("this device has been revoked; its data must be wiped"),
                    {},
                    {{QStringLiteral("wipe"), true}},
                    {}};
}

Outcome<Enrolment> AuthService::enrol(const QByteArray &enrolmentToken,
                                      const QByteArray &devicePublicKey,
                                      const QByteArray &signature, const QString &label,
                                      const QDateTime &now)
{
    const QByteArray hash = tokenHash(enrolmentToken);
    const auto found = m_store.session(hash);
    if (!found)
        return http::unavailable();
    const Failure invalid {
        401,
        QStringLiteral("invalid_enrolment_token"),
        QStringLiteral("the enrolment token is unknown, used or expired; sign in again"),
        QStringLiteral("enrolment_token"),
        {},
        {}};
    if (!found.value())
        return invalid;
    const Session session = *found.value();
    if (!isEnrolmentChain(session.chainId) || session.revoked || session.expiresAt <= now
        || !session.deviceId.isEmpty())
        return invalid;

    const auto userFound = m_store.user(session.userId);
    if (!userFound)
        return http::unavailable();
    if (!userFound.value() || userFound.value()->disabled)
        return userDisabled();
    const User user = *userFound.value();

    if (!verifyDeviceSignature(enrolmentMessage(challengeFor(enrolmentToken), devicePublicKey),
                               signature, devicePublicKey))
        return Failure {401,
                        QStringLiteral("invalid_device_proof"),
                        QStringLiteral("the signature does not prove possession of the device key"),
                        QStringLiteral("signature"),
                        {},
                        {}};
    // Single use, whatever happens next.
    if (!m_store.revokeSession(hash))
        return http::unavailable();

    const auto orgFound = m_store.organisation(user.orgId);
    const auto devices = m_store.devicesForUser(user.id);
    if (!orgFound || !orgFound.value() || !devices)
        return http::unavailable();

    Enrolment enrolment;
    enrolment.user = user;
    enrolment.organisation = *orgFound.value();
    for (const Device &existing : devices.value()) {
        if (existing.publicKey != devicePublicKey)
            continue;
        if (existing.revoked)
            return revokedDeviceFailure(existing, now);
        enrolment.device = existing;
        enrolment.reenrolled = true;
    }
    if (!enrolment.reenrolled) {
        Device device;
        device.id = newUuid7();
        device.userId = user.id;
        device.orgId = user.orgId;
        device.publicKey = devicePublicKey;
        device.label = label;
        device.enrolledAt = now;
        device.lastSeenAt = now;
        if (auto stored = m_store.enrolDevice(device); !stored)
            return http::unavailable();
        enrolment.device = device;
    }
    auto pair = issuePair(user.id, enrolment.device.id, newUuid7(), now);
    if (!pair)
        return pair.failure();
    enrolment.tokens = pair.value();
    audit(user.orgId, user.id, enrolment.device.id,
          enrolment.reenrolled ? QStringLiteral("device.reenrol") : QStringLiteral("device.enrol"),
          now);
    return enrolment;
}

Outcome<TokenPair> AuthService::refresh(const QByteArray &refreshToken, const QDateTime &now)
{
    QMutexLocker lock(&m_refreshMutex);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto it = m_recentRotations.begin(); it != m_recentRotations.end();)
        it = nowMs - it->atMs > m_config.refreshRetryGraceMs ? m_recentRotations.erase(it)
                                                             : std::next(it);

    const QByteArray hash = tokenHash(refreshToken);
    const auto found = m_store.session(hash);
    if (!found)
        return http::unavailable();
    if (!found.value() || found.value()->kind != TokenKind::Refresh)
        return invalidToken(QStringLiteral("the refresh token is not valid; sign in again"));
    const Session session = *found.value();

    if (!session.deviceId.isEmpty()) {
        const auto device = m_store.device(session.deviceId);
        if (!device)
            return http::unavailable();
        if (device.value() && device.value()->revoked)
            return revokedDeviceFailure(*device.value(), now);
    }
    const auto user = m_store.user(session.userId);
    if (!user)
        return http::unavailable();
    if (!user.value() || user.value()->disabled)
        return userDisabled();

    if (session.revoked) {
        const auto retry = m_recentRotations.constFind(hash);
        if (retry != m_recentRotations.constEnd()) {
            // A retry after a lost answer: retire the successor nobody received, issue anew.
            m_store.revokeSession(retry->successorAccessHash);
            m_store.revokeSession(retry->successorRefreshHash);
        } else {
            m_store.revokeSessionChain(session.chainId);
            audit(user.value()->orgId, session.userId, session.deviceId,
                  QStringLiteral("auth.refresh_reuse"), now);
            return Failure {
                401,
                QStringLiteral("refresh_token_reused"),
                QStringLiteral("this refresh token was already used; every token of this sign-in "
                               "has been revoked; sign in again"),
                {},
                {},
                {{"WWW-Authenticate", "Bearer"}}};
        }
    } else if (session.expiresAt <= now) {
        return invalidToken(QStringLiteral("the refresh token has expired; sign in again"));
    } else if (!m_store.revokeSession(hash)) {
        return http::unavailable();
    } else {
        // This token's predecessor is now two rotations old: presenting it again is theft, not a
        // retry.
        for (auto it = m_recentRotations.begin(); it != m_recentRotations.end();)
            it = it->successorRefreshHash == hash ? m_recentRotations.erase(it) : std::next(it);
    }

    auto pair = issuePair(session.userId, session.deviceId, session.chainId, now);
    if (!pair)
        return pair.failure();
    m_recentRotations.insert(hash,
                             Rotation {nowMs, tokenHash(pair.value().accessToken),
                                       tokenHash(pair.value().refreshToken)});
    return pair;
}

void AuthService::touchDevice(const QString &deviceId, const QDateTime &now)
{
    {
        QMutexLocker lock(&m_touchMutex);
        qint64 &last = m_lastTouchMs[deviceId];
        if (now.toMSecsSinceEpoch() - last < m_config.deviceTouchIntervalMs)
            return;
        last = now.toMSecsSinceEpoch();
    }
    m_store.touchDevice(deviceId, now);
}

namespace {
// RFC 6750 credentials, exactly: the scheme (any case), one space, a b64token
// (ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/", then optional "=" padding).
bool isBearerCredentials(const QByteArray &header)
{
    if (header.size() < 8 || header.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return false;
    qsizetype i = 7;
    const auto tokenChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    };
    while (i < header.size() && tokenChar(header.at(i)))
        ++i;
    if (i == 7)
        return false;
    while (i < header.size() && header.at(i) == '=')
        ++i;
    return i == header.size();
}
} // namespace

Outcome<Caller> AuthService::authenticate(const QByteArray &authorizationHeader,
                                          const QDateTime &now)
{
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return Failure {401,
                        QStringLiteral("missing_token"),
                        QStringLiteral("send an access token: Authorization: Bearer <token>"),
                        QStringLiteral("Authorization"),
                        {},
                        {{"WWW-Authenticate", "Bearer"}}};
    if (!isBearerCredentials(header) || header.size() > 512)
        return Failure {401,
                        QStringLiteral("invalid_token"),
                        QStringLiteral("expected \"Bearer <token>\""),
                        QStringLiteral("Authorization"),
                        {},
                        {{"WWW-Authenticate", "Bearer"}}};
    const QByteArray token = header.mid(7);
    const auto found = m_store.session(tokenHash(token));
    if (!found)
        return http::unavailable();
    if (!found.value() || found.value()->kind != TokenKind::Access
        || isEnrolmentChain(found.value()->chainId))
        return invalidToken();

    Caller caller;
    caller.session = *found.value();
    // A revoked device learns it must wipe, whatever state its token is in.
    if (!caller.session.deviceId.isEmpty()) {
        const auto device = m_store.device(caller.session.deviceId);
        if (!device)
            return http::unavailable();
        if (!device.value())
            return invalidToken();
        caller.device = *device.value();
        if (caller.device.revoked)
            return revokedDeviceFailure(caller.device, now);
    }
    const auto user = m_store.user(caller.session.userId);
    if (!user)
        return http::unavailable();
    if (!user.value() || user.value()->disabled)
        return userDisabled();
    caller.user = *user.value();
    if (caller.session.revoked)
        return Failure {401,
                        QStringLiteral("session_revoked"),
                        QStringLiteral("this sign-in has ended; sign in again"),
                        {},
                        {},
                        {{"WWW-Authenticate", "Bearer"}}};
    if (caller.session.expiresAt <= now)
        return Failure {401,
                        QStringLiteral("token_expired"),
                        QStringLiteral("the access token has expired; refresh it"),
                        {},
                        {},
                        {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}};
    if (!caller.device.id.isEmpty())
        touchDevice(caller.device.id, now);
    return caller;
}

Outcome<bool> AuthService::logout(const Caller &caller)
{
    if (!m_store.revokeSessionChain(caller.session.chainId))
        return http::unavailable();
    return true;
}

} // namespace careround::server::auth
