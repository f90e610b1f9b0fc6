// The real careround-server over HTTPS on both backends: login, enrolment, push/pull, idempotent
// re-push, compression, clock skew, token refresh and replay, revoked device -> wipe, disabled
// user -> 401, rate limiting, bad input -> 4xx with nothing stored, graceful shutdown.
#include "integrationtest.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/uuid7.h"
#include "server/auth/deviceproof.h"
#include "server/http/compression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <csignal>
#include <sodium.h>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerApi : public IntegrationTest
{
    Q_OBJECT
private slots:
    void healthAnswersWithProtocol();
    void enrolPushPullAndIdempotentRepush();
    void compressedPushAndClockSkew();
    void refreshRotatesAndReplayRevokesTheChain();
    void refreshRetryAfterLostAnswerIsTolerated();
    void revokedDeviceIsToldToWipeButEscrowStillDelivers();
    void disabledUserIsRefused();
    void badInputIsRefusedAndNothingStored_data();
    void badInputIsRefusedAndNothingStored();
    void oversizedBodyIs413();
    void loginIsRateLimited();
    void shutdownOnSigtermIsClean();
};

void TestServerApi::healthAnswersWithProtocol()
{
    const ApiReply reply = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QFETCH_GLOBAL(QString, backend);
    QCOMPARE(reply.json.value(QStringLiteral("backend")).toString(), backend);
    QCOMPARE(reply.header("CareRound-Protocol"), QByteArray("1"));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
}

void TestServerApi::enrolPushPullAndIdempotentRepush()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    QVERIFY(!worker.deviceId.isEmpty());
    QString failure;
    QSet<QString> before = pulledIds(worker, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(before.contains(m_world.noteInScope), "the worker's rota person's note is pulled");

    RecordFactory factory(worker.userId, worker.deviceId);
    const Record note = visitNote(factory, m_world.personInScope, m_world.visitInScope,
                                  QStringLiteral("Made tea."));
    ApiReply pushed = pushRecords(worker, {note});
    QVERIFY2(pushed.status == 200, qPrintable(pushed.describe()));
    QJsonObject result = pushed.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    const qint64 seq = result.value(QStringLiteral("seq")).toInteger();
    QVERIFY(seq > 0);

    pushed = pushRecords(worker, {note}); // the same record again (a retry)
    QCOMPARE(pushed.status, 200);
    result = pushed.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(result.value(QStringLiteral("seq")).toInteger(), seq);

    const QSet<QString> after = pulledIds(worker, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(after.contains(note.id));

    // The coordinator sees it exactly once.
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const ApiReply page =
        m_client->get(QStringLiteral("/v1/sync/pull?after=0&limit=5000"), coordinator.accessToken);
    QCOMPARE(page.status, 200);
    int copies = 0;
    for (const QJsonValue &r : page.json.value(QStringLiteral("records")).toArray())
        copies += r.toObject().value(QStringLiteral("id")).toString() == note.id ? 1 : 0;
    QCOMPARE(copies, 1);

    const ApiReply one =
        m_client->get(QStringLiteral("/v1/records/") + note.id, coordinator.accessToken);
    QCOMPARE(one.status, 200);
    QCOMPARE(
        one.json.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString(),
        note.id);
}

void TestServerApi::compressedPushAndClockSkew()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    RecordFactory factory(worker.userId, worker.deviceId);
    QJsonArray records;
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        const Record r = visitNote(factory, m_world.personInScope, m_world.visitInScope,
                                   QStringLiteral("Note %1").arg(i));
        ids << r.id;
        records.append(RecordCodec::toJson(r));
    }
    const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("records"), records}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray gz = http::encodeBody(json, http::ContentCoding::Gzip);
    QVERIFY(gz.size() < json.size());
    const QDateTime deviceTime = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
    const ApiReply reply = m_client->send(
        "POST", QStringLiteral("/v1/sync/push"), gz,
        {{"Authorization", "Bearer " + worker.accessToken},
         {"Content-Encoding", "gzip"},
         {"CareRound-Protocol", "9, 1"},
         {"CareRound-Device-Time", deviceTime.toString(Qt::ISODateWithMs).toLatin1()}});
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json.value(QStringLiteral("accepted")).toInt(), 20);
    QCOMPARE(reply.json.value(QStringLiteral("protocol")).toString(), QStringLiteral("1"));
    const qint64 skew = reply.json.value(QStringLiteral("clock_skew_ms")).toInteger();
    QVERIFY2(qAbs(skew + 24LL * 3600 * 1000) < 60'000, qPrintable(QString::number(skew)));

    // A compressed answer: big pulls come back gzip-encoded (QNetworkAccessManager inflates them).
    const ApiReply page =
        m_client->get(QStringLiteral("/v1/sync/pull?after=0&limit=1000"), worker.accessToken);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Encoding"), QByteArray("gzip"));
    const ApiReply v2 = m_client->send(
        "GET", QStringLiteral("/v1/sync/pull?after=0&limit=10"), {},
        {{"Authorization", "Bearer " + worker.accessToken}, {"CareRound-Protocol", "2, 1"}});
    QCOMPARE(v2.json.value(QStringLiteral("protocol")).toString(), QStringLiteral("2"));
    // A version 2 answer with more to come names the next page in a header, so the device can
    // ask for it before this body has arrived; a version 1 answer does not.
    QVERIFY(v2.json.value(QStringLiteral("has_more")).toBool());
    QCOMPARE(v2.header("CareRound-Pull-Next"),
             QByteArray::number(v2.json.value(QStringLiteral("next_after")).toInteger()));
    const ApiReply v1 = m_client->send(
        "GET", QStringLiteral("/v1/sync/pull?after=0&limit=10"), {},
        {{"Authorization", "Bearer " + worker.accessToken}, {"CareRound-Protocol", "1"}});
    QVERIFY(v1.json.value(QStringLiteral("has_more")).toBool());
    QVERIFY(v1.header("CareRound-Pull-Next").isEmpty());
    const ApiReply last = m_client->send(
        "GET", QStringLiteral("/v1/sync/pull?after=0&limit=5000"), {},
        {{"Authorization", "Bearer " + worker.accessToken}, {"CareRound-Protocol", "2"}});
    QVERIFY(!last.json.value(QStringLiteral("has_more")).toBool());
    QVERIFY(last.header("CareRound-Pull-Next").isEmpty());

    // Protocol 2: the applied cursor may lag the one asked after, never lead it.
    const ApiReply ahead =
        m_client->get(QStringLiteral("/v1/sync/pull?after=3&applied=7"), worker.accessToken);
    QCOMPARE(ahead.status, 400);
    QCOMPARE(ahead.json.value(QStringLiteral("field")).toString(), QStringLiteral("applied"));
}

void TestServerApi::refreshRotatesAndReplayRevokesTheChain()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const auto refresh = [&](const QByteArray &token) {
        return m_client->postJson(QStringLiteral("/v1/auth/refresh"),
                                  {{QStringLiteral("refresh_token"), QString::fromLatin1(token)}});
    };
    const ApiReply first = refresh(worker.refreshToken);
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const QByteArray refresh2 =
        first.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const QByteArray access2 =
        first.json.value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(refresh2 != worker.refreshToken);
    QCOMPARE(m_client->get(QStringLiteral("/v1/me"), access2).status, 200);

    const ApiReply second = refresh(refresh2); // uses the successor: the first token is now history
    QCOMPARE(second.status, 200);
    const QByteArray access3 =
        second.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray refresh3 =
        second.json.value(QStringLiteral("refresh_token")).toString().toLatin1();

    const ApiReply replay = refresh(worker.refreshToken); // stolen old token
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.error(), QStringLiteral("refresh_token_reused"));
    // The whole chain is gone: the newest tokens no longer work either.
    QCOMPARE(m_client->get(QStringLiteral("/v1/me"), access3).status, 401);
    QCOMPARE(refresh(refresh3).status, 401);
    // A made-up token is refused too.
    QCOMPARE(refresh("crr_" + QByteArray(43, 'A')).status, 401);
}

void TestServerApi::refreshRetryAfterLostAnswerIsTolerated()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const auto refresh = [&](const QByteArray &token) {
        return m_client->postJson(QStringLiteral("/v1/auth/refresh"),
                                  {{QStringLiteral("refresh_token"), QString::fromLatin1(token)}});
    };
    const ApiReply lost = refresh(worker.refreshToken); // pretend this answer never arrived
    QCOMPARE(lost.status, 200);
    const ApiReply retry = refresh(worker.refreshToken);
    QVERIFY2(retry.status == 200, qPrintable(retry.describe()));
    // The pair nobody received is retired; the retry's pair works.
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1/me"),
                       lost.json.value(QStringLiteral("access_token")).toString().toLatin1())
                 .status,
             401);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1/me"),
                       retry.json.value(QStringLiteral("access_token")).toString().toLatin1())
                 .status,
             200);
}

void TestServerApi::revokedDeviceIsToldToWipeButEscrowStillDelivers()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    // A device locked out by wrong PINs still delivers its sealed, signed outbox entries.
    RecordFactory factory(worker.userId, worker.deviceId);
    const Record note = visitNote(factory, m_world.personInScope, m_world.visitInScope,
                                  QStringLiteral("Recorded offline."));
    const QByteArray json = RecordCodec::encode(note);
    const QByteArray plain = signDetached(auth::escrowMessage(json), worker.secretKey) + json;
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plain.constData()),
                    static_cast<unsigned long long>(plain.size()),
                    reinterpret_cast<const unsigned char *>(worker.orgEscrowPublicKey.constData()));
    QByteArray tampered = sealed;
    tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 1);
    const auto escrowBody = [&](const QList<QByteArray> &entries) {
        QJsonArray array;
        for (const QByteArray &e : entries)
            array.append(QString::fromLatin1(e.toBase64()));
        return QJsonObject {{QStringLiteral("org_id"), worker.orgId},
                            {QStringLiteral("device_id"), worker.deviceId},
                            {QStringLiteral("entries"), array}};
    };
    const ApiReply escrow =
        m_client->postJson(QStringLiteral("/v1/escrow"), escrowBody({sealed, tampered}));
    QVERIFY2(escrow.status == 200, qPrintable(escrow.describe()));
    const QJsonArray results = escrow.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("accepted"));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(escrow.json.value(QStringLiteral("wipe")).toBool(), false);
    // Delivered again (the answer was lost): a duplicate, never a second copy.
    const ApiReply again = m_client->postJson(QStringLiteral("/v1/escrow"), escrowBody({sealed}));
    QCOMPARE(again.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("duplicate"));

    QByteArray out, err;
    QCOMPARE(ServerProcess::runCli(
                 m_args,
                 {QStringLiteral("revoke-device"), QStringLiteral("--device"), worker.deviceId},
                 &out, &err),
             0);
    const ApiReply pull = m_client->get(QStringLiteral("/v1/sync/pull"), worker.accessToken);
    QCOMPARE(pull.status, 403);
    QCOMPARE(pull.error(), QStringLiteral("device_revoked"));
    QCOMPARE(pull.json.value(QStringLiteral("wipe")).toBool(), true);
    const ApiReply refresh = m_client->postJson(
        QStringLiteral("/v1/auth/refresh"),
        {{QStringLiteral("refresh_token"), QString::fromLatin1(worker.refreshToken)}});
    QCOMPARE(refresh.status, 403);
    QCOMPARE(refresh.json.value(QStringLiteral("wipe")).toBool(), true);
    const ApiReply revokedEscrow =
        m_client->postJson(QStringLiteral("/v1/escrow"), escrowBody({sealed}));
    QCOMPARE(revokedEscrow.status, 403);
    QCOMPARE(revokedEscrow.json.value(QStringLiteral("wipe")).toBool(), true);

    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    QVERIFY(pulledIds(coordinator).contains(note.id));
}

void TestServerApi::disabledUserIsRefused()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/me"), worker.accessToken).status, 200);
    QCOMPARE(ServerProcess::runCli(
                 m_args, {QStringLiteral("disable-user"), QStringLiteral("--user"), worker.userId}),
             0);
    const ApiReply me = m_client->get(QStringLiteral("/v1/me"), worker.accessToken);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.error(), QStringLiteral("user_disabled"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/sync/pull"), worker.accessToken).status, 401);
    const ApiReply again =
        m_client->postJson(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("login"), login(QStringLiteral("worker"))},
                            {QStringLiteral("password"), kPassword}});
    QCOMPARE(again.status, 401);
    QCOMPARE(again.error(), QStringLiteral("user_disabled"));
}

void TestServerApi::badInputIsRefusedAndNothingStored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("extraHeader"); // "Name: value" or empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    const QByteArray none;
    QTest::newRow("malformed json")
        << "/v1/sync/push" << QByteArray("{\"records\": [") << none << 400 << "malformed_json"
        << "body";
    QTest::newRow("not an object")
        << "/v1/sync/push" << QByteArray("[1,2]") << none << 400 << "malformed_json"
        << "body";
    QTest::newRow("records not array")
        << "/v1/sync/push" << QByteArray("{\"records\": 5}") << none << 400 << "invalid_request"
        << "records";
    QTest::newRow("record not object") << "/v1/sync/push" << QByteArray("{\"records\": [\"x\"]}")
                                       << none << 400 << "invalid_request"
                                       << "records[0]";
    QTest::newRow("unknown protocol")
        << "/v1/sync/push" << QByteArray("{\"records\": []}")
        << QByteArray("CareRound-Protocol: 99") << 400 << "unsupported_protocol_version"
        << "CareRound-Protocol";
    QTest::newRow("garbled protocol")
        << "/v1/sync/push" << QByteArray("{\"records\": []}")
        << QByteArray("CareRound-Protocol: one") << 400 << "malformed_protocol_version"
        << "CareRound-Protocol";
    QTest::newRow("bad device time")
        << "/v1/sync/push" << QByteArray("{\"records\": []}")
        << QByteArray("CareRound-Device-Time: yesterday") << 400 << "invalid_device_time"
        << "CareRound-Device-Time";
    QTest::newRow("unknown coding")
        << "/v1/sync/push" << QByteArray("{\"records\": []}") << QByteArray("Content-Encoding: br")
        << 415 << "unsupported_content_encoding"
        << "Content-Encoding";
    QTest::newRow("corrupt gzip") << "/v1/sync/push" << QByteArray("\x1f\x8b\x08garbage")
                                  << QByteArray("Content-Encoding: gzip") << 400 << "malformed_body"
                                  << "body";
    QTest::newRow("login wrong type")
        << "/v1/auth/login" << QByteArray("{\"login\": 5, \"password\": \"x\"}") << none << 400
        << "invalid_request"
        << "login";
    QTest::newRow("enrol short key")
        << "/v1/auth/enrol"
        << QByteArray(
               "{\"enrolment_token\": \"x\", \"public_key\": \"AAAA\", \"signature\": \"AAAA\"}")
        << none << 400 << "invalid_request"
        << "public_key";
    QTest::newRow("refresh missing")
        << "/v1/auth/refresh" << QByteArray("{}") << none << 400 << "invalid_request"
        << "refresh_token";
    QTest::newRow("escrow entries type")
        << "/v1/escrow" << QByteArray("{\"org_id\": \"a\", \"device_id\": \"b\", \"entries\": {}}")
        << none << 400 << "invalid_request"
        << "entries";
}

void TestServerApi::badInputIsRefusedAndNothingStored()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, extraHeader);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QSet<QString> before = pulledIds(coordinator);
    ApiClient::Headers headers {{"Authorization", "Bearer " + coordinator.accessToken}};
    if (!extraHeader.isEmpty()) {
        const qsizetype colon = extraHeader.indexOf(':');
        headers.append({extraHeader.left(colon), extraHeader.mid(colon + 1).trimmed()});
    }
    const ApiReply reply = m_client->send("POST", path, body, headers);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.error(), error);
    QCOMPARE(reply.json.value(QStringLiteral("field")).toString(), field);
    QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(pulledIds(coordinator), before);

    // Unknown versions list what the server speaks.
    if (error == QLatin1String("unsupported_protocol_version"))
        QCOMPARE(reply.json.value(QStringLiteral("supported")).toArray(),
                 (QJsonArray {QStringLiteral("1"), QStringLiteral("2")}));
}

void TestServerApi::oversizedBodyIs413()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const QSet<QString> before = pulledIds(coordinator);
    const QByteArray big = "{\"records\": [\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"]}";
    const ApiReply reply = m_client->send("POST", QStringLiteral("/v1/sync/push"), big,
                                          {{"Authorization", "Bearer " + coordinator.accessToken}});
    QVERIFY2(reply.status == 413, qPrintable(reply.describe()));
    QCOMPARE(reply.error(), QStringLiteral("body_too_large"));
    // A small body that inflates past the limit is refused after decoding (zip bomb).
    const QByteArray bomb =
        http::encodeBody(QByteArray(20 * 1024 * 1024, ' '), http::ContentCoding::Gzip);
    QVERIFY(bomb.size() < 1024 * 1024);
    const ApiReply inflated = m_client->send(
        "POST", QStringLiteral("/v1/sync/push"), bomb,
        {{"Authorization", "Bearer " + coordinator.accessToken}, {"Content-Encoding", "gzip"}});
    QCOMPARE(inflated.status, 413);
    QCOMPARE(pulledIds(coordinator), before);
    // The server is still serving.
    QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
}

void TestServerApi::loginIsRateLimited()
{
    const QString name = login(QStringLiteral("therapist"));
    for (int i = 0; i < 5; ++i) {
        const ApiReply wrong =
            m_client->postJson(QStringLiteral("/v1/auth/login"),
                               {{QStringLiteral("login"), name},
                                {QStringLiteral("password"), QStringLiteral("wrong password")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.error(), QStringLiteral("invalid_credentials"));
    }
    // Even the right password waits now.
    const ApiReply limited = m_client->postJson(
        QStringLiteral("/v1/auth/login"),
        {{QStringLiteral("login"), name}, {QStringLiteral("password"), kPassword}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.error(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    // Other users are not affected.
    QString failure;
    QVERIFY2(enrolDevice(*m_client, login(QStringLiteral("worker")), &failure).has_value(),
             qPrintable(failure));
}

void TestServerApi::shutdownOnSigtermIsClean()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    // Requests in flight when SIGTERM lands are answered before the process exits.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server->certificate()});
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(QUrl(
            QStringLiteral("https://127.0.0.1:%1/v1/sync/pull?limit=5000").arg(m_server->port())));
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + worker.accessToken);
        replies << manager.get(request);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_server->stderrLog().count("\"event\":\"request\"") >= 1, 10000);
    ::kill(static_cast<pid_t>(m_server->process().processId()), SIGTERM);
    QVERIFY(m_server->process().waitForFinished(20000));
    QCOMPARE(m_server->process().exitCode(), 0);
    const QByteArray log = m_server->stderrLog();
    QVERIFY2(log.contains("\"event\":\"shutdown_drained\""), log.right(2000).constData());
    for (QNetworkReply *reply : replies) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Answered in full, or never started (closed before its request was read): never cut.
        QVERIFY2(status == 200 || status == 0, qPrintable(QString::number(status)));
    }
    qDeleteAll(replies);
    // Logs carry no secrets.
    QVERIFY(!log.contains(worker.accessToken));
    QVERIFY(!log.contains(kPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
