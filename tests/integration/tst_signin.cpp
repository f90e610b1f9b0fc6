// Sign-in and the session's sync duties against the real server: the sign-in page's controller
// (wrong password, rate limit, unreachable server, untrusted certificate, success for a care
// worker and a family member), the engine started by the session, the sealed outbox delivered
// from a PIN lockout, and a revoked device wiped.
#include "synctestsupport.h"

#include "../unit/ui/sessiontestutil.h"
#include "store/recordstore.h"
#include "sync/escrowspool.h"
#include "ui/session/signincontroller.h"

#include <QSignalSpy>
#include <QtTest>

using namespace careround;
using namespace careround::synctest;
using namespace careround::ui;
using careround::ui::testing::GoodPin;
using careround::ui::testing::waitForState;
using careround::ui::testing::WrongPin;

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void rateLimitIsExplained();
    void careWorkerSignsInAndSyncs();
    void familyMemberSignsInTheSameWay();
    void lockoutStillDeliversTheOutbox();
    void revokedDeviceIsWiped();

private:
    // A session waiting at NeedsEnrolment in a fresh folder, trusting the test server.
    bool sessionAtSignIn();
    bool signIn(const QString &userKey, const QString &password, const QString &url = {});
    QString url() const { return m_fixture->serverUrl().toString(); }

    std::unique_ptr<SyncFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<SignInController> m_controller;
};

void TestSignIn::initTestCase()
{
    m_fixture = std::make_unique<SyncFixture>();
    const QString up = m_fixture->setUp();
    QVERIFY2(up.isEmpty(), qPrintable(up));
}

void TestSignIn::cleanupTestCase()
{
    m_fixture->tearDown();
}

void TestSignIn::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSignIn::cleanup()
{
    m_controller.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestSignIn::sessionAtSignIn()
{
    m_session = ui::testing::startSession(m_dir->path());
    m_session->setServerCertificatePem(
        QString::fromLatin1(m_fixture->server->certificate().toPem()));
    m_session->setServerUrl(url());
    if (!waitForState(*m_session, AppSession::NeedsPinSetup))
        return false;
    m_session->setUpPin(GoodPin, GoodPin);
    if (!waitForState(*m_session, AppSession::NeedsEnrolment))
        return false;
    m_controller = std::make_unique<SignInController>();
    m_controller->setSession(m_session.get());
    return true;
}

bool TestSignIn::signIn(const QString &userKey, const QString &password, const QString &serverUrl)
{
    QSignalSpy done(m_controller.get(), &SignInController::signedIn);
    QSignalSpy failed(m_controller.get(), &SignInController::failed);
    m_controller->signIn(serverUrl.isEmpty() ? url() : serverUrl, m_fixture->login(userKey),
                         password);
    if (!m_controller->busy() && failed.isEmpty())
        return false;
    (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000);
    return !done.isEmpty();
}

void TestSignIn::refusals_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("trustServer");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("wrong password")
        << QStringLiteral("not the password") << QString() << true << QStringLiteral("password")
        << QStringLiteral("login name or password is not right");
    QTest::newRow("unreachable") << server::test::kPassword << QStringLiteral("https://127.0.0.1:1")
                                 << true << QStringLiteral("server")
                                 << QStringLiteral("cannot be reached");
    QTest::newRow("untrusted certificate")
        << server::test::kPassword << QString() << false << QStringLiteral("server")
        << QStringLiteral("certificate is not trusted");
    QTest::newRow("not an address")
        << server::test::kPassword << QStringLiteral("care.example.org") << true
        << QStringLiteral("server") << QStringLiteral("starting with https://");
}

void TestSignIn::refusals()
{
    QFETCH(QString, password);
    QFETCH(QString, server);
    QFETCH(bool, trustServer);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QVERIFY(sessionAtSignIn());
    if (!trustServer)
        m_session->setServerCertificatePem({}); // the system's CAs do not know the test certificate
    QVERIFY(!signIn(QStringLiteral("supervisor"), password, server));
    QCOMPARE(m_controller->errorField(), field);
    QVERIFY2(m_controller->errorMessage().contains(words),
             qPrintable(m_controller->errorMessage()));
    QCOMPARE(m_session->state(), AppSession::NeedsEnrolment);
    QVERIFY(!m_controller->busy());
}

void TestSignIn::rateLimitIsExplained()
{
    QVERIFY(sessionAtSignIn());
    QString last;
    for (int i = 0; i < 6; ++i) {
        QVERIFY(!signIn(QStringLiteral("therapist"), QStringLiteral("guess %1").arg(i)));
        last = m_controller->errorMessage();
    }
    QVERIFY2(last.contains(QStringLiteral("Too many sign-in attempts")), qPrintable(last));
}

void TestSignIn::careWorkerSignsInAndSyncs()
{
    QVERIFY(sessionAtSignIn());
    QVERIFY2(signIn(QStringLiteral("worker"), server::test::kPassword),
             qPrintable(m_controller->errorMessage()));
    QCOMPARE(m_session->state(), AppSession::Unlocked);
    QCOMPARE(m_session->userRole(), QStringLiteral("care_worker"));
    QVERIFY(m_session->syncEngine());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->lastSuccessfulSync().isValid(), 30000);
    QVERIFY(m_session->syncStatus()->online());
    QCOMPARE(m_session->syncStatus()->lastError(), QString());
    // The rota person's records arrived in the store.
    const auto held = await(m_session->store()->forPerson(m_fixture->world.personInScope));
    QVERIFY(!held.isEmpty());
}

void TestSignIn::familyMemberSignsInTheSameWay()
{
    QVERIFY(sessionAtSignIn());
    QVERIFY2(signIn(QStringLiteral("family"), server::test::kPassword),
             qPrintable(m_controller->errorMessage()));
    QCOMPARE(m_session->userRole(), QStringLiteral("family_member"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->lastSuccessfulSync().isValid(), 30000);
}

void TestSignIn::lockoutStillDeliversTheOutbox()
{
    QVERIFY(sessionAtSignIn());
    m_session->setSyncTimingForTests(60 * 60 * 1000,
                                     60 * 60 * 1000); // saves do not sync by themselves
    QVERIFY(signIn(QStringLiteral("worker"), server::test::kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->lastSuccessfulSync().isValid(), 30000);
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const Record r =
            m_session->author()->make(QStringLiteral("commbook.entry"),
                                      m_fixture->world.personInScope, m_fixture->world.visitInScope,
                                      {{QStringLiteral("text"), QStringLiteral("Unsent %1").arg(i)},
                                       {QStringLiteral("audience"), QStringLiteral("care_team")},
                                       {QStringLiteral("category"), QStringLiteral("general")}});
        ids.append(r.id);
        QVERIFY(await(m_session->store()->save(r)));
    }
    sync::EscrowSpool spool(m_dir->path());
    QTRY_COMPARE_WITH_TIMEOUT(spool.recordIds().size(), 4, 10000);
    m_session->lock();
    QVERIFY(waitForState(*m_session, AppSession::Locked));
    QSignalSpy escrow(m_session.get(), &AppSession::escrowFinished);
    for (int i = 0; i < 5 && m_session->state() != AppSession::LockedOut; ++i) {
        m_session->unlock(WrongPin);
        (void)QTest::qWaitFor([&] { return !m_session->busy(); }, 10000);
    }
    QCOMPARE(m_session->state(), AppSession::LockedOut);
    QVERIFY(escrow.wait(30000));
    QCOMPARE(escrow.first().at(0).toInt(), 4);
    QCOMPARE(escrow.first().at(1).toString(), QString());
    QVERIFY(spool.recordIds().isEmpty());
    QString failure;
    const auto office = m_fixture->officeIds(&failure);
    for (const QString &id : ids)
        QVERIFY2(office.contains(id), qPrintable(id));
}

void TestSignIn::revokedDeviceIsWiped()
{
    QVERIFY(sessionAtSignIn());
    QVERIFY(signIn(QStringLiteral("coordinator"), server::test::kPassword));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->syncStatus()->lastSuccessfulSync().isValid(), 30000);
    const QString deviceId = m_session->profile().deviceId;
    QCOMPARE(ServerProcess::runCli(
                 m_fixture->args,
                 {QStringLiteral("revoke-device"), QStringLiteral("--device"), deviceId}),
             0);
    m_session->syncStatus()->syncNow();
    QVERIFY(waitForState(*m_session, AppSession::Wiped, 30000));
    QVERIFY2(m_session->errorMessage().contains(QStringLiteral("withdrawn")),
             qPrintable(m_session->errorMessage()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("records.db"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("vault.json"))));
    QVERIFY(!QDir(sync::EscrowSpool::directoryFor(m_dir->path())).exists());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
