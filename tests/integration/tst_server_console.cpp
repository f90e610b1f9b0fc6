// The office console's browser sign-in against the real server, both backends: TOTP enrolment
// and sign-in, refusals and rate limits, care workers and family kept out, the cookie's exact
// attributes, CSRF, idle and absolute expiry on the server's test clock (never a real wait),
// sign-out, disabled users, reports reachable with the cookie and with a device token (audited
// alike), and another organisation's ids answered 404.
#include "integrationtest.h"
#include "officebrowser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerConsole : public IntegrationTest
{
    Q_OBJECT
private slots:
    void signInEnrolsTotpAndSetsAStrictCookie();
    void wrongPasswordOrCodeIsRefusedAndRateLimited();
    void careWorkersAndFamilyCannotSignIn();
    void stateChangesNeedOriginAndCsrfToken();
    void sessionsExpireIdleAndAbsoluteOnTheServerClock();
    void signOutAndDisablingEndTheSession();
    void reportsTakeTheCookieOrTheDeviceTokenAndAuditBoth();
    void anotherOrganisationsIdsAreNotFound();
    void recoveryCodesAndTotpResetByTheAdmin();

protected:
    QStringList extraServerArgs() const override
    {
        return {QStringLiteral("--test-clock-offset-file"), clockFile()};
    }

private:
    QString clockFile() const { return m_dir->filePath(QStringLiteral("clock-offset-ms")); }
    void moveServerClock(qint64 byMs);
    QDateTime serverNow() const
    {
        return QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs());
    }
    // What the server adds to its clock: the file's value (each test's server starts at 0).
    qint64 clockOffsetMs() const;
    BrowserSignIn signInOffice(const QString &key);
    ApiReply whoami(const BrowserSignIn &signIn)
    {
        return m_client->send("GET", QStringLiteral("/v1/office/session"), {},
                              {{"Cookie", signIn.cookie}});
    }
    static void verifySecurityHeaders(const ApiReply &reply);
};

qint64 TestServerConsole::clockOffsetMs() const
{
    QFile file(clockFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

void TestServerConsole::moveServerClock(qint64 byMs)
{
    const qint64 offset = clockOffsetMs() + byMs;
    QFile file(clockFile());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(offset));
}

BrowserSignIn TestServerConsole::signInOffice(const QString &key)
{
    QString failure;
    const auto signIn =
        enrolAndSignIn(*m_client, m_server->port(), login(key), kPassword, serverNow(), &failure);
    if (!signIn) {
        QTest::qFail(qPrintable(key + QStringLiteral(": ") + failure), __FILE__, __LINE__);
        return {};
    }
    return *signIn;
}

void TestServerConsole::verifySecurityHeaders(const ApiReply &reply)
{
    const QByteArray csp = reply.header("Content-Security-Policy");
    QVERIFY2(csp.contains("default-src 'self'"), csp.constData());
    QVERIFY2(csp.contains("frame-ancestors 'none'"), csp.constData());
    QVERIFY2(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp.constData());
    QCOMPARE(reply.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(reply.header("Referrer-Policy"), QByteArray("no-referrer"));
}

void TestServerConsole::signInEnrolsTotpAndSetsAStrictCookie()
{
    const ApiReply offer =
        postSignIn(*m_client, m_server->port(), login(QStringLiteral("coordinator")), kPassword);
    QVERIFY2(offer.status == 200, qPrintable(offer.describe()));
    QCOMPARE(offer.json.value(QStringLiteral("signed_in")).toBool(), false);
    QVERIFY(offer.header("Set-Cookie").isEmpty()); // no session on the password alone
    const QString uri = offer.json.value(QStringLiteral("otpauth_uri")).toString();
    QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/CareRound:"))
                 && uri.contains(QLatin1String("algorithm=SHA1"))
                 && uri.contains(QLatin1String("digits=6"))
                 && uri.contains(QLatin1String("period=30")),
             qPrintable(uri));
    verifySecurityHeaders(offer);

    const QJsonObject confirm {
        {QStringLiteral("enrolment_token"), offer.json.value(QStringLiteral("enrolment_token"))},
        {QStringLiteral("code"), QString::fromLatin1(totpCodeAt(uri, serverNow()))}};
    const ApiReply confirmed =
        m_client->send("POST", QStringLiteral("/v1/office/session/totp/confirm"),
                       QJsonDocument(confirm).toJson(QJsonDocument::Compact),
                       {{"Origin", originFor(m_server->port())}});
    QVERIFY2(confirmed.status == 200, qPrintable(confirmed.describe()));
    static const QRegularExpression exact(QStringLiteral(
        "^__Host-careround_session=[A-Za-z0-9_-]{43}; Secure; HttpOnly; SameSite=Strict; Path=/$"));
    const QByteArray setCookie = confirmed.header("Set-Cookie");
    QVERIFY2(exact.match(QString::fromLatin1(setCookie)).hasMatch(), setCookie.constData());
    QCOMPARE(confirmed.json.value(QStringLiteral("recovery_codes")).toArray().size(), 10);
    QCOMPARE(confirmed.json.value(QStringLiteral("idle_timeout_s")).toInt(), 15 * 60);
    QCOMPARE(confirmed.json.value(QStringLiteral("absolute_timeout_s")).toInt(), 12 * 3600);
    QVERIFY(!confirmed.json.value(QStringLiteral("csrf_token")).toString().isEmpty());
    verifySecurityHeaders(confirmed);

    BrowserSignIn signIn;
    signIn.cookie = setCookie.left(setCookie.indexOf(';'));
    const ApiReply me = whoami(signIn);
    QVERIFY2(me.status == 200, qPrintable(me.describe()));
    const QJsonObject user = me.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("id")).toString(),
             m_world.users.value(QStringLiteral("coordinator")).id);
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
    QCOMPARE(me.json.value(QStringLiteral("csrf_token")),
             confirmed.json.value(QStringLiteral("csrf_token")));
    verifySecurityHeaders(me);

    // Enrolled: the password alone is now refused, and the confirming code cannot sign in again.
    const ApiReply passwordOnly =
        postSignIn(*m_client, m_server->port(), login(QStringLiteral("coordinator")), kPassword);
    QCOMPARE(passwordOnly.error(), QStringLiteral("second_factor_required"));
    const ApiReply replay =
        postSignIn(*m_client, m_server->port(), login(QStringLiteral("coordinator")), kPassword,
                   confirm.value(QStringLiteral("code")).toString().toLatin1());
    QCOMPARE(replay.error(), QStringLiteral("invalid_second_factor"));
    moveServerClock(30'000);
    QString failure;
    const auto again =
        signInWithCode(*m_client, m_server->port(), login(QStringLiteral("coordinator")), kPassword,
                       uri, serverNow(), &failure);
    QVERIFY2(again.has_value(), qPrintable(failure));
    QVERIFY(again->cookie != signIn.cookie); // a new session each sign-in
}

void TestServerConsole::wrongPasswordOrCodeIsRefusedAndRateLimited()
{
    const BrowserSignIn supervisor = signInOffice(QStringLiteral("supervisor"));
    const QString name = login(QStringLiteral("supervisor"));
    moveServerClock(60'000);
    const ApiReply badPassword =
        postSignIn(*m_client, m_server->port(), name, QStringLiteral("not the password"),
                   totpCodeAt(supervisor.otpauthUri, serverNow()));
    QCOMPARE(badPassword.status, 401);
    QCOMPARE(badPassword.error(), QStringLiteral("invalid_credentials"));
    QVERIFY(badPassword.header("Set-Cookie").isEmpty());
    const QByteArray right = totpCodeAt(supervisor.otpauthUri, serverNow());
    const QByteArray wrong = right == "123456" ? "654321" : "123456";
    for (int i = 0; i < 4; ++i) {
        const ApiReply badCode = postSignIn(*m_client, m_server->port(), name, kPassword, wrong);
        QCOMPARE(badCode.status, 401);
        QCOMPARE(badCode.error(), QStringLiteral("invalid_second_factor"));
    }
    // Five failures in a minute: locked out, the right code too.
    const ApiReply limited = postSignIn(*m_client, m_server->port(), name, kPassword, right);
    QVERIFY2(limited.status == 429, qPrintable(limited.describe()));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    QVERIFY(limited.header("Set-Cookie").isEmpty());
    // A malformed code is refused like a wrong one, never a server error.
    moveServerClock(3 * 3600'000);
    const ApiReply odd = postSignIn(*m_client, m_server->port(), login(QStringLiteral("therapist")),
                                    kPassword, "12345\"'<");
    QVERIFY2(odd.status == 200 || odd.status == 401,
             qPrintable(odd.describe())); // not enrolled yet: offered
}

void TestServerConsole::careWorkersAndFamilyCannotSignIn()
{
    for (const QString &key : {QStringLiteral("worker"), QStringLiteral("family")}) {
        const ApiReply refused =
            postSignIn(*m_client, m_server->port(), login(key), kPassword, "123456");
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.error(), QStringLiteral("not_an_office_account"));
        QVERIFY(refused.header("Set-Cookie").isEmpty());
        QVERIFY(!refused.json.contains(QStringLiteral("otpauth_uri")));
    }
    // Their device sign-in is unchanged.
    QVERIFY(!enrol(QStringLiteral("worker")).deviceId.isEmpty());
}

void TestServerConsole::stateChangesNeedOriginAndCsrfToken()
{
    const BrowserSignIn signIn = signInOffice(QStringLiteral("coordinator"));
    const quint16 port = m_server->port();
    const QByteArray body = "{}";
    const QList<QPair<QString, ApiClient::Headers>> refusals {
        {QStringLiteral("no Origin, no token"), {{"Cookie", signIn.cookie}}},
        {QStringLiteral("token, no Origin"),
         {{"Cookie", signIn.cookie}, {"X-CSRF-Token", signIn.csrfToken}}},
        {QStringLiteral("Origin, no token"),
         {{"Cookie", signIn.cookie}, {"Origin", originFor(port)}}},
        {QStringLiteral("other Origin"),
         {{"Cookie", signIn.cookie},
          {"Origin", "https://evil.example"},
          {"X-CSRF-Token", signIn.csrfToken}}},
        {QStringLiteral("wrong token"),
         {{"Cookie", signIn.cookie}, {"Origin", originFor(port)}, {"X-CSRF-Token", "forged"}}},
    };
    for (const auto &[label, headers] : refusals) {
        const ApiReply reply =
            m_client->send("POST", QStringLiteral("/v1/office/session/sign-out"), body, headers);
        QVERIFY2(reply.status == 403 && reply.error() == QLatin1String("csrf_refused"),
                 qPrintable(label + QStringLiteral(": ") + reply.describe()));
        verifySecurityHeaders(reply);
    }
    QCOMPARE(whoami(signIn).status, 200); // none of them signed out
    // Sign-in itself needs the server's own Origin (no login CSRF).
    const ApiReply foreign = m_client->send(
        "POST", QStringLiteral("/v1/office/session"),
        QJsonDocument(QJsonObject {{QStringLiteral("login"), login(QStringLiteral("supervisor"))},
                                   {QStringLiteral("password"), kPassword}})
            .toJson(),
        {{"Origin", "https://evil.example"}});
    QCOMPARE(foreign.status, 403);
    // With both, the change goes through.
    const ApiReply out = m_client->send("POST", QStringLiteral("/v1/office/session/sign-out"), body,
                                        browserHeaders(signIn, port, true));
    QVERIFY2(out.status == 200, qPrintable(out.describe()));
}

void TestServerConsole::sessionsExpireIdleAndAbsoluteOnTheServerClock()
{
    const BrowserSignIn idle = signInOffice(QStringLiteral("coordinator"));
    moveServerClock(15 * 60'000 - 5'000);
    QCOMPARE(whoami(idle).status, 200); // each request restarts the idle window
    moveServerClock(15 * 60'000 - 5'000);
    QCOMPARE(whoami(idle).status, 200);
    moveServerClock(15 * 60'000 + 1'000);
    const ApiReply expired = whoami(idle);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.error(), QStringLiteral("session_expired"));
    QVERIFY(expired.header("Set-Cookie").contains("Max-Age=0"));
    moveServerClock(-(15 * 60'000 + 1'000)); // back in time: it stays ended on the server
    QCOMPARE(whoami(idle).status, 401);

    moveServerClock(60'000);
    QString failure;
    const auto active =
        signInWithCode(*m_client, m_server->port(), login(QStringLiteral("coordinator")), kPassword,
                       idle.otpauthUri, serverNow(), &failure);
    QVERIFY2(active.has_value(), qPrintable(failure));
    // Active every 14 minutes: alive 1 minute before the 12 hours, over at 12 hours.
    qint64 elapsed = 0;
    while (elapsed + 14 * 60'000 < 12 * 3600'000LL - 60'000) {
        moveServerClock(14 * 60'000);
        elapsed += 14 * 60'000;
        QVERIFY2(whoami(*active).status == 200, qPrintable(QString::number(elapsed)));
    }
    moveServerClock(12 * 3600'000LL - 60'000 - elapsed);
    QCOMPARE(whoami(*active).status, 200);
    moveServerClock(61'000);
    QCOMPARE(whoami(*active).error(), QStringLiteral("session_expired"));
}

void TestServerConsole::signOutAndDisablingEndTheSession()
{
    const BrowserSignIn coordinator = signInOffice(QStringLiteral("coordinator"));
    const ApiReply out = m_client->send("POST", QStringLiteral("/v1/office/session/sign-out"), "{}",
                                        browserHeaders(coordinator, m_server->port(), true));
    QCOMPARE(out.status, 200);
    QVERIFY(out.header("Set-Cookie").startsWith("__Host-careround_session=;"));
    QVERIFY(out.header("Set-Cookie").contains("Max-Age=0"));
    // The old cookie is dead on the server, whatever the browser kept.
    QCOMPARE(whoami(coordinator).error(), QStringLiteral("session_ended"));
    QCOMPARE(
        m_client
            ->send("GET", QStringLiteral("/v1/office/visits"), {}, {{"Cookie", coordinator.cookie}})
            .status,
        401);

    const BrowserSignIn supervisor = signInOffice(QStringLiteral("supervisor"));
    QCOMPARE(whoami(supervisor).status, 200);
    QByteArray err;
    QCOMPARE(ServerProcess::runCli(m_args,
                                   {QStringLiteral("disable-user"), QStringLiteral("--login"),
                                    login(QStringLiteral("supervisor"))},
                                   nullptr, &err),
             0);
    QCOMPARE(whoami(supervisor).status, 401);
}

void TestServerConsole::reportsTakeTheCookieOrTheDeviceTokenAndAuditBoth()
{
    const EnrolledDevice device = enrol(QStringLiteral("coordinator"));
    const BrowserSignIn browser = signInOffice(QStringLiteral("coordinator"));
    const QString day = serverNow().toString(QStringLiteral("yyyy-MM-dd"));
    for (const QString &path :
         {QStringLiteral("/v1/office/visits?date=") + day, QStringLiteral("/v1/office/hours"),
          QStringLiteral("/v1/office/spot-checks")}) {
        const ApiReply byDevice = m_client->get(path, device.accessToken);
        const ApiReply byCookie = m_client->send("GET", path, {}, {{"Cookie", browser.cookie}});
        QVERIFY2(byDevice.status == 200, qPrintable(path + byDevice.describe()));
        QVERIFY2(byCookie.status == 200, qPrintable(path + byCookie.describe()));
        verifySecurityHeaders(byCookie);
        QVERIFY(byDevice.header("Content-Security-Policy").isEmpty()); // device answers as before
        QJsonObject a = byDevice.json, b = byCookie.json;
        for (const QString &volatileKey :
             {QStringLiteral("server_time"), QStringLiteral("as_at")}) {
            a.remove(volatileKey);
            b.remove(volatileKey);
        }
        QCOMPARE(b, a);
    }
    // Same authorisation for both: a therapist may not read reports, however signed in.
    const BrowserSignIn therapist = signInOffice(QStringLiteral("therapist"));
    QCOMPARE(
        m_client
            ->send("GET", QStringLiteral("/v1/office/visits"), {}, {{"Cookie", therapist.cookie}})
            .status,
        403);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1/office/visits"),
                       enrol(QStringLiteral("therapist")).accessToken)
                 .status,
             403);
    // A record read through the browser is audited as through the device.
    const ApiReply record =
        m_client->send("GET", QStringLiteral("/v1/office/records/") + m_world.noteInScope, {},
                       {{"Cookie", browser.cookie}});
    QVERIFY2(record.status == 200, qPrintable(record.describe()));
    QCOMPARE(
        m_client
            ->get(QStringLiteral("/v1/office/records/") + m_world.noteInScope, device.accessToken)
            .status,
        200);

    QCOMPARE(m_server->stop(), 0);
    auto store = openWorldStore(m_args);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    AuditQuery query;
    query.orgId = m_world.orgA.id;
    query.actorUserId = browser.userId;
    const auto entries = store.value()->queryAudit(query);
    QVERIFY(entries.ok());
    int browserReports = 0, deviceReports = 0, browserRecordReads = 0, deviceRecordReads = 0;
    for (const AuditEntry &e : entries.value()) {
        const bool fromBrowser = e.deviceId.isEmpty();
        if (e.action == QLatin1String("report.read"))
            ++(fromBrowser ? browserReports : deviceReports);
        if (e.action == QLatin1String("record.read") && e.recordId == m_world.noteInScope)
            ++(fromBrowser ? browserRecordReads : deviceRecordReads);
    }
    QVERIFY2(browserReports > 0 && browserReports == deviceReports,
             qPrintable(QStringLiteral("%1 vs %2").arg(browserReports).arg(deviceReports)));
    QCOMPARE(browserRecordReads, 1);
    QCOMPARE(deviceRecordReads, 1);
    store.value().reset();
}

void TestServerConsole::anotherOrganisationsIdsAreNotFound()
{
    const BrowserSignIn coordinator = signInOffice(QStringLiteral("coordinator"));
    const BrowserSignIn supervisor = signInOffice(QStringLiteral("supervisor"));
    const auto get = [&](const BrowserSignIn &who, const QString &id) {
        return m_client->send("GET", QStringLiteral("/v1/office/records/") + id, {},
                              {{"Cookie", who.cookie}});
    };
    QCOMPARE(get(coordinator, m_world.noteInScope).status, 200);
    for (const BrowserSignIn *who : {&coordinator, &supervisor}) {
        const ApiReply other = get(*who, m_world.noteOrgB);
        QCOMPARE(other.status, 404);
        QVERIFY(!other.json.contains(QStringLiteral("record")));
    }
    QCOMPARE(get(supervisor, m_world.noteOutOfScope).status, 404);
    // B's coordinator sees B's note and not A's.
    const BrowserSignIn coordinatorB = signInOffice(QStringLiteral("coordinatorB"));
    QCOMPARE(get(coordinatorB, m_world.noteOrgB).status, 200);
    QCOMPARE(get(coordinatorB, m_world.noteInScope).status, 404);
    const ApiReply visits = m_client->send("GET", QStringLiteral("/v1/office/visits"), {},
                                           {{"Cookie", coordinatorB.cookie}});
    QCOMPARE(visits.status, 200);
    QVERIFY(!visits.body.contains(m_world.personInScope.toUtf8()));
}

void TestServerConsole::recoveryCodesAndTotpResetByTheAdmin()
{
    const BrowserSignIn first = signInOffice(QStringLiteral("supervisor"));
    const QString name = login(QStringLiteral("supervisor"));
    QCOMPARE(first.recoveryCodes.size(), 10);
    const ApiReply recovered = postSignIn(*m_client, m_server->port(), name, kPassword, {},
                                          first.recoveryCodes.at(0).toLatin1());
    QVERIFY2(recovered.status == 200 && recovered.json.value(QStringLiteral("signed_in")).toBool(),
             qPrintable(recovered.describe()));
    QCOMPARE(recovered.json.value(QStringLiteral("recovery_codes_left")).toInt(), 9);
    QCOMPARE(postSignIn(*m_client, m_server->port(), name, kPassword, {},
                        first.recoveryCodes.at(0).toLatin1())
                 .error(),
             QStringLiteral("invalid_second_factor"));

    // The admin resets the second factor: sessions end, the next sign-in enrols again.
    QCOMPARE(ServerProcess::runCli(
                 m_args, {QStringLiteral("reset-office-2fa"), QStringLiteral("--login"), name}),
             0);
    QCOMPARE(whoami(first).status, 401);
    const ApiReply offer = postSignIn(*m_client, m_server->port(), name, kPassword);
    QCOMPARE(offer.json.value(QStringLiteral("next")).toString(), QStringLiteral("confirm_totp"));
}

QTEST_GUILESS_MAIN(TestServerConsole)
#include "tst_server_console.moc"
