// OrgAdmin: organisations get a working escrow key pair, users get Argon2id hashes, family
// consent is recorded with its reason.
#include "server/admin/orgadmin.h"
#include "server/admin/passwordhash.h"
#include "storetestsupport.h"
#include "testrecords.h"
#include <QtTest>
#include <sodium.h>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class OrgAdminTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { CAREROUND_OPEN_TEST_STORE(m_store, QStringLiteral("embedded")); }
    void cleanup() { m_store.close(); }
    void organisationEscrowKeysOpenWhatDevicesSeal();
    void usersAreStoredWithArgon2idHashes();
    void badUserInputIsNamed_data();
    void badUserInputIsNamed();
    void consentIsGivenAndWithdrawnWithAReason();
    void disablingAUserIsRecorded();

private:
    TestStore m_store;
};

void OrgAdminTest::organisationEscrowKeysOpenWhatDevicesSeal()
{
    OrgAdmin admin(*m_store);
    auto org = admin.createOrganisation(QStringLiteral("  Weald Care  "));
    QVERIFY2(org.ok(), qPrintable(org.error().toString()));
    QCOMPARE(org.value().name, QStringLiteral("Weald Care"));
    QCOMPARE(m_store->organisation(org.value().id).value()->escrowPublicKey,
             org.value().escrowPublicKey);
    const QByteArray secret = m_store->escrowSecretKey(org.value().id).value();
    const QByteArray message("outbox entry: paracetamol given 08:05");
    QByteArray sealed(message.size() + crypto_box_SEALBYTES, 0);
    QCOMPARE(crypto_box_seal(
                 reinterpret_cast<unsigned char *>(sealed.data()),
                 reinterpret_cast<const unsigned char *>(message.constData()),
                 quint64(message.size()),
                 reinterpret_cast<const unsigned char *>(org.value().escrowPublicKey.constData())),
             0);
    QByteArray opened(message.size(), 0);
    QCOMPARE(crypto_box_seal_open(
                 reinterpret_cast<unsigned char *>(opened.data()),
                 reinterpret_cast<const unsigned char *>(sealed.constData()),
                 quint64(sealed.size()),
                 reinterpret_cast<const unsigned char *>(org.value().escrowPublicKey.constData()),
                 reinterpret_cast<const unsigned char *>(secret.constData())),
             0);
    QCOMPARE(opened, message);
    auto second = admin.createOrganisation(QStringLiteral("Other"));
    QVERIFY(second.value().escrowPublicKey != org.value().escrowPublicKey);
    QCOMPARE(admin.createOrganisation(QStringLiteral(" ")).error().field, QStringLiteral("name"));
}

void OrgAdminTest::usersAreStoredWithArgon2idHashes()
{
    OrgAdmin admin(*m_store);
    auto org = admin.createOrganisation(QStringLiteral("Weald Care"));
    QVERIFY(org.ok());
    auto user = admin.createUser(
        NewUser {org.value().id, Role::Supervisor, QStringLiteral("Sam Senior"),
                 QStringLiteral("Sam.Senior"), QStringLiteral("correct horse battery")});
    QVERIFY2(user.ok(), qPrintable(user.error().toString()));
    const User stored = m_store->userByLogin(QStringLiteral("sam.senior")).value().value();
    QCOMPARE(stored.id, user.value().id);
    QCOMPARE(stored.role, Role::Supervisor);
    QVERIFY(stored.passwordHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!stored.passwordHash.contains(QLatin1String("correct horse")));
    QVERIFY(verifyPassword(stored.passwordHash, QStringLiteral("correct horse battery")));
    QVERIFY(!verifyPassword(stored.passwordHash, QStringLiteral("correct horse battery!")));
    QVERIFY(admin.setPassword(stored.id, QStringLiteral("a new long passphrase")).ok());
    const QString newHash = m_store->user(stored.id).value()->passwordHash;
    QVERIFY(verifyPassword(newHash, QStringLiteral("a new long passphrase")));
    QVERIFY(!verifyPassword(newHash, QStringLiteral("correct horse battery")));
    QVERIFY(!verifyPassword(QStringLiteral("garbage"), QStringLiteral("x")));
}

void OrgAdminTest::badUserInputIsNamed_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("knownOrg");
    QTest::addColumn<QString>("field");
    QTest::newRow("short password") << "amira"
                                    << "Amira Khan"
                                    << "short" << true << "password";
    QTest::newRow("no name") << "amira"
                             << ""
                             << "long enough password" << true << "displayName";
    QTest::newRow("bad login") << "a"
                               << "Amira Khan"
                               << "long enough password" << true << "loginName";
    QTest::newRow("taken login") << "taken"
                                 << "Amira Khan"
                                 << "long enough password" << true << "loginName";
    QTest::newRow("unknown organisation") << "amira"
                                          << "Amira Khan"
                                          << "long enough password" << false << "orgId";
}

void OrgAdminTest::badUserInputIsNamed()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(bool, knownOrg);
    QFETCH(QString, field);
    OrgAdmin admin(*m_store);
    auto org = admin.createOrganisation(QStringLiteral("Weald Care"));
    QVERIFY(
        admin
            .createUser(NewUser {org.value().id, Role::CareWorker, QStringLiteral("T"),
                                 QStringLiteral("taken"), QStringLiteral("long enough password")})
            .ok());
    auto user = admin.createUser(NewUser {knownOrg ? org.value().id : QStringLiteral("no-such-org"),
                                          Role::CareWorker, name, login, password});
    QVERIFY(!user.ok());
    QCOMPARE(user.error().field, field);
    QCOMPARE(m_store->usersInOrg(org.value().id).value().size(), 1);
}

void OrgAdminTest::consentIsGivenAndWithdrawnWithAReason()
{
    OrgAdmin admin(*m_store);
    auto t = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(t.ok());
    const QString orgId = t.value().org.id;
    const QString person = newPersonId();
    RecordFactory office(t.value().coordinator.id, QString());
    QVERIFY(
        m_store
            ->putRecords(
                PutContext {orgId, t.value().coordinator.id, {}, QDateTime::currentDateTimeUtc()},
                {office.person(person)})
            .ok());
    auto link = admin.linkFamily(orgId, t.value().family.id, person, QStringLiteral("daughter"));
    QVERIFY2(link.ok(), qPrintable(link.error().toString()));
    QVERIFY(!m_store->familyLinksForUser(orgId, t.value().family.id).value().first().consentActive);
    QCOMPARE(
        admin.giveConsent(orgId, link.value().id, t.value().coordinator.id, QStringLiteral(" "), {})
            .error()
            .field,
        QStringLiteral("note"));
    QVERIFY(admin
                .giveConsent(orgId, link.value().id, t.value().coordinator.id,
                             QStringLiteral("signed form"), {})
                .ok());
    QVERIFY(m_store->familyLinksForUser(orgId, t.value().family.id).value().first().consentActive);
    QVERIFY(admin
                .withdrawConsent(orgId, link.value().id, t.value().coordinator.id,
                                 QStringLiteral("person asked"), {})
                .ok());
    QVERIFY(!m_store->familyLinksForUser(orgId, t.value().family.id).value().first().consentActive);
    const QList<ConsentEvent> history = m_store->consentHistory(orgId, link.value().id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().note, QStringLiteral("person asked"));
    QCOMPARE(
        admin.linkFamily(orgId, t.value().worker.id, person, QStringLiteral("x")).error().field,
        QStringLiteral("familyUserId"));
}

void OrgAdminTest::disablingAUserIsRecorded()
{
    OrgAdmin admin(*m_store);
    auto t = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(admin.setDisabled(t.value().worker.id, true).ok());
    QVERIFY(m_store->user(t.value().worker.id).value()->disabled);
    QCOMPARE(admin.setDisabled(QStringLiteral("nobody"), true).error().field,
             QStringLiteral("userId"));
}

QTEST_GUILESS_MAIN(OrgAdminTest)
#include "tst_orgadmin.moc"
