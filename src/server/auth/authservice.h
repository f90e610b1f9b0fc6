#pragma once
// Authentication for the sync API (see docs/protocol.md, "Authentication"):
//   login (password, rate limited)  -> a single-use enrolment token + a challenge
//   enrol (device signs the challenge with its Ed25519 key) -> device id, access + refresh tokens
//   refresh (rotating; a replayed refresh token revokes its whole chain)
//   authenticate (bearer access token -> the calling user and device)
// Tokens are stored only as hashes (ServerStore sessions). A revoked device is refused with
// 403 {"error":"device_revoked","wipe":true}; a disabled user with 401 "user_disabled".
// Thread-safe.
#include "ratelimiter.h"
#include "server/http/failure.h"
#include "server/storage/serverstore.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace careround::server::auth {

struct AuthConfig
{
    qint64 accessTtlSeconds = 15 * 60;
    qint64 refreshTtlSeconds = 30LL * 24 * 3600;
    qint64 enrolmentTtlSeconds = 5 * 60;
    int loginFailuresPerMinute = 5; // per login name
    int ipFailuresPerMinute = 20; // per client address (an office NAT holds many workers)
    // A refresh token presented again this soon after its rotation, to this process, is taken as a
    // client retry after a lost response: the unused successor is revoked and a new pair issued.
    qint64 refreshRetryGraceMs = 60'000;
    qint64 deviceTouchIntervalMs = 60'000;
};

struct Caller
{
    User user;
    Device device; // id empty for a session without a device
    Session session;
};

struct LoginOffer
{
    User user;
    QByteArray enrolmentToken;
    QByteArray challenge; // 32 bytes, to be signed by the device key
    qint64 expiresInSeconds = 0;
};

struct TokenPair
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 accessExpiresInSeconds = 0;
    qint64 refreshExpiresInSeconds = 0;
};

struct Enrolment
{
    User user;
    Device device;
    Organisation organisation;
    TokenPair tokens;
    bool reenrolled = false; // the same key was already enrolled for this user
};

class AuthService
{
public:
    explicit AuthService(ServerStore &store, AuthConfig config = {});

    http::Outcome<LoginOffer> login(const QString &loginName, const QByteArray &password,
                                    const QString &remoteIp, const QDateTime &now);
    http::Outcome<Enrolment> enrol(const QByteArray &enrolmentToken,
                                   const QByteArray &devicePublicKey, const QByteArray &signature,
                                   const QString &label, const QDateTime &now);
    http::Outcome<TokenPair> refresh(const QByteArray &refreshToken, const QDateTime &now);
    // Authorization header value ("Bearer <token>") -> caller. Refuses enrolment tokens.
    http::Outcome<Caller> authenticate(const QByteArray &authorizationHeader, const QDateTime &now);
    // Ends the caller's token chain (access and refresh).
    http::Outcome<bool> logout(const Caller &caller);

    // The challenge bound to an enrolment token: BLAKE2b("careround-enrol-challenge" || token).
    static QByteArray challengeFor(const QByteArray &enrolmentToken);
    static bool isEnrolmentChain(const QString &chainId);

private:
    struct Rotation
    {
        qint64 atMs = 0;
        QByteArray successorAccessHash;
        QByteArray successorRefreshHash;
    };
    http::Outcome<TokenPair> issuePair(const QString &userId, const QString &deviceId,
                                       const QString &chainId, const QDateTime &now);
    http::Failure revokedDeviceFailure(const Device &device, const QDateTime &now);
    qint64 loginRetryAfterMs(const QString &loginKey, const QString &ipKey, const QDateTime &now);
    void recordLoginFailure(const QString &loginKey, const QString &ipKey, const QDateTime &now);
    void audit(const QString &orgId, const QString &userId, const QString &deviceId,
               const QString &action, const QDateTime &now, const QString &detail = {});
    void touchDevice(const QString &deviceId, const QDateTime &now);

    ServerStore &m_store;
    AuthConfig m_config;
    RateLimiter m_backoff;
    QMutex m_refreshMutex;
    QHash<QByteArray, Rotation> m_recentRotations; // old refresh hash -> its successor
    QMutex m_touchMutex;
    QHash<QString, qint64> m_lastTouchMs;
};

} // namespace careround::server::auth
