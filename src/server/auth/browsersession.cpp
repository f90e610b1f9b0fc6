#include "browsersession.h"

#include "secrets.h"

#include <sodium.h>

namespace careround::server::auth {

using http::Failure;
using http::Outcome;

namespace {

constexpr int kMaxCookieHeader = 8192;

Failure notSignedIn(const QString &code, const QString &message)
{
    return Failure {401, code, message, {}, {}, {{"Set-Cookie", BrowserSessions::clearCookie()}}};
}

Failure csrfRefused(const QString &message, const QString &field)
{
    return Failure {403, QStringLiteral("csrf_refused"), message, field, {}, {}};
}

} // namespace

SessionState sessionState(const OfficeSession &session, const QDateTime &now,
                          const BrowserSessionConfig &config)
{
    if (session.revoked)
        return SessionState::Revoked;
    if (now >= session.createdAt.addSecs(config.absoluteTimeoutSeconds))
        return SessionState::AbsoluteExpired;
    if (now >= session.lastSeenAt.addSecs(config.idleTimeoutSeconds))
        return SessionState::IdleExpired;
    return SessionState::Live;
}

BrowserSessions::BrowserSessions(ServerStore &store, BrowserSessionConfig config)
    : m_store(store)
    , m_config(std::move(config))
{
    ensureSodium();
}

Outcome<NewBrowserSession> BrowserSessions::create(const User &user, const QDateTime &now)
{
    NewBrowserSession created;
    created.token = toBase64Url(randomBytes(kTokenRandomBytes));
    created.csrfToken = csrfTokenFor(created.token);
    created.session =
        OfficeSession {tokenHash(created.token), user.id, user.orgId, now, now, false};
    if (!m_store.createOfficeSession(created.session))
        return http::unavailable();
    return created;
}

Outcome<BrowserCaller> BrowserSessions::authenticate(const QByteArray &cookieHeader,
                                                     const QDateTime &now)
{
    const QByteArray token = tokenFromCookieHeader(cookieHeader);
    if (token.isEmpty())
        return notSignedIn(QStringLiteral("not_signed_in"),
                           QStringLiteral("sign in to the office console"));
    const auto found = m_store.officeSession(tokenHash(token));
    if (!found)
        return http::unavailable();
    if (!found.value())
        return notSignedIn(QStringLiteral("session_unknown"),
                           QStringLiteral("this sign-in is not known; sign in again"));
    BrowserCaller caller {{}, *found.value(), token};
    switch (sessionState(caller.session, now, m_config)) {
    case SessionState::Live:
        break;
    case SessionState::Revoked:
        return notSignedIn(QStringLiteral("session_ended"),
                           QStringLiteral("this sign-in has ended; sign in again"));
    case SessionState::IdleExpired:
    case SessionState::AbsoluteExpired:
        m_store.revokeOfficeSession(caller.session.tokenHash);
        return notSignedIn(QStringLiteral("session_expired"),
                           QStringLiteral("this sign-in has timed out; sign in again"));
    }
    const auto user = m_store.user(caller.session.userId);
    if (!user)
        return http::unavailable();
    if (!user.value() || user.value()->disabled || user.value()->orgId != caller.session.orgId) {
        m_store.revokeOfficeSession(caller.session.tokenHash);
        return notSignedIn(QStringLiteral("user_disabled"),
                           QStringLiteral("this account is disabled"));
    }
    caller.user = *user.value();
    if (!m_store.touchOfficeSession(caller.session.tokenHash, now))
        return http::unavailable();
    caller.session.lastSeenAt = now;
    return caller;
}

void BrowserSessions::signOut(const BrowserCaller &caller)
{
    m_store.revokeOfficeSession(caller.session.tokenHash);
}

Outcome<bool> BrowserSessions::checkOrigin(const QByteArray &origin, const QByteArray &host) const
{
    if (origin.isEmpty())
        return csrfRefused(QStringLiteral("a state-changing request must carry an Origin header"),
                           QStringLiteral("Origin"));
    const QByteArray expected = m_config.publicOrigin.isEmpty()
        ? QByteArrayLiteral("https://") + host.trimmed()
        : m_config.publicOrigin.toUtf8();
    if (host.trimmed().isEmpty() && m_config.publicOrigin.isEmpty())
        return csrfRefused(QStringLiteral("the request has no Host header"),
                           QStringLiteral("Host"));
    if (origin.trimmed().toLower() != expected.toLower())
        return csrfRefused(QStringLiteral("the request comes from another origin"),
                           QStringLiteral("Origin"));
    return true;
}

Outcome<bool> BrowserSessions::checkCsrf(const BrowserCaller &caller, const QByteArray &origin,
                                         const QByteArray &host, const QByteArray &csrfHeader) const
{
    if (auto sameOrigin = checkOrigin(origin, host); !sameOrigin)
        return sameOrigin;
    if (csrfHeader.isEmpty()
        || !constantTimeEquals(csrfHeader.trimmed(), csrfTokenFor(caller.token)))
        return csrfRefused(QStringLiteral("send the session's CSRF token in X-CSRF-Token"),
                           QStringLiteral("X-CSRF-Token"));
    return true;
}

QByteArray BrowserSessions::csrfTokenFor(const QByteArray &sessionToken)
{
    ensureSodium();
    static const QByteArray context = QByteArrayLiteral("careround-office-csrf");
    unsigned char out[32];
    const QByteArray key =
        QByteArray::fromRawData(sessionToken.constData(), qMin<qsizetype>(sessionToken.size(), 64));
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(context.constData()),
        static_cast<unsigned long long>(context.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return toBase64Url(QByteArray(reinterpret_cast<const char *>(out), sizeof out));
}

QByteArray BrowserSessions::tokenFromCookieHeader(const QByteArray &cookieHeader)
{
    if (cookieHeader.size() > kMaxCookieHeader)
        return {};
    const QByteArray prefix = QByteArray(kSessionCookieName) + '=';
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray pair = part.trimmed();
        if (!pair.startsWith(prefix))
            continue;
        const QByteArray value = pair.mid(prefix.size());
        // Our tokens are base64url of 32 bytes: anything else is not one of ours.
        if (value.size() != 43
            || !QByteArray::fromBase64Encoding(
                value, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors))
            return {};
        return value;
    }
    return {};
}

QByteArray BrowserSessions::setCookie(const QByteArray &token) const
{
    // No Max-Age: the cookie lasts the browser session; the server enforces both timeouts.
    return QByteArray(kSessionCookieName) + '=' + token
        + "; Secure; HttpOnly; SameSite=Strict; Path=/";
}

QByteArray BrowserSessions::clearCookie()
{
    return QByteArray(kSessionCookieName)
        + "=; Secure; HttpOnly; SameSite=Strict; Path=/; Max-Age=0";
}

QList<QPair<QByteArray, QByteArray>> browserSecurityHeaders()
{
    return {{"Content-Security-Policy",
             "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
             "object-src 'none'; "
             "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "no-referrer"},
            {"X-Content-Type-Options", "nosniff"}};
}

} // namespace careround::server::auth
