// The office console's sign-in rules: HOTP/TOTP against the RFC test vectors, the session
// timeouts on both sides of each bound (the test's clock, never a real wait), cookies and CSRF,
// and OfficeSignIn's enrolment, replay, recovery and rate limits on a real store of each backend.
#include "server/admin/passwordhash.h"
#include "server/auth/browsersession.h"
#include "server/auth/officesignin.h"
#include "server/auth/secrets.h"
#include "server/auth/totp.h"
#include "storetestsupport.h"

#include <QUrlQuery>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::auth;
using namespace careround::server::test;

namespace {

const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kIp = QStringLiteral("192.0.2.7");

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

// The current code of an otpauth:// URI's secret at `now`.
QByteArray codeFor(const QString &otpauthUri, const QDateTime &now)
{
    const QByteArray secret = *fromBase32(
        QUrlQuery(QUrl(otpauthUri)).queryItemValue(QStringLiteral("secret")).toLatin1());
    return hotp(secret, quint64(totpStep(now.toSecsSinceEpoch())));
}

} // namespace

class TestOfficeAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data()
    {
        addBackendRows();
    } // every test runs on a fresh store of each backend
    void init();
    void cleanup();

    void hotpMatchesRfc4226();
    void totpMatchesRfc6238AppendixB_data();
    void totpMatchesRfc6238AppendixB();
    void codesAreAcceptedOneStepEitherSideOnly();
    void base32MatchesRfc4648();
    void otpauthUriNamesTheParameters();
    void sealedSecretsOpenOnlyForTheirUserAndKey();
    void sessionStateAtEachBound();
    void cookieAndCsrfChecks();

    void sessionsExpireIdleAndAbsolute();
    void sessionsEndWhenTheUserIsDisabled();
    void firstSignInEnrolsThenCodesAreSingleUse();
    void recoveryCodesWorkOnce();
    void careWorkersAndFamilyCannotSignIn();
    void wrongCodesAreRateLimited();

private:
    TestStore m_store;
    std::unique_ptr<BrowserSessions> m_sessions;
    std::unique_ptr<OfficeSignIn> m_signIn;
    TestOrg m_org;
};

void TestOfficeAuth::hotpMatchesRfc4226()
{
    const QList<QByteArray> expected {"755224", "287082", "359152", "969429", "338314",
                                      "254676", "287922", "162583", "399871", "520489"};
    for (int counter = 0; counter < expected.size(); ++counter)
        QCOMPARE(hotp(kRfcSecret, quint64(counter)), expected.at(counter));
}

void TestOfficeAuth::totpMatchesRfc6238AppendixB_data()
{
    QTest::addColumn<qint64>("unixSeconds");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("59") << qint64(59) << QByteArray("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QByteArray("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QByteArray("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QByteArray("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QByteArray("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QByteArray("65353130");
}

void TestOfficeAuth::totpMatchesRfc6238AppendixB()
{
    QFETCH(qint64, unixSeconds);
    QFETCH(QByteArray, code);
    QCOMPARE(hotp(kRfcSecret, quint64(totpStep(unixSeconds)), 8), code);
    QCOMPARE(hotp(kRfcSecret, quint64(totpStep(unixSeconds))),
             code.right(6)); // 6 digits: the low ones
}

void TestOfficeAuth::codesAreAcceptedOneStepEitherSideOnly()
{
    const qint64 now = 1111111111; // step 37037037
    const qint64 step = totpStep(now);
    for (qint64 offset : {-1, 0, 1}) {
        const auto matched = matchTotp(kRfcSecret, hotp(kRfcSecret, quint64(step + offset)), now);
        QVERIFY(matched.has_value());
        QCOMPARE(*matched, step + offset);
    }
    for (qint64 offset : {-2, 2})
        QVERIFY(!matchTotp(kRfcSecret, hotp(kRfcSecret, quint64(step + offset)), now).has_value());
    QVERIFY(!matchTotp(kRfcSecret, "14050a", now).has_value());
    QVERIFY(!matchTotp(kRfcSecret, "4050471", now).has_value());
    QVERIFY(!matchTotp(kRfcSecret, "", now).has_value());
}

void TestOfficeAuth::base32MatchesRfc4648()
{
    const QList<QPair<QByteArray, QByteArray>> vectors {{"", ""},
                                                        {"f", "MY"},
                                                        {"fo", "MZXQ"},
                                                        {"foo", "MZXW6"},
                                                        {"foob", "MZXW6YQ"},
                                                        {"fooba", "MZXW6YTB"},
                                                        {"foobar", "MZXW6YTBOI"}};
    for (const auto &[plain, encoded] : vectors) {
        QCOMPARE(base32(plain), encoded);
        QCOMPARE(*fromBase32(encoded), plain);
        QCOMPARE(*fromBase32(encoded.toLower()), plain);
    }
    QVERIFY(!fromBase32("MZ1W").has_value());
}

void TestOfficeAuth::otpauthUriNamesTheParameters()
{
    const QString uri =
        otpauthUri(QStringLiteral("CareRound"), QStringLiteral("ann smith"), kRfcSecret);
    QCOMPARE(uri,
             QStringLiteral(
                 "otpauth://totp/CareRound:ann%20smith?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                 "&issuer=CareRound&algorithm=SHA1&digits=6&period=30"));
}

void TestOfficeAuth::sealedSecretsOpenOnlyForTheirUserAndKey()
{
    const TotpSealer sealer = TotpSealer::fromKey(randomBytes(32));
    const QByteArray sealed = sealer.seal(QStringLiteral("user-1"), kRfcSecret);
    QVERIFY(!sealed.contains(kRfcSecret));
    QCOMPARE(*sealer.open(QStringLiteral("user-1"), sealed), kRfcSecret);
    QVERIFY(!sealer.open(QStringLiteral("user-2"), sealed).has_value());
    QVERIFY(
        !TotpSealer::fromKey(randomBytes(32)).open(QStringLiteral("user-1"), sealed).has_value());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office-totp.key"));
    const auto created = TotpSealer::fromKeyFile(path);
    QVERIFY(created.ok());
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const auto reread = TotpSealer::fromKeyFile(path);
    QVERIFY(reread.ok());
    QCOMPARE(*reread.value().open(QStringLiteral("u"),
                                  created.value().seal(QStringLiteral("u"), kRfcSecret)),
             kRfcSecret);
}

void TestOfficeAuth::sessionStateAtEachBound()
{
    const BrowserSessionConfig config;
    const QDateTime start = at(QStringLiteral("2026-12-07T08:00:00.000Z"));
    OfficeSession session {
        QByteArray(32, 'x'), QStringLiteral("u"), QStringLiteral("o"), start, start, false};
    // idle: 15 minutes since the last request
    QCOMPARE(sessionState(session, start.addMSecs(15 * 60'000 - 1), config), SessionState::Live);
    QCOMPARE(sessionState(session, start.addMSecs(15 * 60'000), config), SessionState::IdleExpired);
    // absolute: 12 hours since sign-in, however active
    session.lastSeenAt = start.addSecs(12 * 3600 - 60);
    QCOMPARE(sessionState(session, start.addMSecs(12 * 3600'000LL - 1), config),
             SessionState::Live);
    QCOMPARE(sessionState(session, start.addMSecs(12 * 3600'000LL), config),
             SessionState::AbsoluteExpired);
    session.revoked = true;
    QCOMPARE(sessionState(session, start, config), SessionState::Revoked);
}

void TestOfficeAuth::cookieAndCsrfChecks()
{
    const QByteArray token = toBase64Url(randomBytes(32));
    QCOMPARE(
        BrowserSessions::tokenFromCookieHeader("a=b; __Host-careround_session=" + token + "; c=d"),
        token);
    QVERIFY(BrowserSessions::tokenFromCookieHeader("careround_session=" + token).isEmpty());
    QVERIFY(BrowserSessions::tokenFromCookieHeader("__Host-careround_session=" + token + "x")
                .isEmpty());
    QVERIFY(
        BrowserSessions::tokenFromCookieHeader("__Host-careround_session=" + token.left(42) + "!")
            .isEmpty());
    QCOMPARE(BrowserSessions::csrfTokenFor(token), BrowserSessions::csrfTokenFor(token));
    QVERIFY(BrowserSessions::csrfTokenFor(token)
            != BrowserSessions::csrfTokenFor(toBase64Url(randomBytes(32))));

    BrowserSessions sessions(*m_store, BrowserSessionConfig {});
    QCOMPARE(sessions.setCookie(token),
             "__Host-careround_session=" + token + "; Secure; HttpOnly; SameSite=Strict; Path=/");
    QVERIFY(sessions.checkOrigin("https://office.example:8443", "office.example:8443").ok());
    QCOMPARE(sessions.checkOrigin("", "office.example:8443").failure().status, 403);
    QCOMPARE(sessions.checkOrigin("https://evil.example", "office.example:8443").failure().code,
             QStringLiteral("csrf_refused"));
    QCOMPARE(
        sessions.checkOrigin("http://office.example:8443", "office.example:8443").failure().status,
        403);
    const BrowserCaller caller {{}, {}, token};
    QVERIFY(
        sessions.checkCsrf(caller, "https://h", "h", BrowserSessions::csrfTokenFor(token)).ok());
    QCOMPARE(sessions.checkCsrf(caller, "https://h", "h", {}).failure().field,
             QStringLiteral("X-CSRF-Token"));
    QCOMPARE(sessions.checkCsrf(caller, "https://h", "h", "forged").failure().status, 403);
    QCOMPARE(sessions.checkCsrf(caller, "https://evil", "h", BrowserSessions::csrfTokenFor(token))
                 .failure()
                 .field,
             QStringLiteral("Origin"));

    BrowserSessionConfig pinned;
    pinned.publicOrigin = QStringLiteral("https://office.example");
    BrowserSessions pinnedSessions(*m_store, pinned);
    QVERIFY(pinnedSessions.checkOrigin("https://office.example", "whatever").ok());
    QCOMPARE(pinnedSessions.checkOrigin("https://whatever", "whatever").failure().status, 403);
}

void TestOfficeAuth::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    auto org = createTestOrg(*m_store, QStringLiteral("o"));
    QVERIFY2(org.ok(), qPrintable(org.ok() ? QString() : org.error().toString()));
    m_org = org.value();
    const QString hash = hashPassword(kPassword).value();
    for (const User &user :
         {m_org.coordinator, m_org.supervisor, m_org.therapist, m_org.worker, m_org.family})
        QVERIFY(m_store->setPasswordHash(user.id, hash).ok());
    m_sessions = std::make_unique<BrowserSessions>(*m_store, BrowserSessionConfig {});
    m_signIn =
        std::make_unique<OfficeSignIn>(*m_store, *m_sessions, TotpSealer::fromKey(randomBytes(32)));
}

void TestOfficeAuth::cleanup()
{
    m_signIn.reset();
    m_sessions.reset();
    m_store.close();
}

void TestOfficeAuth::sessionsExpireIdleAndAbsolute()
{
    const QDateTime start = at(QStringLiteral("2026-12-07T08:00:00.000Z"));
    const auto created = m_sessions->create(m_org.coordinator, start);
    QVERIFY(created.ok());
    const QByteArray cookie = QByteArray(kSessionCookieName) + '=' + created.value().token;
    QVERIFY(m_store->officeSession(tokenHash(created.value().token))
                .value()
                .has_value()); // stored hashed
    QVERIFY(!m_store->officeSession(created.value().token).value().has_value());

    // Every request moves the idle window; 1 ms short of 15 minutes after each is fine.
    QDateTime now = start;
    for (int i = 0; i < 3; ++i) {
        now = now.addMSecs(15 * 60'000 - 1);
        const auto caller = m_sessions->authenticate(cookie, now);
        QVERIFY2(caller.ok(), qPrintable(caller.failure().message));
        QCOMPARE(caller.value().user.id, m_org.coordinator.id);
    }
    const auto idle = m_sessions->authenticate(cookie, now.addMSecs(15 * 60'000));
    QCOMPARE(idle.failure().code, QStringLiteral("session_expired"));
    QVERIFY(m_store->officeSession(tokenHash(created.value().token))
                .value()
                ->revoked); // ended on the server
    QCOMPARE(m_sessions->authenticate(cookie, now).failure().code, QStringLiteral("session_ended"));

    // Absolute: active every 10 minutes, still over at 12 hours.
    const auto second = m_sessions->create(m_org.coordinator, start);
    const QByteArray cookie2 = QByteArray(kSessionCookieName) + '=' + second.value().token;
    const QDateTime absoluteEnd = start.addSecs(12 * 3600);
    for (QDateTime t = start.addSecs(600); t < absoluteEnd; t = t.addSecs(600))
        QVERIFY(m_sessions->authenticate(cookie2, t).ok());
    QVERIFY(m_sessions->authenticate(cookie2, absoluteEnd.addMSecs(-1)).ok());
    QCOMPARE(m_sessions->authenticate(cookie2, absoluteEnd).failure().code,
             QStringLiteral("session_expired"));

    // Sign-out ends it at once.
    const auto third = m_sessions->create(m_org.supervisor, start);
    const QByteArray cookie3 = QByteArray(kSessionCookieName) + '=' + third.value().token;
    const auto caller = m_sessions->authenticate(cookie3, start.addSecs(1));
    QVERIFY(caller.ok());
    m_sessions->signOut(caller.value());
    QCOMPARE(m_sessions->authenticate(cookie3, start.addSecs(2)).failure().status, 401);
    QCOMPARE(m_sessions->authenticate("", start).failure().code, QStringLiteral("not_signed_in"));
}

void TestOfficeAuth::sessionsEndWhenTheUserIsDisabled()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const auto created = m_sessions->create(m_org.supervisor, start);
    const QByteArray cookie = QByteArray(kSessionCookieName) + '=' + created.value().token;
    QVERIFY(m_sessions->authenticate(cookie, start.addSecs(1)).ok());
    QVERIFY(m_store->setUserDisabled(m_org.supervisor.id, true).ok());
    QCOMPARE(m_sessions->authenticate(cookie, start.addSecs(2)).failure().status, 401);
    QVERIFY(m_store->setUserDisabled(m_org.supervisor.id, false).ok());
    QCOMPARE(m_sessions->authenticate(cookie, start.addSecs(3)).failure().status,
             401); // not revived
}

void TestOfficeAuth::firstSignInEnrolsThenCodesAreSingleUse()
{
    QDateTime now = at(QStringLiteral("2026-12-07T08:00:10.000Z"));
    const OfficeCredentials password {m_org.coordinator.loginName, kPassword.toUtf8(), {}, {}};
    const auto first = m_signIn->signIn(password, kIp, now);
    QVERIFY2(first.ok(), qPrintable(first.failure().message));
    QVERIFY(first.value().enrolment.has_value());
    QVERIFY(!first.value().session.has_value());
    const TotpOffer offer = *first.value().enrolment;
    QVERIFY(offer.otpauthUri.startsWith(QLatin1String("otpauth://totp/CareRound:")));
    QVERIFY(!m_store->officeTotp(m_org.coordinator.id)
                 .value()
                 ->sealedSecret.contains(*fromBase32(offer.secretBase32)));

    // A wrong first code does not confirm; the right one signs in and shows 10 recovery codes.
    QCOMPARE(m_signIn->confirmTotp(offer.enrolmentToken, "000000", kIp, now).failure().code,
             QStringLiteral("invalid_second_factor"));
    QCOMPARE(
        m_signIn->confirmTotp(offer.enrolmentToken + "x", codeFor(offer.otpauthUri, now), kIp, now)
            .failure()
            .code,
        QStringLiteral("invalid_enrolment_token"));
    const QByteArray firstCode = codeFor(offer.otpauthUri, now);
    const auto confirmed = m_signIn->confirmTotp(offer.enrolmentToken, firstCode, kIp, now);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.failure().message));
    QVERIFY(confirmed.value().session.has_value());
    QCOMPARE(confirmed.value().newRecoveryCodes.size(), 10);
    QCOMPARE(m_signIn->confirmTotp(offer.enrolmentToken, firstCode, kIp, now).failure().status,
             401); // single use

    // Now the password alone is not enough, and the confirming code cannot be used again.
    QCOMPARE(m_signIn->signIn(password, kIp, now).failure().code,
             QStringLiteral("second_factor_required"));
    OfficeCredentials withCode = password;
    withCode.code = firstCode;
    QCOMPARE(m_signIn->signIn(withCode, kIp, now).failure().code,
             QStringLiteral("invalid_second_factor"));
    now = now.addSecs(30);
    withCode.code = codeFor(offer.otpauthUri, now);
    const auto signedIn = m_signIn->signIn(withCode, kIp, now);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.failure().message));
    QVERIFY(signedIn.value().session.has_value());
    QCOMPARE(signedIn.value().recoveryCodesLeft, 10);
    QCOMPARE(m_signIn->signIn(withCode, kIp, now).failure().code,
             QStringLiteral("invalid_second_factor")); // replay
    // A code one step old is still accepted once (clock drift), two steps old never.
    OfficeCredentials old = password;
    old.code = codeFor(offer.otpauthUri, now.addSecs(-60));
    QCOMPARE(m_signIn->signIn(old, kIp, now.addSecs(30)).failure().code,
             QStringLiteral("invalid_second_factor"));
    old.code = codeFor(offer.otpauthUri, now.addSecs(60));
    QVERIFY(m_signIn->signIn(old, kIp, now.addSecs(90)).ok());
}

void TestOfficeAuth::recoveryCodesWorkOnce()
{
    const QDateTime now = at(QStringLiteral("2026-12-07T08:00:10.000Z"));
    const OfficeCredentials password {m_org.therapist.loginName, kPassword.toUtf8(), {}, {}};
    const TotpOffer offer = *m_signIn->signIn(password, kIp, now).value().enrolment;
    const auto confirmed =
        m_signIn->confirmTotp(offer.enrolmentToken, codeFor(offer.otpauthUri, now), kIp, now);
    QVERIFY(confirmed.ok());
    const QByteArray recovery = confirmed.value().newRecoveryCodes.at(3);
    QVERIFY(!m_store->useOfficeRecoveryCode(m_org.therapist.id, recovery, now)
                 .value()); // stored hashed

    OfficeCredentials withRecovery = password;
    withRecovery.recoveryCode = recovery.toLower().replace('-', "");
    const auto signedIn = m_signIn->signIn(withRecovery, kIp, now.addSecs(1));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.failure().message));
    QCOMPARE(signedIn.value().recoveryCodesLeft, 9);
    QCOMPARE(m_signIn->signIn(withRecovery, kIp, now.addSecs(2)).failure().code,
             QStringLiteral("invalid_second_factor"));

    // Renewing needs a current code and replaces every old code.
    const auto caller = m_sessions->authenticate(
        QByteArray(kSessionCookieName) + '=' + signedIn.value().session->token, now.addSecs(3));
    QVERIFY(caller.ok());
    QCOMPARE(
        m_signIn->renewRecoveryCodes(caller.value(), "123456", now.addSecs(40)).failure().status,
        401);
    const auto renewed = m_signIn->renewRecoveryCodes(
        caller.value(), codeFor(offer.otpauthUri, now.addSecs(40)), now.addSecs(40));
    QVERIFY(renewed.ok());
    QCOMPARE(renewed.value().size(), 10);
    withRecovery.recoveryCode = confirmed.value().newRecoveryCodes.at(4);
    QCOMPARE(m_signIn->signIn(withRecovery, kIp, now.addSecs(41)).failure().code,
             QStringLiteral("invalid_second_factor"));
}

void TestOfficeAuth::careWorkersAndFamilyCannotSignIn()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &user : {m_org.worker, m_org.family}) {
        const auto refused =
            m_signIn->signIn({user.loginName, kPassword.toUtf8(), "123456", {}}, kIp, now);
        QCOMPARE(refused.failure().status, 403);
        QCOMPARE(refused.failure().code, QStringLiteral("not_an_office_account"));
        QVERIFY(!m_store->officeTotp(user.id).value().has_value());
    }
    // A wrong password says nothing about the role.
    QCOMPARE(m_signIn->signIn({m_org.worker.loginName, "wrong password!", {}, {}}, kIp, now)
                 .failure()
                 .code,
             QStringLiteral("invalid_credentials"));
    for (const User &user : {m_org.coordinator, m_org.supervisor, m_org.therapist})
        QVERIFY(m_signIn->signIn({user.loginName, kPassword.toUtf8(), {}, {}}, kIp, now)
                    .value()
                    .enrolment.has_value());
}

void TestOfficeAuth::wrongCodesAreRateLimited()
{
    QDateTime now = at(QStringLiteral("2026-12-07T08:00:10.000Z"));
    const OfficeCredentials password {m_org.supervisor.loginName, kPassword.toUtf8(), {}, {}};
    const TotpOffer offer = *m_signIn->signIn(password, kIp, now).value().enrolment;
    QVERIFY(
        m_signIn->confirmTotp(offer.enrolmentToken, codeFor(offer.otpauthUri, now), kIp, now).ok());
    now = now.addSecs(60);
    OfficeCredentials wrong = password;
    const QByteArray right = codeFor(offer.otpauthUri, now);
    wrong.code = right == "111111" ? "222222" : "111111";
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_signIn->signIn(wrong, kIp, now.addMSecs(i)).failure().code,
                 QStringLiteral("invalid_second_factor"));
    OfficeCredentials correct = password;
    correct.code = right;
    const auto blocked = m_signIn->signIn(correct, kIp, now.addSecs(1));
    QCOMPARE(blocked.failure().status, 429); // even the right code, while locked out
    // Wrong passwords lock the login name too.
    const QDateTime later = now.addSecs(3600 * 3);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            m_signIn->signIn({m_org.therapist.loginName, "not the password", {}, {}}, kIp, later)
                .failure()
                .status,
            401);
    QCOMPARE(m_signIn->signIn({m_org.therapist.loginName, kPassword.toUtf8(), {}, {}}, kIp, later)
                 .failure()
                 .status,
             429);
}

QTEST_GUILESS_MAIN(TestOfficeAuth)
#include "tst_officeauth.moc"
