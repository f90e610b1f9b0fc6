#include "councilnotifier.h"

#include "core/recordtypes.h"
#include "curltransport.h"
#include "noticemessages.h"
#include "server/http/jsonlog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careround::server::notify {

namespace {

constexpr qint64 FirstRetrySeconds = 30;
constexpr qint64 MaxRetrySeconds = 3600;
constexpr int AlertPage = 500;

QList<Record> relatedRecords(ServerStore &store, const QString &orgId, const Record &alert)
{
    QList<Record> related;
    const QJsonArray ids = alert.payload.value(QLatin1String("relatedRecordIds")).toArray();
    for (const QJsonValue &id : ids) {
        auto found = store.record(orgId, id.toString());
        if (found && found.value())
            related.append(found.value()->record);
    }
    return related;
}

} // namespace

CouncilNotifier::CouncilNotifier(ServerStore &store, CouncilConfig config, Clock clock)
    : m_store(store)
    , m_config(std::move(config))
    , m_clock(std::move(clock))
{ }

qint64 CouncilNotifier::backoffSeconds(int attemptsSoFar)
{
    qint64 wait = FirstRetrySeconds;
    for (int i = 0; i < attemptsSoFar && wait < MaxRetrySeconds; ++i)
        wait *= 2;
    return std::min(wait, MaxRetrySeconds);
}

Result<int> CouncilNotifier::enqueue(const QString &orgId)
{
    const QStringList channels = m_config.channelsFor(orgId);
    auto cursor = m_store.notificationCursor(orgId);
    if (!cursor)
        return cursor.error();
    int added = 0;
    qint64 after = cursor.value();
    for (;;) {
        RecordQuery query;
        query.orgId = orgId;
        query.afterSeq = after;
        query.allPersons = true;
        query.types = {QString::fromLatin1(RecordType::Alert)};
        query.limit = AlertPage;
        auto page = m_store.queryRecords(query);
        if (!page)
            return page.error();
        QList<CouncilNotification> rows;
        const QDateTime now = m_clock();
        for (const StoredRecord &stored : page.value().records) {
            const auto notice =
                councilNotice(stored.record, relatedRecords(m_store, orgId, stored.record));
            if (!notice)
                continue;
            const QByteArray payload =
                QJsonDocument(councilNoticeJson(*notice)).toJson(QJsonDocument::Compact);
            for (const QString &channel : channels)
                rows.append(CouncilNotification {stored.record.id + QLatin1Char(':') + channel,
                                                 orgId,
                                                 stored.record.id,
                                                 channel,
                                                 payload,
                                                 now,
                                                 0,
                                                 now,
                                                 {},
                                                 {}});
        }
        const qint64 next = std::max(after, page.value().nextAfterSeq);
        if (rows.isEmpty() && next == after)
            return added;
        auto stored = m_store.enqueueNotifications(orgId, rows, next);
        if (!stored)
            return stored.error();
        added += stored.value();
        after = next;
        if (!page.value().more)
            return added;
    }
}

Result<void> CouncilNotifier::deliver(const CouncilNotification &notification, const QDateTime &now)
{
    const auto council = m_config.councils.constFind(notification.orgId);
    if (council == m_config.councils.constEnd())
        return Error {QStringLiteral("council"),
                      QStringLiteral("no council configured for this organisation")};
    const auto notice =
        councilNoticeFromJson(QJsonDocument::fromJson(notification.payload).object());
    if (!notice)
        return Error {QStringLiteral("payload"), QStringLiteral("not a council notice")};
    if (notification.channel == QLatin1String("email")) {
        if (council->email.isEmpty())
            return Error {QStringLiteral("email"), QStringLiteral("no address configured")};
        return sendMail(m_config.smtp, council->email,
                        emailMessage(notification, *notice, m_config.smtp, *council, now));
    }
    if (council->webhookUrl.isEmpty())
        return Error {QStringLiteral("webhook"), QStringLiteral("no webhook configured")};
    return postWebhook(council->webhookUrl, council->caFile,
                       webhookHeaders(notification, council->webhookSecret, now),
                       notification.payload);
}

Result<NotifierPass> CouncilNotifier::runPass()
{
    NotifierPass pass;
    for (auto it = m_config.councils.constBegin(); it != m_config.councils.constEnd(); ++it) {
        auto added = enqueue(it.key());
        if (!added)
            return added.error();
        pass.enqueued += added.value();
    }
    const QDateTime now = m_clock();
    auto due = m_store.dueNotifications(now, BatchSize);
    if (!due)
        return due.error();
    pass.moreDue = due.value().size() == BatchSize;
    for (const CouncilNotification &n : due.value()) {
        const QDateTime retryAt = now.addSecs(backoffSeconds(n.attempts));
        auto claimed = m_store.claimNotification(n.id, n.nextAttemptAt, retryAt);
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            continue; // another process took it
        const auto sent = deliver(n, now);
        if (sent) {
            ++pass.delivered;
            if (auto r = m_store.finishNotification(n.id, m_clock(), {}); !r)
                return r.error();
            continue;
        }
        ++pass.failed;
        http::JsonLog::warning(QStringLiteral("council_notification_failed"),
                               {{QStringLiteral("id"), n.id},
                                {QStringLiteral("attempt"), n.attempts + 1},
                                {QStringLiteral("retry_at"), retryAt.toString(Qt::ISODate)},
                                {QStringLiteral("detail"), sent.error().toString().left(200)}});
        if (auto r = m_store.finishNotification(n.id, {}, sent.error().toString()); !r)
            return r.error();
    }
    return pass;
}

} // namespace careround::server::notify
