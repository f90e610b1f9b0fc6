// Devices, sessions (token hashes only) and login-failure counters.
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Row;

namespace rows {

QString deviceColumns()
{
    return QStringLiteral(
        "id, user_id, org_id, public_key, label, enrolled_at, revoked, revoked_at, last_seen_at");
}

Device device(const Row &row)
{
    Device d;
    d.id = row.text(0);
    d.userId = row.text(1);
    d.orgId = row.text(2);
    d.publicKey = sql::fromBase64Text(row.text(3));
    d.label = row.text(4);
    d.enrolledAt = sql::timeFrom(row.text(5));
    d.revoked = row.boolean(6);
    d.revokedAt = sql::timeFrom(row.text(7));
    d.lastSeenAt = sql::timeFrom(row.text(8));
    return d;
}

} // namespace rows

namespace {

const QString SessionColumns = QStringLiteral(
    "token_hash, kind, user_id, device_id, chain_id, issued_at, expires_at, revoked");

careround::server::Session sessionFrom(const Row &row)
{
    careround::server::Session s;
    s.tokenHash = QByteArray::fromHex(row.text(0).toLatin1());
    s.kind = row.text(1) == QLatin1String("refresh") ? TokenKind::Refresh : TokenKind::Access;
    s.userId = row.text(2);
    s.deviceId = row.text(3);
    s.chainId = row.text(4);
    s.issuedAt = sql::timeFrom(row.text(5));
    s.expiresAt = sql::timeFrom(row.text(6));
    s.revoked = row.boolean(7);
    return s;
}

Result<void> ignoreCount(Result<int> changed)
{
    if (!changed)
        return changed.error();
    return {};
}

} // namespace

Result<void> SqlServerStore::enrolDevice(const Device &device)
{
    if (auto r = checks::device(device); !r)
        return r;
    return inTransaction<void>(true, [&](sql::Connection &s) -> Result<void> {
        auto owner = findUser(s, device.userId);
        if (!owner)
            return owner.error();
        if (!owner.value() || owner.value()->orgId != device.orgId)
            return Error {QStringLiteral("userId"),
                          QStringLiteral("no such user in this organisation")};
        if (owner.value()->disabled)
            return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
        auto existing = s.query(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {device.id});
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty())
            return Error {QStringLiteral("id"),
                          QStringLiteral("a device with this id is already enrolled")};
        return ignoreCount(
            s.exec(QStringLiteral("INSERT INTO devices (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(rows::deviceColumns()),
                   {device.id, device.userId, device.orgId, sql::base64Text(device.publicKey),
                    sql::textValue(device.label), sql::timeValue(device.enrolledAt),
                    sql::flagValue(device.revoked), sql::timeValue(device.revokedAt),
                    sql::timeValue(device.lastSeenAt)}));
    });
}

Result<std::optional<Device>> SqlServerStore::device(const QString &deviceId)
{
    return inTransaction<std::optional<Device>>(
        false, [&](sql::Connection &s) -> Result<std::optional<Device>> {
            auto found = s.query(
                QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(rows::deviceColumns()),
                {deviceId});
            if (!found)
                return found.error();
            if (found.value().isEmpty())
                return std::optional<Device>();
            return std::optional<Device>(rows::device(found.value().first()));
        });
}

Result<QList<Device>> SqlServerStore::devicesForUser(const QString &userId)
{
    return inTransaction<QList<Device>>(false, [&](sql::Connection &s) -> Result<QList<Device>> {
        auto found = s.query(
            QStringLiteral("SELECT %1 FROM devices WHERE user_id = ? ORDER BY enrolled_at, id")
                .arg(rows::deviceColumns()),
            {userId});
        if (!found)
            return found.error();
        QList<Device> devices;
        for (const Row &row : found.value())
            devices.append(rows::device(row));
        return devices;
    });
}

Result<void> SqlServerStore::revokeDevice(const QString &deviceId, const QDateTime &at)
{
    return inTransaction<void>(true, [&](sql::Connection &s) -> Result<void> {
        auto changed =
            s.exec(QStringLiteral("UPDATE devices SET revoked = 1, revoked_at = "
                                  "coalesce(revoked_at, ?) WHERE id = ?"),
                   {sql::timeValue(at.isValid() ? at : QDateTime::currentDateTimeUtc()), deviceId});
        if (!changed)
            return changed.error();
        if (changed.value() == 0)
            return Error {QStringLiteral("deviceId"), QStringLiteral("no such device")};
        return revokeSessionsWhere(s, QStringLiteral("device_id"), deviceId);
    });
}

Result<void> SqlServerStore::touchDevice(const QString &deviceId, const QDateTime &lastSeenAt)
{
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return ignoreCount(
            s.exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"),
                   {sql::timeValue(lastSeenAt), deviceId}));
    });
}

Result<void> SqlServerStore::createSession(const careround::server::Session &session)
{
    if (auto r = checks::session(session); !r)
        return r;
    return inTransaction<void>(true, [&](sql::Connection &s) -> Result<void> {
        auto owner = findUser(s, session.userId);
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error {QStringLiteral("userId"), QStringLiteral("no such user")};
        if (owner.value()->disabled)
            return Error {QStringLiteral("userId"), QStringLiteral("the user is disabled")};
        if (!session.deviceId.isEmpty()) {
            auto device =
                s.query(QStringLiteral("SELECT user_id, revoked FROM devices WHERE id = ?"),
                        {session.deviceId});
            if (!device)
                return device.error();
            if (device.value().isEmpty() || device.value().first().text(0) != session.userId)
                return Error {QStringLiteral("deviceId"),
                              QStringLiteral("no such device of this user")};
            if (device.value().first().boolean(1))
                return Error {QStringLiteral("deviceId"), QStringLiteral("the device is revoked")};
        }
        auto clash = s.query(QStringLiteral("SELECT 1 FROM sessions WHERE token_hash = ?"),
                             {sql::hexText(session.tokenHash)});
        if (!clash)
            return clash.error();
        if (!clash.value().isEmpty())
            return Error {QStringLiteral("tokenHash"), QStringLiteral("already stored")};
        return ignoreCount(
            s.exec(QStringLiteral("INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(SessionColumns),
                   {sql::hexText(session.tokenHash),
                    session.kind == TokenKind::Refresh ? QStringLiteral("refresh")
                                                       : QStringLiteral("access"),
                    session.userId, sql::textValue(session.deviceId),
                    sql::textValue(session.chainId), sql::timeValue(session.issuedAt),
                    sql::timeValue(session.expiresAt), sql::flagValue(session.revoked)}));
    });
}

Result<std::optional<careround::server::Session>>
SqlServerStore::session(const QByteArray &tokenHash)
{
    using Found = std::optional<careround::server::Session>;
    if (auto r = checks::tokenHash(tokenHash); !r)
        return r.error();
    return inTransaction<Found>(false, [&](sql::Connection &s) -> Result<Found> {
        auto found = s.query(
            QStringLiteral("SELECT %1 FROM sessions WHERE token_hash = ?").arg(SessionColumns),
            {sql::hexText(tokenHash)});
        if (!found)
            return found.error();
        if (found.value().isEmpty())
            return Found();
        return Found(sessionFrom(found.value().first()));
    });
}

Result<void> SqlServerStore::revokeSession(const QByteArray &tokenHash)
{
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return revokeSessionsWhere(s, QStringLiteral("token_hash"), sql::hexText(tokenHash));
    });
}

Result<void> SqlServerStore::revokeSessionChain(const QString &chainId)
{
    if (chainId.isEmpty())
        return Error {QStringLiteral("chainId"), QStringLiteral("is required")};
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return revokeSessionsWhere(s, QStringLiteral("chain_id"), chainId);
    });
}

Result<void> SqlServerStore::revokeSessionsForUser(const QString &userId)
{
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return revokeSessionsWhere(s, QStringLiteral("user_id"), userId);
    });
}

Result<void> SqlServerStore::revokeSessionsForDevice(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return Error {QStringLiteral("deviceId"), QStringLiteral("is required")};
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return revokeSessionsWhere(s, QStringLiteral("device_id"), deviceId);
    });
}

Result<int> SqlServerStore::deleteExpiredSessions(const QDateTime &now)
{
    return inTransaction<int>(true, [&](sql::Connection &s) {
        return s.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"),
                      {sql::timeValue(now)});
    });
}

Result<void> SqlServerStore::recordLoginFailure(const QString &key, const QDateTime &at)
{
    if (auto r = checks::text(QStringLiteral("key"), key, 300); !r)
        return r;
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return ignoreCount(
            s.exec(QStringLiteral("INSERT INTO login_failures (key, at) VALUES (?, ?)"),
                   {key, sql::timeValue(at)}));
    });
}

Result<int> SqlServerStore::loginFailuresSince(const QString &key, const QDateTime &since)
{
    return inTransaction<int>(false, [&](sql::Connection &s) -> Result<int> {
        auto found =
            s.query(QStringLiteral("SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?"),
                    {key, sql::timeValue(since)});
        if (!found)
            return found.error();
        return int(found.value().value(0).int64(0));
    });
}

Result<void> SqlServerStore::clearLoginFailures(const QString &key)
{
    return inTransaction<void>(true, [&](sql::Connection &s) {
        return ignoreCount(
            s.exec(QStringLiteral("DELETE FROM login_failures WHERE key = ?"), {key}));
    });
}

} // namespace careround::server
