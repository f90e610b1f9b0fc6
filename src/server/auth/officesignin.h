#pragma once
// Sign-in of office accounts (coordinator, supervisor, therapist) to the browser console:
// login + password (the accounts' Argon2id hashes) + a second factor, a TOTP code or a
// single-use recovery code. An account without a confirmed TOTP is offered an enrolment
// (otpauth:// URI) after its password, confirmed with a first valid code; confirming signs in
// and shows 10 recovery codes once. A code's step is accepted once (no replay). Failures are
// rate limited per login name, per address (shared with device sign-in through the store) and
// per account's second factor. Thread-safe.
#include "browsersession.h"
#include "ratelimiter.h"
#include "totpsealer.h"

namespace careround::server::auth {

struct OfficeSignInConfig
{
    qint64 enrolmentTtlSeconds = 10 * 60;
    int loginFailuresPerMinute = 5;
    int ipFailuresPerMinute = 20;
    int recoveryCodes = 10;
    QString issuer = QStringLiteral("CareRound");
};

struct OfficeCredentials
{
    QString login;
    QByteArray password;
    QByteArray code; // 6-digit TOTP code, or empty
    QByteArray recoveryCode; // or a recovery code
};

struct TotpOffer
{
    QByteArray enrolmentToken; // confirms this enrolment (with a code); single use, short-lived
    QString otpauthUri;
    QByteArray secretBase32; // for typing into an app that cannot scan
    qint64 expiresInSeconds = 0;
};

struct OfficeSignInResult
{
    User user;
    std::optional<TotpOffer> enrolment; // set: no session yet, confirm the enrolment first
    std::optional<NewBrowserSession> session;
    QList<QByteArray> newRecoveryCodes; // only right after an enrolment is confirmed
    int recoveryCodesLeft = 0;
};

bool isOfficeRole(Role role);

class OfficeSignIn
{
public:
    OfficeSignIn(ServerStore &store, BrowserSessions &sessions, TotpSealer sealer,
                 OfficeSignInConfig config = {});

    http::Outcome<OfficeSignInResult> signIn(const OfficeCredentials &credentials,
                                             const QString &remoteIp, const QDateTime &now);
    // Confirms a pending enrolment with its first code: signs in and returns new recovery codes.
    http::Outcome<OfficeSignInResult> confirmTotp(const QByteArray &enrolmentToken,
                                                  const QByteArray &code, const QString &remoteIp,
                                                  const QDateTime &now);
    // A signed-in user replaces their authenticator: needs a current code (or recovery code).
    http::Outcome<TotpOffer> reenrol(const BrowserCaller &caller, const QByteArray &code,
                                     const QDateTime &now);
    // New recovery codes (the old ones stop working); needs a current code.
    http::Outcome<QList<QByteArray>>
    renewRecoveryCodes(const BrowserCaller &caller, const QByteArray &code, const QDateTime &now);

    static QByteArray recoveryCodeHash(const QString &userId, const QByteArray &code);

private:
    http::Outcome<bool> checkRateLimit(const QStringList &keys, const QDateTime &now);
    void recordFailure(const QStringList &keys, const QDateTime &now);
    http::Outcome<TotpOffer> offerEnrolment(const User &user, const QDateTime &now);
    // A TOTP code of a confirmed enrolment, accepted once; false = wrong or replayed.
    http::Outcome<bool> acceptCode(const User &user, const OfficeTotp &totp, const QByteArray &code,
                                   const QDateTime &now);
    http::Outcome<bool> acceptSecondFactor(const User &user, const OfficeTotp &totp,
                                           const OfficeCredentials &credentials,
                                           const QDateTime &now);
    http::Outcome<QList<QByteArray>> issueRecoveryCodes(const User &user);
    // A signed-in user's current authenticator code, rate limited like sign-in (reenrol, renew).
    http::Outcome<bool> checkCurrentCode(const User &user, const QByteArray &code,
                                         const QDateTime &now);
    void audit(const User &user, const QString &action, const QDateTime &now,
               const QString &detail = {});

    ServerStore &m_store;
    BrowserSessions &m_sessions;
    TotpSealer m_sealer;
    OfficeSignInConfig m_config;
    RateLimiter m_backoff;
};

} // namespace careround::server::auth
