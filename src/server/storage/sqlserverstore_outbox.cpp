// The council notifications outbox (docs/alerts.md, "Council notifications"): durable rows the
// sender takes one attempt at a time, and the per-organisation cursor of alerts already turned
// into rows. Both backends run these statements unchanged (no UPSERT in SQLite 3.15).
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Row;

namespace {

constexpr int MaxPayloadBytes = 16 * 1024;
constexpr int MaxErrorLength = 500;
constexpr int MaxListed = 1000;

const QString Columns = QStringLiteral("id, org_id, alert_id, channel, payload, created_at, "
                                       "attempts, next_attempt_at, delivered_at, last_error");

CouncilNotification notificationFrom(const Row &row)
{
    CouncilNotification n;
    n.id = row.text(0);
    n.orgId = row.text(1);
    n.alertId = row.text(2);
    n.channel = row.text(3);
    n.payload = row.text(4).toUtf8();
    n.createdAt = sql::timeFrom(row.text(5));
    n.attempts = int(row.int64(6));
    n.nextAttemptAt = row.isNull(7) ? QDateTime() : sql::timeFrom(row.text(7));
    n.deliveredAt = row.isNull(8) ? QDateTime() : sql::timeFrom(row.text(8));
    n.lastError = row.text(9);
    return n;
}

Result<void> checkNotification(const QString &orgId, const CouncilNotification &n)
{
    if (auto r = checks::id(QStringLiteral("id"), n.id); !r)
        return r;
    if (auto r = checks::id(QStringLiteral("alertId"), n.alertId); !r)
        return r;
    if (n.orgId != orgId)
        return Error {QStringLiteral("orgId"), QStringLiteral("must be the organisation's")};
    if (n.channel != QLatin1String("email") && n.channel != QLatin1String("webhook"))
        return Error {QStringLiteral("channel"), QStringLiteral("must be email or webhook")};
    if (n.id != n.alertId + QLatin1Char(':') + n.channel)
        return Error {QStringLiteral("id"), QStringLiteral("must be alertId:channel")};
    if (n.payload.isEmpty() || n.payload.size() > MaxPayloadBytes)
        return Error {QStringLiteral("payload"),
                      QStringLiteral("must be 1 to %1 bytes").arg(MaxPayloadBytes)};
    if (!n.createdAt.isValid() || !n.nextAttemptAt.isValid())
        return Error {QStringLiteral("createdAt"),
                      QStringLiteral("createdAt and nextAttemptAt are required")};
    return {};
}

} // namespace

Result<qint64> SqlServerStore::notificationCursor(const QString &orgId)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    return inTransaction<qint64>(false, [&](Connection &s) -> Result<qint64> {
        auto found =
            s.query(QStringLiteral("SELECT after_seq FROM council_outbox_cursor WHERE org_id = ?"),
                    {orgId});
        if (!found)
            return found.error();
        return found.value().isEmpty() ? qint64(0) : found.value().first().int64(0);
    });
}

Result<int> SqlServerStore::enqueueNotifications(const QString &orgId,
                                                 const QList<CouncilNotification> &notifications,
                                                 qint64 cursorSeq)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    if (cursorSeq < 0)
        return Error {QStringLiteral("cursorSeq"), QStringLiteral("must not be negative")};
    for (const CouncilNotification &n : notifications)
        if (auto r = checkNotification(orgId, n); !r)
            return r.error();
    return inTransaction<int>(true, [&](Connection &s) -> Result<int> {
        int added = 0;
        for (const CouncilNotification &n : notifications) {
            auto inserted =
                s.exec(QStringLiteral("INSERT INTO council_outbox (id, org_id, alert_id, channel, "
                                      "payload, created_at, attempts, next_attempt_at, last_error) "
                                      "SELECT ?, ?, ?, ?, ?, ?, 0, ?, '' WHERE NOT EXISTS "
                                      "(SELECT 1 FROM council_outbox WHERE id = ?)"),
                       {n.id, orgId, n.alertId, n.channel, QString::fromUtf8(n.payload),
                        sql::timeValue(n.createdAt), sql::timeValue(n.nextAttemptAt), n.id});
            if (!inserted)
                return inserted.error();
            added += inserted.value();
        }
        auto moved = s.exec(QStringLiteral("UPDATE council_outbox_cursor SET after_seq = ? "
                                           "WHERE org_id = ? AND after_seq < ?"),
                            {cursorSeq, orgId, cursorSeq});
        if (!moved)
            return moved.error();
        auto created =
            s.exec(QStringLiteral("INSERT INTO council_outbox_cursor (org_id, "
                                  "after_seq) SELECT ?, ? WHERE NOT EXISTS "
                                  "(SELECT 1 FROM council_outbox_cursor WHERE org_id = ?)"),
                   {orgId, cursorSeq, orgId});
        if (!created)
            return created.error();
        return added;
    });
}

Result<QList<CouncilNotification>> SqlServerStore::dueNotifications(const QDateTime &now, int limit)
{
    if (!now.isValid())
        return Error {QStringLiteral("now"), QStringLiteral("is required")};
    if (limit < 1 || limit > MaxListed)
        return Error {QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(MaxListed)};
    return inTransaction<QList<CouncilNotification>>(
        false, [&](Connection &s) -> Result<QList<CouncilNotification>> {
            auto found = s.query(QStringLiteral("SELECT %1 FROM council_outbox WHERE "
                                                "next_attempt_at IS NOT NULL AND "
                                                "next_attempt_at <= ? ORDER BY next_attempt_at, "
                                                "id LIMIT ?")
                                     .arg(Columns),
                                 {sql::timeValue(now), qint64(limit)});
            if (!found)
                return found.error();
            QList<CouncilNotification> due;
            for (const Row &row : found.value())
                due.append(notificationFrom(row));
            return due;
        });
}

Result<bool> SqlServerStore::claimNotification(const QString &id, const QDateTime &due,
                                               const QDateTime &retryAt)
{
    if (auto r = checks::id(QStringLiteral("id"), id); !r)
        return r.error();
    if (!due.isValid() || !retryAt.isValid())
        return Error {QStringLiteral("retryAt"), QStringLiteral("due and retryAt are required")};
    return inTransaction<bool>(true, [&](Connection &s) -> Result<bool> {
        auto claimed = s.exec(QStringLiteral("UPDATE council_outbox SET attempts = attempts + 1, "
                                             "next_attempt_at = ? WHERE id = ? AND "
                                             "next_attempt_at = ?"),
                              {sql::timeValue(retryAt), id, sql::timeValue(due)});
        if (!claimed)
            return claimed.error();
        return claimed.value() == 1;
    });
}

Result<void> SqlServerStore::finishNotification(const QString &id, const QDateTime &deliveredAt,
                                                const QString &error)
{
    if (auto r = checks::id(QStringLiteral("id"), id); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto done = deliveredAt.isValid()
            ? s.exec(QStringLiteral("UPDATE council_outbox SET delivered_at = ?, "
                                    "next_attempt_at = NULL, last_error = '' WHERE id = ? AND "
                                    "delivered_at IS NULL"),
                     {sql::timeValue(deliveredAt), id})
            : s.exec(QStringLiteral("UPDATE council_outbox SET last_error = ? WHERE id = ? AND "
                                    "delivered_at IS NULL"),
                     {error.left(MaxErrorLength), id});
        if (!done)
            return done.error();
        return {};
    });
}

Result<QList<CouncilNotification>> SqlServerStore::notifications(const QString &orgId, int limit)
{
    if (auto r = checks::id(QStringLiteral("orgId"), orgId); !r)
        return r.error();
    if (limit < 1 || limit > MaxListed)
        return Error {QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(MaxListed)};
    return inTransaction<QList<CouncilNotification>>(
        false, [&](Connection &s) -> Result<QList<CouncilNotification>> {
            auto found = s.query(QStringLiteral("SELECT %1 FROM council_outbox WHERE org_id = ? "
                                                "ORDER BY created_at DESC, id LIMIT ?")
                                     .arg(Columns),
                                 {orgId, qint64(limit)});
            if (!found)
                return found.error();
            QList<CouncilNotification> listed;
            for (const Row &row : found.value())
                listed.append(notificationFrom(row));
            return listed;
        });
}

} // namespace careround::server
