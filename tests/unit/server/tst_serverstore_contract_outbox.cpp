// ServerStore contract, part 5: the council notifications outbox (docs/alerts.md), on both
// backends: enqueue is idempotent and moves the cursor in the same transaction; a claim takes a
// row once and schedules its retry; delivered rows are never due again; organisations apart.
#include "tst_serverstore_contract.h"

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

const QDateTime T0 =
    QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00.000Z"), Qt::ISODateWithMs);

CouncilNotification row(const QString &orgId, const QString &alertId, const QString &channel,
                        const QDateTime &at = T0)
{
    return CouncilNotification {alertId + QLatin1Char(':') + channel,
                                orgId,
                                alertId,
                                channel,
                                QByteArrayLiteral("{\"kind\":\"missed_call\"}"),
                                at,
                                0,
                                at,
                                {},
                                {}};
}

QStringList ids(const QList<CouncilNotification> &rows)
{
    QStringList out;
    for (const CouncilNotification &n : rows)
        out.append(n.id);
    return out;
}

} // namespace

void ServerStoreContractTest::outboxEnqueueIsIdempotentAndMovesTheCursor()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const QString org = a.value().org.id;
    QCOMPARE(m_store->notificationCursor(org).value(), 0);

    auto added = m_store->enqueueNotifications(
        org,
        {row(org, QStringLiteral("alert-1"), QStringLiteral("email")),
         row(org, QStringLiteral("alert-1"), QStringLiteral("webhook"))},
        7);
    QVERIFY2(added.ok(), qPrintable(added.error().toString()));
    QCOMPARE(added.value(), 2);
    QCOMPARE(m_store->notificationCursor(org).value(), 7);
    // A second process enqueues the same alert: nothing new; the cursor never goes back.
    added = m_store->enqueueNotifications(
        org, {row(org, QStringLiteral("alert-1"), QStringLiteral("email"))}, 5);
    QCOMPARE(added.value(), 0);
    QCOMPARE(m_store->notificationCursor(org).value(), 7);
    QCOMPARE(m_store->notificationCursor(b.value().org.id).value(), 0);
    QCOMPARE(m_store->notifications(org, 10).value().size(), 2);
    QVERIFY(m_store->notifications(b.value().org.id, 10).value().isEmpty());

    // Bad input: nothing changes.
    CouncilNotification wrongId = row(org, QStringLiteral("alert-2"), QStringLiteral("email"));
    wrongId.id = QStringLiteral("alert-2");
    QCOMPARE(m_store->enqueueNotifications(org, {wrongId}, 9).error().field, QStringLiteral("id"));
    QCOMPARE(m_store
                 ->enqueueNotifications(
                     org, {row(org, QStringLiteral("alert-2"), QStringLiteral("fax"))}, 9)
                 .error()
                 .field,
             QStringLiteral("channel"));
    QCOMPARE(
        m_store
            ->enqueueNotifications(
                org, {row(b.value().org.id, QStringLiteral("alert-2"), QStringLiteral("email"))}, 9)
            .error()
            .field,
        QStringLiteral("orgId"));
    QCOMPARE(m_store->notificationCursor(org).value(), 7);
    QCOMPARE(m_store->notifications(org, 10).value().size(), 2);
}

void ServerStoreContractTest::outboxClaimTakesARowOnceAndSchedulesItsRetry()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const QString org = a.value().org.id;
    QVERIFY(m_store
                ->enqueueNotifications(
                    org,
                    {row(org, QStringLiteral("alert-1"), QStringLiteral("email")),
                     row(org, QStringLiteral("alert-2"), QStringLiteral("email"), T0.addSecs(60))},
                    1)
                .ok());
    QCOMPARE(ids(m_store->dueNotifications(T0.addSecs(-1), 10).value()), QStringList());
    const auto due = m_store->dueNotifications(T0, 10).value();
    QCOMPARE(ids(due), QStringList {QStringLiteral("alert-1:email")});
    QCOMPARE(due.first().payload, QByteArrayLiteral("{\"kind\":\"missed_call\"}"));

    const QString id = due.first().id;
    QVERIFY(m_store->claimNotification(id, T0, T0.addSecs(30)).value());
    // Another process with the same due row loses the claim.
    QVERIFY(!m_store->claimNotification(id, T0, T0.addSecs(30)).value());
    QVERIFY(m_store->finishNotification(id, {}, QStringLiteral("smtp: 451 try later")).ok());
    QCOMPARE(ids(m_store->dueNotifications(T0.addSecs(29), 10).value()), QStringList());
    const auto retry = m_store->dueNotifications(T0.addSecs(30), 10).value();
    QCOMPARE(ids(retry), QStringList {id});
    QCOMPARE(retry.first().attempts, 1);
    QCOMPARE(retry.first().lastError, QStringLiteral("smtp: 451 try later"));

    QVERIFY(m_store->claimNotification(id, T0.addSecs(30), T0.addSecs(90)).value());
    QVERIFY(m_store->finishNotification(id, T0.addSecs(31), {}).ok());
    // Delivered: never due again, state kept for the office.
    QCOMPARE(ids(m_store->dueNotifications(T0.addDays(1), 10).value()),
             QStringList {QStringLiteral("alert-2:email")});
    const auto listed = m_store->notifications(org, 10).value();
    const auto delivered = std::find_if(listed.begin(), listed.end(),
                                        [&](const CouncilNotification &n) { return n.id == id; });
    QVERIFY(delivered != listed.end());
    QCOMPARE(delivered->deliveredAt, T0.addSecs(31));
    QCOMPARE(delivered->attempts, 2);
    QVERIFY(!delivered->nextAttemptAt.isValid());
    QVERIFY(delivered->lastError.isEmpty());
    // A late failure report of an attempt that raced a delivery changes nothing.
    QVERIFY(m_store->finishNotification(id, {}, QStringLiteral("late")).ok());
    const auto afterLate = m_store->notifications(org, 10).value();
    for (const CouncilNotification &n : afterLate)
        if (n.id == id)
            QVERIFY(n.lastError.isEmpty() && n.deliveredAt.isValid());
    QCOMPARE(m_store->dueNotifications(T0, 0).error().field, QStringLiteral("limit"));
}
