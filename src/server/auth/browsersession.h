#pragma once
// Browser sessions of the office console (docs/office.md, "Security model"): a random 256-bit
// token in the cookie `__Host-careround_session` (Secure, HttpOnly, SameSite=Strict, Path=/),
// stored as its hash; idle timeout 15 minutes and absolute 12 hours, both on the server's clock;
// CSRF protection for every state-changing request: the Origin must be the server's own and the
// X-CSRF-Token header must carry the token derived from the session. Thread-safe.
#include "server/http/failure.h"
#include "server/storage/serverstore.h"

#include <QDateTime>

namespace careround::server::auth {

inline constexpr char kSessionCookieName[] = "__Host-careround_session";

struct BrowserSessionConfig
{
    qint64 idleTimeoutSeconds = 15 * 60;
    qint64 absoluteTimeoutSeconds = 12 * 3600;
    // The console's origin ("https://office.example.org"); empty = "https://" + the Host header.
    QString publicOrigin;
};

enum class SessionState { Live, Revoked, IdleExpired, AbsoluteExpired };
// Live while now < lastSeenAt + idle AND now < createdAt + absolute.
SessionState sessionState(const OfficeSession &session, const QDateTime &now,
                          const BrowserSessionConfig &config);

struct BrowserCaller
{
    User user;
    OfficeSession session;
    QByteArray token; // the cookie's value
};

struct NewBrowserSession
{
    QByteArray token;
    QByteArray csrfToken;
    OfficeSession session;
};

class BrowserSessions
{
public:
    BrowserSessions(ServerStore &store, BrowserSessionConfig config);
    const BrowserSessionConfig &config() const { return m_config; }

    http::Outcome<NewBrowserSession> create(const User &user, const QDateTime &now);
    // The Cookie header -> the signed-in office user; refreshes the idle timeout. 401 when
    // missing, unknown, ended, expired or the user is disabled (an expired session is ended).
    http::Outcome<BrowserCaller> authenticate(const QByteArray &cookieHeader, const QDateTime &now);
    void signOut(const BrowserCaller &caller);

    // Origin only (sign-in has no session yet); `host` is the request's Host header.
    http::Outcome<bool> checkOrigin(const QByteArray &origin, const QByteArray &host) const;
    // Origin and X-CSRF-Token, for every state-changing request of a signed-in browser.
    http::Outcome<bool> checkCsrf(const BrowserCaller &caller, const QByteArray &origin,
                                  const QByteArray &host, const QByteArray &csrfHeader) const;

    // Derived from the session token, so nothing more is stored and a reload can ask for it again.
    static QByteArray csrfTokenFor(const QByteArray &sessionToken);
    // The cookie's value in a Cookie header, or empty.
    static QByteArray tokenFromCookieHeader(const QByteArray &cookieHeader);
    QByteArray setCookie(const QByteArray &token) const; // Set-Cookie value
    static QByteArray clearCookie(); // Set-Cookie value that removes it

private:
    ServerStore &m_store;
    BrowserSessionConfig m_config;
};

// Headers every answer to a browser carries: strict CSP, no framing, no referrer.
QList<QPair<QByteArray, QByteArray>> browserSecurityHeaders();

} // namespace careround::server::auth
