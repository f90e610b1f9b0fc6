// Office console sign-in: second factors (TOTP, recovery codes) and browser sessions. Token and
// code hashes only; the TOTP secret arrives sealed and is stored as it comes.
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Row;

namespace {

const QString TotpColumns = QStringLiteral("user_id, sealed_secret, confirmed, last_step, "
                                           "enrolment_hash, enrolment_expires_at, created_at");
const QString OfficeSessionColumns =
    QStringLiteral("token_hash, user_id, org_id, created_at, last_seen_at, revoked");

constexpr int kMaxRecoveryCodes = 32;

OfficeTotp totpFrom(const Row &row)
{
    OfficeTotp t;
    t.userId = row.text(0);
    t.sealedSecret = sql::fromBase64Text(row.text(1));
    t.confirmed = row.boolean(2);
    t.lastUsedStep = row.int64(3);
    t.enrolmentHash = QByteArray::fromHex(row.text(4).toLatin1());
    t.enrolmentExpiresAt = sql::timeFrom(row.text(5));
    t.createdAt = sql::timeFrom(row.text(6));
    return t;
}

OfficeSession officeSessionFrom(const Row &row)
{
    OfficeSession s;
    s.tokenHash = QByteArray::fromHex(row.text(0).toLatin1());
    s.userId = row.text(1);
    s.orgId = row.text(2);
    s.createdAt = sql::timeFrom(row.text(3));
    s.lastSeenAt = sql::timeFrom(row.text(4));
    s.revoked = row.boolean(5);
    return s;
}

Result<void> done(const Result<int> &changed)
{
    if (!changed)
        return changed.error();
    return {};
}

Result<void> checkTotp(const OfficeTotp &totp)
{
    if (auto r = checks::id(QStringLiteral("userId"), totp.userId); !r)
        return r;
    if (totp.sealedSecret.isEmpty() || totp.sealedSecret.size() > 512)
        return Error {QStringLiteral("sealedSecret"), QStringLiteral("must be 1 to 512 bytes")};
    if (totp.lastUsedStep < 0)
        return Error {QStringLiteral("lastUsedStep"), QStringLiteral("must not be negative")};
    if (!totp.enrolmentHash.isEmpty()) {
        if (auto r = checks::tokenHash(totp.enrolmentHash); !r)
            return r;
    }
    if (!totp.createdAt.isValid())
        return Error {QStringLiteral("createdAt"), QStringLiteral("is required")};
    return {};
}

} // namespace

Result<void> SqlServerStore::saveOfficeTotp(const OfficeTotp &totp)
{
    if (auto r = checkTotp(totp); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto owner = findUser(s, totp.userId);
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
        if (auto r = done(
                s.exec(QStringLiteral("DELETE FROM office_totp WHERE user_id = ?"), {totp.userId}));
            !r)
            return r;
        if (!totp.confirmed) {
            if (auto r = done(
                    s.exec(QStringLiteral("DELETE FROM office_recovery_codes WHERE user_id = ?"),
                           {totp.userId}));
                !r)
                return r;
        }
        return done(
            s.exec(QStringLiteral("INSERT INTO office_totp (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                       .arg(TotpColumns),
                   {totp.userId, sql::base64Text(totp.sealedSecret), sql::flagValue(totp.confirmed),
                    totp.lastUsedStep, sql::textValue(sql::hexText(totp.enrolmentHash)),
                    sql::timeValue(totp.enrolmentExpiresAt), sql::timeValue(totp.createdAt)}));
    });
}

Result<std::optional<OfficeTotp>> SqlServerStore::officeTotp(const QString &userId)
{
    using Found = std::optional<OfficeTotp>;
    return inTransaction<Found>(false, [&](Connection &s) -> Result<Found> {
        auto found =
            s.query(QStringLiteral("SELECT %1 FROM office_totp WHERE user_id = ?").arg(TotpColumns),
                    {userId});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Found();
        return Found(totpFrom(found.value().first()));
    });
}

Result<bool> SqlServerStore::acceptOfficeTotpStep(const QString &userId, qint64 step)
{
    return inTransaction<bool>(true, [&](Connection &s) -> Result<bool> {
        auto changed =
            s.exec(QStringLiteral("UPDATE office_totp SET last_step = ? "
                                  "WHERE user_id = ? AND confirmed = 1 AND last_step < ?"),
                   {step, userId, step});
        if (!changed)
            return changed.error();
        return changed.value() == 1;
    });
}

Result<void> SqlServerStore::resetOfficeTotp(const QString &userId)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        for (const QString &statement :
             {QStringLiteral("DELETE FROM office_totp WHERE user_id = ?"),
              QStringLiteral("DELETE FROM office_recovery_codes WHERE user_id = ?"),
              QStringLiteral("UPDATE office_sessions SET revoked = 1 WHERE user_id = ?")}) {
            if (auto r = done(s.exec(statement, {userId})); !r)
                return r;
        }
        return {};
    });
}

Result<void> SqlServerStore::setOfficeRecoveryCodes(const QString &userId,
                                                    const QList<QByteArray> &codeHashes)
{
    if (auto r = checks::id(QStringLiteral("userId"), userId); !r)
        return r;
    if (codeHashes.size() > kMaxRecoveryCodes)
        return Error {QStringLiteral("codeHashes"),
                      QStringLiteral("at most %1 codes").arg(kMaxRecoveryCodes)};
    for (const QByteArray &hash : codeHashes) {
        if (auto r = checks::tokenHash(hash); !r)
            return Error {QStringLiteral("codeHashes"), r.error().message};
        if (codeHashes.count(hash) > 1)
            return Error {QStringLiteral("codeHashes"), QStringLiteral("must be distinct")};
    }
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto owner = findUser(s, userId);
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
        if (auto r = done(s.exec(
                QStringLiteral("DELETE FROM office_recovery_codes WHERE user_id = ?"), {userId}));
            !r)
            return r;
        for (const QByteArray &hash : codeHashes) {
            if (auto r = done(s.exec(
                    QStringLiteral(
                        "INSERT INTO office_recovery_codes (user_id, code_hash) VALUES (?, ?)"),
                    {userId, sql::hexText(hash)}));
                !r)
                return r;
        }
        return {};
    });
}

Result<bool> SqlServerStore::useOfficeRecoveryCode(const QString &userId,
                                                   const QByteArray &codeHash, const QDateTime &at)
{
    return inTransaction<bool>(true, [&](Connection &s) -> Result<bool> {
        auto changed =
            s.exec(QStringLiteral("UPDATE office_recovery_codes SET used_at = ? "
                                  "WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"),
                   {sql::timeValue(at), userId, sql::hexText(codeHash)});
        if (!changed)
            return changed.error();
        return changed.value() == 1;
    });
}

Result<int> SqlServerStore::unusedOfficeRecoveryCodes(const QString &userId)
{
    return inTransaction<int>(false, [&](Connection &s) -> Result<int> {
        auto found = s.query(
            QStringLiteral(
                "SELECT count(*) FROM office_recovery_codes WHERE user_id = ? AND used_at IS NULL"),
            {userId});
        if (!found)
            return found.error();
        return int(found.value().value(0).int64(0));
    });
}

Result<void> SqlServerStore::createOfficeSession(const OfficeSession &session)
{
    if (auto r = checks::tokenHash(session.tokenHash); !r)
        return r;
    if (auto r = checks::id(QStringLiteral("userId"), session.userId); !r)
        return r;
    if (!session.createdAt.isValid() || !session.lastSeenAt.isValid())
        return Error {QStringLiteral("createdAt"),
                      QStringLiteral("createdAt and lastSeenAt are required")};
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto owner = findUser(s, session.userId);
        if (!owner)
            return owner.error();
        if (!owner.value() || owner.value()->orgId != session.orgId)
            return Error {QStringLiteral("userId"),
                          QStringLiteral("no such user in this organisation")};
        if (owner.value()->disabled)
            return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
        auto clash = s.query(QStringLiteral("SELECT 1 FROM office_sessions WHERE token_hash = ?"),
                             {sql::hexText(session.tokenHash)});
        if (!clash)
            return clash.error();
        if (!clash.value().isEmpty())
            return Error {QStringLiteral("tokenHash"), QStringLiteral("already stored")};
        return done(
            s.exec(QStringLiteral("INSERT INTO office_sessions (%1) VALUES (?, ?, ?, ?, ?, ?)")
                       .arg(OfficeSessionColumns),
                   {sql::hexText(session.tokenHash), session.userId, session.orgId,
                    sql::timeValue(session.createdAt), sql::timeValue(session.lastSeenAt),
                    sql::flagValue(session.revoked)}));
    });
}

Result<std::optional<OfficeSession>> SqlServerStore::officeSession(const QByteArray &tokenHash)
{
    using Found = std::optional<OfficeSession>;
    if (auto r = checks::tokenHash(tokenHash); !r)
        return r.error();
    return inTransaction<Found>(false, [&](Connection &s) -> Result<Found> {
        auto found = s.query(QStringLiteral("SELECT %1 FROM office_sessions WHERE token_hash = ?")
                                 .arg(OfficeSessionColumns),
                             {sql::hexText(tokenHash)});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Found();
        return Found(officeSessionFrom(found.value().first()));
    });
}

Result<void> SqlServerStore::touchOfficeSession(const QByteArray &tokenHash, const QDateTime &at)
{
    return inTransaction<void>(true, [&](Connection &s) {
        // Never moves backwards: a slow request finishing late must not shorten the idle window.
        return done(s.exec(QStringLiteral("UPDATE office_sessions SET last_seen_at = ? "
                                          "WHERE token_hash = ? AND last_seen_at < ?"),
                           {sql::timeValue(at), sql::hexText(tokenHash), sql::timeValue(at)}));
    });
}

Result<void> SqlServerStore::revokeOfficeSession(const QByteArray &tokenHash)
{
    return inTransaction<void>(true, [&](Connection &s) {
        return done(
            s.exec(QStringLiteral("UPDATE office_sessions SET revoked = 1 WHERE token_hash = ?"),
                   {sql::hexText(tokenHash)}));
    });
}

} // namespace careround::server
