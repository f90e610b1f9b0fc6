// What a failed answer says to the worker, and how it is classified (refresh, sign in, retry).
#include "sync/syncreply.h"
#include <QtTest>

using namespace careround::sync;

Q_DECLARE_METATYPE(careround::sync::SyncReply)

namespace {
SyncReply answer(int status, const QString &code, qint64 retryAfterMs = -1)
{
    SyncReply r;
    r.status = status;
    if (!code.isEmpty())
        r.json.insert(QStringLiteral("error"), code);
    r.json.insert(QStringLiteral("message"), QStringLiteral("server words"));
    r.retryAfterMs = retryAfterMs;
    return r;
}
SyncReply network(SyncReply::Failure failure)
{
    SyncReply r;
    r.failure = failure;
    r.networkError = QStringLiteral("Connection refused");
    return r;
}
} // namespace

class TestSyncWording : public QObject
{
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<SyncReply>("reply");
        QTest::addColumn<QString>("contains");
        QTest::newRow("wrong password") << answer(401, QStringLiteral("invalid_credentials"))
                                        << QStringLiteral("login name or password is not right");
        QTest::newRow("disabled") << answer(401, QStringLiteral("user_disabled"))
                                  << QStringLiteral("disabled");
        QTest::newRow("rate limited 90 s") << answer(429, QStringLiteral("rate_limited"), 90000)
                                           << QStringLiteral("Try again in 2 minutes");
        QTest::newRow("rate limited 1 s") << answer(429, QStringLiteral("rate_limited"), 1000)
                                          << QStringLiteral("Try again in 1 minute");
        QTest::newRow("unreachable") << network(SyncReply::Failure::Unreachable)
                                     << QStringLiteral("cannot be reached (Connection refused)");
        QTest::newRow("certificate") << network(SyncReply::Failure::Certificate)
                                     << QStringLiteral("certificate is not trusted");
        SyncReply cut =
            network(SyncReply::Failure::BadAnswer); // a 200 whose body did not arrive whole
        cut.status = 200;
        QTest::newRow("answer not whole") << cut << QStringLiteral("could not be read whole");
        QTest::newRow("revoked") << answer(403, QStringLiteral("device_revoked"))
                                 << QStringLiteral("withdrawn");
        QTest::newRow("reused refresh") << answer(401, QStringLiteral("refresh_token_reused"))
                                        << QStringLiteral("sign in again");
        QTest::newRow("busy") << answer(503, QStringLiteral("storage_unavailable"))
                              << QStringLiteral("busy");
        QTest::newRow("other refusal") << answer(400, QStringLiteral("invalid_request"))
                                       << QStringLiteral("refused the request: server words");
    }
    void words()
    {
        QFETCH(SyncReply, reply);
        QFETCH(QString, contains);
        const QString text = SyncWording::describe(reply);
        QVERIFY2(text.contains(contains), qPrintable(text));
    }
    void classification_data()
    {
        QTest::addColumn<SyncReply>("reply");
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<bool>("signIn");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("revocation");
        QTest::newRow("expired token")
            << answer(401, QStringLiteral("token_expired")) << true << false << false << false;
        QTest::newRow("unknown token")
            << answer(401, QStringLiteral("invalid_token")) << true << false << false << false;
        QTest::newRow("session ended")
            << answer(401, QStringLiteral("session_revoked")) << false << true << false << false;
        QTest::newRow("revoked") << answer(403, QStringLiteral("device_revoked")) << false << false
                                 << false << true;
        QTest::newRow("rate limited")
            << answer(429, QStringLiteral("rate_limited")) << false << false << true << false;
        QTest::newRow("503") << answer(503, {}) << false << false << true << false;
        QTest::newRow("offline") << network(SyncReply::Failure::Unreachable) << false << false
                                 << true << false;
        QTest::newRow("400") << answer(400, QStringLiteral("invalid_request")) << false << false
                             << false << false;
        SyncReply cut = network(SyncReply::Failure::BadAnswer);
        cut.status = 200;
        QTest::newRow("answer not whole") << cut << false << false << true << false;
    }
    void classification()
    {
        QFETCH(SyncReply, reply);
        QFETCH(bool, refresh);
        QFETCH(bool, signIn);
        QFETCH(bool, transient);
        QFETCH(bool, revocation);
        QCOMPARE(reply.needsRefresh(), refresh);
        QCOMPARE(reply.needsSignIn(), signIn);
        QCOMPARE(reply.isTransient(), transient);
        QCOMPARE(reply.isRevocation(), revocation);
    }
};

QTEST_GUILESS_MAIN(TestSyncWording)
#include "tst_syncwording.moc"
