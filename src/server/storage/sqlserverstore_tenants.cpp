// Organisations and users.
#include "inputchecks.h"
#include "schema.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Params;
using sql::Row;

namespace rows {

QString userColumns()
{
    return QStringLiteral(
        "id, org_id, role, display_name, login_name, password_hash, disabled, created_at");
}

User user(const Row &row)
{
    User u;
    u.id = row.text(0);
    u.orgId = row.text(1);
    u.role = roleFromName(row.text(2)).value_or(Role::CareWorker);
    u.displayName = row.text(3);
    u.loginName = row.text(4);
    u.passwordHash = row.text(5);
    u.disabled = row.boolean(6);
    u.createdAt = sql::timeFrom(row.text(7));
    return u;
}

} // namespace rows

SqlServerStore::SqlServerStore(std::unique_ptr<sql::ConnectionProvider> provider)
    : m_provider(std::move(provider))
    , m_audit([this](const QList<QList<AuditEntry>> &jobs) -> Result<QList<bool>> {
        QList<AuditEntry> all;
        for (const QList<AuditEntry> &entries : jobs)
            all += entries;
        auto written =
            inTransaction<void>(true, [&](Connection &s) { return insertAudit(s, all); });
        if (!written)
            return written.error();
        return QList<bool>(jobs.size(), true);
    })
{ }

Result<std::optional<User>> findUser(Connection &session, const QString &userId)
{
    auto found = session.query(
        QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(rows::userColumns()), {userId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<User>();
    return std::optional<User>(rows::user(found.value().first()));
}

Result<void> revokeSessionsWhere(Connection &session, const QString &column, const QString &value)
{
    auto changed = session.exec(
        QStringLiteral("UPDATE sessions SET revoked = 1 WHERE %1 = ? AND revoked = 0").arg(column),
        {value});
    if (!changed)
        return changed.error();
    return {};
}

Result<StoreHealth> SqlServerStore::health()
{
    return inTransaction<StoreHealth>(false, [](Connection &s) -> Result<StoreHealth> {
        auto version =
            s.query(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        if (!version)
            return version.error();
        auto seq = s.query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM records"));
        if (!seq)
            return seq.error();
        StoreHealth health;
        health.backend = s.backendName();
        health.schemaVersion =
            version.value().isEmpty() ? 0 : int(version.value().first().int64(0));
        health.latestSeq = seq.value().isEmpty() ? 0 : seq.value().first().int64(0);
        return health;
    });
}

Result<void> SqlServerStore::createOrganisation(const Organisation &org,
                                                const QByteArray &escrowSecretKey)
{
    if (auto r = checks::organisation(org, escrowSecretKey); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto existing =
            s.query(QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {org.id});
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty())
            return Error {QStringLiteral("id"),
                          QStringLiteral("an organisation with this id exists")};
        auto inserted = s.exec(
            QStringLiteral(
                "INSERT INTO organisations (id, name, escrow_public, escrow_secret, created_at) "
                "VALUES (?, ?, ?, ?, ?)"),
            {org.id, org.name.trimmed(), sql::base64Text(org.escrowPublicKey),
             sql::base64Text(escrowSecretKey), sql::timeValue(org.createdAt)});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

namespace {
Organisation organisationFrom(const Row &row)
{
    Organisation org;
    org.id = row.text(0);
    org.name = row.text(1);
    org.escrowPublicKey = sql::fromBase64Text(row.text(2));
    org.createdAt = sql::timeFrom(row.text(3));
    return org;
}
const QString OrgColumns = QStringLiteral("id, name, escrow_public, created_at");
} // namespace

Result<std::optional<Organisation>> SqlServerStore::organisation(const QString &orgId)
{
    return inTransaction<std::optional<Organisation>>(
        false, [&](Connection &s) -> Result<std::optional<Organisation>> {
            auto found =
                s.query(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(OrgColumns),
                        {orgId});
            if (!found)
                return found.error();
            if (found.value().isEmpty())
                return std::optional<Organisation>();
            return std::optional<Organisation>(organisationFrom(found.value().first()));
        });
}

Result<QList<Organisation>> SqlServerStore::organisations()
{
    return inTransaction<QList<Organisation>>(
        false, [&](Connection &s) -> Result<QList<Organisation>> {
            auto found =
                s.query(QStringLiteral("SELECT %1 FROM organisations ORDER BY created_at, id")
                            .arg(OrgColumns));
            if (!found)
                return found.error();
            QList<Organisation> orgs;
            for (const Row &row : found.value())
                orgs.append(organisationFrom(row));
            return orgs;
        });
}

Result<QByteArray> SqlServerStore::escrowSecretKey(const QString &orgId)
{
    return inTransaction<QByteArray>(false, [&](Connection &s) -> Result<QByteArray> {
        auto found = s.query(QStringLiteral("SELECT escrow_secret FROM organisations WHERE id = ?"),
                             {orgId});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Error {QStringLiteral("orgId"), QStringLiteral("no such organisation")};
        return sql::fromBase64Text(found.value().first().text(0));
    });
}

Result<void> SqlServerStore::createUser(const User &user)
{
    if (auto r = checks::user(user); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto org =
            s.query(QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {user.orgId});
        if (!org)
            return org.error();
        if (org.value().isEmpty())
            return Error {QStringLiteral("orgId"), QStringLiteral("no such organisation")};
        auto clash = s.query(
            QStringLiteral("SELECT id, login_name FROM users WHERE id = ? OR login_name = ?"),
            {user.id, user.loginName});
        if (!clash)
            return clash.error();
        for (const Row &row : clash.value()) {
            if (row.text(0) == user.id)
                return Error {QStringLiteral("id"), QStringLiteral("a user with this id exists")};
            return Error {QStringLiteral("loginName"), QStringLiteral("is already taken")};
        }
        const QDateTime created =
            user.createdAt.isValid() ? user.createdAt : QDateTime::currentDateTimeUtc();
        auto inserted = s.exec(
            QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(rows::userColumns()),
            {user.id, user.orgId, roleName(user.role), user.displayName.trimmed(), user.loginName,
             user.passwordHash, sql::flagValue(user.disabled), sql::timeValue(created)});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<std::optional<User>> SqlServerStore::user(const QString &userId)
{
    return inTransaction<std::optional<User>>(false,
                                              [&](Connection &s) { return findUser(s, userId); });
}

Result<std::optional<User>> SqlServerStore::userByLogin(const QString &loginName)
{
    return inTransaction<std::optional<User>>(
        false, [&](Connection &s) -> Result<std::optional<User>> {
            auto found = s.query(QStringLiteral("SELECT %1 FROM users WHERE login_name = ?")
                                     .arg(rows::userColumns()),
                                 {loginName});
            if (!found)
                return found.error();
            if (found.value().isEmpty())
                return std::optional<User>();
            return std::optional<User>(rows::user(found.value().first()));
        });
}

Result<QList<User>> SqlServerStore::usersInOrg(const QString &orgId)
{
    return inTransaction<QList<User>>(false, [&](Connection &s) -> Result<QList<User>> {
        auto found =
            s.query(QStringLiteral("SELECT %1 FROM users WHERE org_id = ? ORDER BY login_name")
                        .arg(rows::userColumns()),
                    {orgId});
        if (!found)
            return found.error();
        QList<User> users;
        for (const Row &row : found.value())
            users.append(rows::user(row));
        return users;
    });
}

Result<void> SqlServerStore::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    if (auto r = checks::passwordHash(passwordHash); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto changed = s.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                              {passwordHash, userId});
        if (!changed)
            return changed.error();
        if (changed.value() == 0)
            return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
        return {};
    });
}

Result<void> SqlServerStore::setUserDisabled(const QString &userId, bool disabled)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto changed = s.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                              {sql::flagValue(disabled), userId});
        if (!changed)
            return changed.error();
        if (changed.value() == 0)
            return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
        if (!disabled)
            return {};
        auto browser = s.exec(
            QStringLiteral("UPDATE office_sessions SET revoked = 1 WHERE user_id = ?"), {userId});
        if (!browser)
            return browser.error();
        return revokeSessionsWhere(s, QStringLiteral("user_id"), userId);
    });
}

} // namespace careround::server
