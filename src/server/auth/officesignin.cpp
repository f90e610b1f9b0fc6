#include "officesignin.h"

#include "secrets.h"
#include "server/admin/passwordhash.h"
#include "totp.h"

namespace careround::server::auth {

using http::Failure;
using http::Outcome;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr int kRecoveryCodeBytes = 10; // 80 bits: 16 base32 characters

Failure badCredentials()
{
    return Failure {401,
                    QStringLiteral("invalid_credentials"),
                    QStringLiteral("login name or password is wrong"),
                    {},
                    {},
                    {}};
}

Failure badSecondFactor()
{
    return Failure {401,
                    QStringLiteral("invalid_second_factor"),
                    QStringLiteral("the code is wrong, expired or already used"),
                    QStringLiteral("code"),
                    {},
                    {}};
}

Failure badEnrolment()
{
    return Failure {401,
                    QStringLiteral("invalid_enrolment_token"),
                    QStringLiteral("the enrolment is unknown, used or expired; sign in again"),
                    QStringLiteral("enrolment_token"),
                    {},
                    {}};
}

void verifyAgainstDummy(const QByteArray &password)
{
    static const QString dummyHash = [] {
        auto hashed = hashPassword(QString::fromLatin1(randomBytes(16).toHex()));
        return hashed ? hashed.value() : QString();
    }();
    verifyPassword(dummyHash, QString::fromUtf8(password));
}

// "ABCD-EFGH-JKLM-NPQR": what people type back, case and dashes ignored.
QByteArray normalisedRecoveryCode(const QByteArray &code)
{
    QByteArray out;
    for (char c : code) {
        if (c != '-' && c != ' ')
            out.append(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    }
    return out;
}

QByteArray newRecoveryCode()
{
    const QByteArray raw = base32(randomBytes(kRecoveryCodeBytes));
    return raw.mid(0, 4) + '-' + raw.mid(4, 4) + '-' + raw.mid(8, 4) + '-' + raw.mid(12, 4);
}

QString loginKey(const QString &name)
{
    return QStringLiteral("login:") + name;
}
QString ipKey(const QString &ip)
{
    return QStringLiteral("ip:") + ip;
}
QString totpKey(const QString &userId)
{
    return QStringLiteral("office-2fa:") + userId;
}

} // namespace

bool isOfficeRole(Role role)
{
    return role == Role::Coordinator || role == Role::Supervisor || role == Role::Therapist;
}

OfficeSignIn::OfficeSignIn(ServerStore &store, BrowserSessions &sessions, TotpSealer sealer,
                           OfficeSignInConfig config)
    : m_store(store)
    , m_sessions(sessions)
    , m_sealer(std::move(sealer))
    , m_config(std::move(config))
    , m_backoff(RateLimiter::Policy {m_config.loginFailuresPerMinute, kMinuteMs, kMinuteMs,
                                     60 * kMinuteMs})
{ }

QByteArray OfficeSignIn::recoveryCodeHash(const QString &userId, const QByteArray &code)
{
    return QByteArray::fromHex(tokenHash(userId.toUtf8() + ':' + normalisedRecoveryCode(code)));
}

void OfficeSignIn::audit(const User &user, const QString &action, const QDateTime &now,
                         const QString &detail)
{
    AuditEntry entry;
    entry.orgId = user.orgId;
    entry.actorUserId = user.id;
    entry.action = action;
    entry.at = now;
    entry.detail = detail;
    m_store.appendAudit({entry}); // best effort, as for device sign-in
}

Outcome<bool> OfficeSignIn::checkRateLimit(const QStringList &keys, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 wait = 0;
    for (const QString &key : keys) {
        wait = qMax(wait, m_backoff.retryAfterMs(key, nowMs));
        // The store's counts cover failures seen by other server processes (and device sign-in).
        const int allowed = key.startsWith(QLatin1String("ip:")) ? m_config.ipFailuresPerMinute
                                                                 : m_config.loginFailuresPerMinute;
        const auto failures = m_store.loginFailuresSince(key, now.addMSecs(-kMinuteMs));
        if (failures && failures.value() >= allowed)
            wait = qMax(wait, kMinuteMs);
    }
    if (wait <= 0)
        return true;
    const qint64 seconds = (wait + 999) / 1000;
    return Failure {429,
                    QStringLiteral("rate_limited"),
                    QStringLiteral("too many failed sign-ins; try again in %1 s").arg(seconds),
                    {},
                    {{QStringLiteral("retry_after_ms"), wait}},
                    {{"Retry-After", QByteArray::number(seconds)}}};
}

void OfficeSignIn::recordFailure(const QStringList &keys, const QDateTime &now)
{
    for (const QString &key : keys) {
        if (!key.startsWith(QLatin1String("ip:")))
            m_backoff.recordFailure(key, now.toMSecsSinceEpoch());
        m_store.recordLoginFailure(key, now);
    }
}

Outcome<TotpOffer> OfficeSignIn::offerEnrolment(const User &user, const QDateTime &now)
{
    const QByteArray secret = randomBytes(kTotpSecretBytes);
    TotpOffer offer;
    offer.enrolmentToken = user.id.toUtf8() + '.' + toBase64Url(randomBytes(kTokenRandomBytes));
    offer.otpauthUri = otpauthUri(m_config.issuer, user.loginName, secret);
    offer.secretBase32 = base32(secret);
    offer.expiresInSeconds = m_config.enrolmentTtlSeconds;
    OfficeTotp pending {user.id,
                        m_sealer.seal(user.id, secret),
                        false,
                        0,
                        QByteArray::fromHex(tokenHash(offer.enrolmentToken)),
                        now.addSecs(m_config.enrolmentTtlSeconds),
                        now};
    if (!m_store.saveOfficeTotp(pending))
        return http::unavailable();
    audit(user, QStringLiteral("office.totp_offered"), now);
    return offer;
}

Outcome<bool> OfficeSignIn::acceptCode(const User &user, const OfficeTotp &totp,
                                       const QByteArray &code, const QDateTime &now)
{
    const auto secret = m_sealer.open(user.id, totp.sealedSecret);
    if (!secret)
        return Failure {
            503,
            QStringLiteral("second_factor_unreadable"),
            QStringLiteral(
                "the server cannot read this account's authenticator secret (wrong key file); "
                "ask an administrator to reset it"),
            {},
            {},
            {}};
    const auto step = matchTotp(*secret, code.trimmed(), now.toSecsSinceEpoch());
    if (!step)
        return false;
    const auto fresh = m_store.acceptOfficeTotpStep(user.id, *step);
    if (!fresh)
        return http::unavailable();
    return fresh.value();
}

Outcome<bool> OfficeSignIn::acceptSecondFactor(const User &user, const OfficeTotp &totp,
                                               const OfficeCredentials &credentials,
                                               const QDateTime &now)
{
    if (!credentials.code.isEmpty())
        return acceptCode(user, totp, credentials.code, now);
    const auto used = m_store.useOfficeRecoveryCode(
        user.id, recoveryCodeHash(user.id, credentials.recoveryCode), now);
    if (!used)
        return http::unavailable();
    if (used.value())
        audit(user, QStringLiteral("office.recovery_code_used"), now);
    return used.value();
}

Outcome<QList<QByteArray>> OfficeSignIn::issueRecoveryCodes(const User &user)
{
    QList<QByteArray> codes, hashes;
    while (codes.size() < m_config.recoveryCodes) {
        const QByteArray code = newRecoveryCode();
        if (codes.contains(code))
            continue;
        codes.append(code);
        hashes.append(recoveryCodeHash(user.id, code));
    }
    if (!m_store.setOfficeRecoveryCodes(user.id, hashes))
        return http::unavailable();
    return codes;
}

Outcome<OfficeSignInResult> OfficeSignIn::signIn(const OfficeCredentials &credentials,
                                                 const QString &remoteIp, const QDateTime &now)
{
    const QString name = credentials.login.trimmed().toLower();
    const QStringList passwordKeys {loginKey(name), ipKey(remoteIp)};
    if (auto allowed = checkRateLimit(passwordKeys, now); !allowed)
        return allowed.failure();
    const auto found = m_store.userByLogin(name);
    if (!found)
        return http::unavailable();
    if (!found.value()) {
        verifyAgainstDummy(credentials.password);
        recordFailure(passwordKeys, now);
        return badCredentials();
    }
    const User user = *found.value();
    if (!verifyPassword(user.passwordHash, QString::fromUtf8(credentials.password))) {
        recordFailure(passwordKeys, now);
        audit(user, QStringLiteral("office.sign_in_failed"), now,
              QStringLiteral("password; ip=%1").arg(remoteIp));
        return badCredentials();
    }
    if (user.disabled)
        return Failure {401,
                        QStringLiteral("user_disabled"),
                        QStringLiteral("this account is disabled"),
                        {},
                        {},
                        {}};
    if (!isOfficeRole(user.role)) {
        audit(user, QStringLiteral("office.sign_in_refused"), now,
              QStringLiteral("role=%1").arg(roleName(user.role)));
        return Failure {
            403,
            QStringLiteral("not_an_office_account"),
            QStringLiteral("the office console is for coordinators, supervisors and therapists; "
                           "use the CareRound app"),
            {},
            {},
            {}};
    }

    const auto totp = m_store.officeTotp(user.id);
    if (!totp)
        return http::unavailable();
    OfficeSignInResult result;
    result.user = user;
    if (!totp.value() || !totp.value()->confirmed) {
        auto offer = offerEnrolment(user, now);
        if (!offer)
            return offer.failure();
        result.enrolment = offer.value();
        return result;
    }
    if (credentials.code.isEmpty() && credentials.recoveryCode.isEmpty())
        return Failure {
            401,
            QStringLiteral("second_factor_required"),
            QStringLiteral(
                "enter the 6-digit code from your authenticator app, or a recovery code"),
            QStringLiteral("code"),
            {},
            {}};
    const QStringList factorKeys = passwordKeys + QStringList {totpKey(user.id)};
    if (auto allowed = checkRateLimit(factorKeys, now); !allowed)
        return allowed.failure();
    const auto accepted = acceptSecondFactor(user, *totp.value(), credentials, now);
    if (!accepted)
        return accepted.failure();
    if (!accepted.value()) {
        recordFailure(factorKeys, now);
        audit(user, QStringLiteral("office.sign_in_failed"), now,
              QStringLiteral("second factor; ip=%1").arg(remoteIp));
        return badSecondFactor();
    }
    for (const QString &key : {loginKey(name), totpKey(user.id)}) {
        m_backoff.recordSuccess(key);
        m_store.clearLoginFailures(key);
    }
    auto session = m_sessions.create(user, now);
    if (!session)
        return session.failure();
    result.session = session.value();
    const auto left = m_store.unusedOfficeRecoveryCodes(user.id);
    result.recoveryCodesLeft = left ? left.value() : 0;
    audit(user, QStringLiteral("office.sign_in"), now, QStringLiteral("ip=%1").arg(remoteIp));
    return result;
}

Outcome<OfficeSignInResult> OfficeSignIn::confirmTotp(const QByteArray &enrolmentToken,
                                                      const QByteArray &code,
                                                      const QString &remoteIp, const QDateTime &now)
{
    const qsizetype dot = enrolmentToken.indexOf('.');
    if (dot <= 0 || enrolmentToken.size() > 200)
        return badEnrolment();
    const QString userId = QString::fromUtf8(enrolmentToken.left(dot));
    const QStringList keys {ipKey(remoteIp), totpKey(userId)};
    if (auto allowed = checkRateLimit(keys, now); !allowed)
        return allowed.failure();
    const auto user = m_store.user(userId);
    const auto totp = m_store.officeTotp(userId);
    if (!user || !totp)
        return http::unavailable();
    if (!user.value() || !totp.value() || totp.value()->confirmed || user.value()->disabled
        || !isOfficeRole(user.value()->role) || totp.value()->enrolmentExpiresAt <= now
        || !constantTimeEquals(totp.value()->enrolmentHash,
                               QByteArray::fromHex(tokenHash(enrolmentToken)))) {
        recordFailure({ipKey(remoteIp)}, now);
        return badEnrolment();
    }
    const auto secret = m_sealer.open(userId, totp.value()->sealedSecret);
    const auto step =
        secret ? matchTotp(*secret, code.trimmed(), now.toSecsSinceEpoch()) : std::nullopt;
    if (!step) {
        recordFailure(keys, now);
        return badSecondFactor();
    }
    OfficeTotp confirmed = *totp.value();
    confirmed.confirmed = true;
    confirmed.lastUsedStep = *step; // this code may not sign in again
    confirmed.enrolmentHash.clear();
    confirmed.enrolmentExpiresAt = {};
    if (!m_store.saveOfficeTotp(confirmed))
        return http::unavailable();
    OfficeSignInResult result;
    result.user = *user.value();
    auto codes = issueRecoveryCodes(result.user);
    if (!codes)
        return codes.failure();
    result.newRecoveryCodes = codes.value();
    result.recoveryCodesLeft = int(codes.value().size());
    auto session = m_sessions.create(result.user, now);
    if (!session)
        return session.failure();
    result.session = session.value();
    audit(result.user, QStringLiteral("office.totp_enrolled"), now,
          QStringLiteral("ip=%1").arg(remoteIp));
    audit(result.user, QStringLiteral("office.sign_in"), now,
          QStringLiteral("ip=%1").arg(remoteIp));
    return result;
}

Outcome<bool> OfficeSignIn::checkCurrentCode(const User &user, const QByteArray &code,
                                             const QDateTime &now)
{
    const QStringList keys {totpKey(user.id)};
    if (auto allowed = checkRateLimit(keys, now); !allowed)
        return allowed.failure();
    const auto totp = m_store.officeTotp(user.id);
    if (!totp || !totp.value())
        return http::unavailable();
    const auto accepted = acceptCode(user, *totp.value(), code, now);
    if (!accepted)
        return accepted.failure();
    if (!accepted.value()) {
        recordFailure(keys, now);
        return badSecondFactor();
    }
    return true;
}

Outcome<TotpOffer> OfficeSignIn::reenrol(const BrowserCaller &caller, const QByteArray &code,
                                         const QDateTime &now)
{
    if (auto checked = checkCurrentCode(caller.user, code, now); !checked)
        return checked.failure();
    return offerEnrolment(caller.user, now);
}

Outcome<QList<QByteArray>> OfficeSignIn::renewRecoveryCodes(const BrowserCaller &caller,
                                                            const QByteArray &code,
                                                            const QDateTime &now)
{
    if (auto checked = checkCurrentCode(caller.user, code, now); !checked)
        return checked.failure();
    auto codes = issueRecoveryCodes(caller.user);
    if (codes)
        audit(caller.user, QStringLiteral("office.recovery_codes_renewed"), now);
    return codes;
}

} // namespace careround::server::auth
