// ServerStore contract, part 1: tenants, users, relationships, devices, sessions, audit.
#include "tst_serverstore_contract.h"
#include "testrecords.h"
#include <QUuid>

Q_DECLARE_METATYPE(careround::server::Organisation)

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {
QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QByteArray hashBytes(char fill)
{
    return QByteArray(32, fill);
}
} // namespace

void ServerStoreContractTest::initTestCase_data()
{
    addBackendRows();
}

void ServerStoreContractTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
}

void ServerStoreContractTest::cleanup()
{
    m_store.close();
}

void ServerStoreContractTest::healthReportsBackendAndSchema()
{
    QFETCH_GLOBAL(QString, backend);
    auto health = m_store->health();
    QVERIFY2(health.ok(), qPrintable(health.error().toString()));
    QCOMPARE(health.value().backend, backend);
    QCOMPARE(health.value().schemaVersion, 4);
    QCOMPARE(health.value().latestSeq, 0);
}

void ServerStoreContractTest::organisationsAreCreatedAndReadBack()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY2(a.ok(), qPrintable(a.error().toString()));
    auto read = m_store->organisation(a.value().org.id);
    QVERIFY(read.ok() && read.value());
    QCOMPARE(read.value()->name, a.value().org.name);
    QCOMPARE(read.value()->escrowPublicKey, a.value().org.escrowPublicKey);
    auto secret = m_store->escrowSecretKey(a.value().org.id);
    QVERIFY(secret.ok());
    QCOMPARE(secret.value().size(), 32);
    QVERIFY(secret.value() != a.value().org.escrowPublicKey);

    auto duplicate = m_store->createOrganisation(a.value().org, QByteArray(32, 'k'));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().field, QStringLiteral("id"));

    auto missing = m_store->organisation(uid());
    QVERIFY(missing.ok());
    QVERIFY(!missing.value());
    QCOMPARE(m_store->escrowSecretKey(uid()).error().field, QStringLiteral("orgId"));
    auto all = m_store->organisations();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
}

void ServerStoreContractTest::organisationInputIsChecked_data()
{
    QTest::addColumn<Organisation>("org");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("field");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray key(32, 'p');
    QTest::newRow("no id") << Organisation {QString(), QStringLiteral("X"), key, now} << key
                           << "id";
    QTest::newRow("id with spaces")
        << Organisation {QStringLiteral("a b"), QStringLiteral("X"), key, now} << key << "id";
    QTest::newRow("no name") << Organisation {uid(), QStringLiteral("  "), key, now} << key
                             << "name";
    QTest::newRow("short public key")
        << Organisation {uid(), QStringLiteral("X"), QByteArray(31, 'p'), now} << key
        << "escrowPublicKey";
    QTest::newRow("short secret key") << Organisation {uid(), QStringLiteral("X"), key, now}
                                      << QByteArray(8, 's') << "escrowSecretKey";
    QTest::newRow("no time") << Organisation {uid(), QStringLiteral("X"), key, QDateTime()} << key
                             << "createdAt";
}

void ServerStoreContractTest::organisationInputIsChecked()
{
    QFETCH(Organisation, org);
    QFETCH(QByteArray, secret);
    QFETCH(QString, field);
    auto created = m_store->createOrganisation(org, secret);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, field);
    QCOMPARE(m_store->organisations().value().size(), 0);
}

void ServerStoreContractTest::usersHaveUniqueLoginsAndBelongToAnOrganisation()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    auto byLogin = m_store->userByLogin(QStringLiteral("aworker"));
    QVERIFY(byLogin.ok() && byLogin.value());
    QCOMPARE(byLogin.value()->id, a.value().worker.id);
    QCOMPARE(byLogin.value()->role, Role::CareWorker);
    QCOMPARE(byLogin.value()->orgId, a.value().org.id);
    QVERIFY(!m_store->userByLogin(QStringLiteral("nobody")).value());

    auto clash = createUser(*m_store, b.value().org.id, Role::CareWorker, QStringLiteral("aworker"),
                            QStringLiteral("X Y"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().field, QStringLiteral("loginName"));
    auto noOrg = createUser(*m_store, uid(), Role::CareWorker, QStringLiteral("orphan"),
                            QStringLiteral("X Y"));
    QCOMPARE(noOrg.error().field, QStringLiteral("orgId"));

    auto inA = m_store->usersInOrg(a.value().org.id);
    QVERIFY(inA.ok());
    QCOMPARE(inA.value().size(), 6);
    for (const User &user : inA.value())
        QCOMPARE(user.orgId, a.value().org.id);

    const QString newHash = fakePasswordHash().replace(QLatin1Char('A'), QLatin1Char('B'));
    QVERIFY(m_store->setPasswordHash(a.value().worker.id, newHash).ok());
    QCOMPARE(m_store->user(a.value().worker.id).value()->passwordHash, newHash);
    QCOMPARE(m_store->setPasswordHash(a.value().worker.id, QStringLiteral("plain")).error().field,
             QStringLiteral("passwordHash"));
    QCOMPARE(m_store->setPasswordHash(uid(), newHash).error().field, QStringLiteral("userId"));
}

void ServerStoreContractTest::userInputIsChecked_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("field");
    const QString hash = fakePasswordHash();
    QTest::newRow("upper-case login") << "Amira"
                                      << "Amira Khan" << hash << "loginName";
    QTest::newRow("short login") << "ak"
                                 << "Amira Khan" << hash << "loginName";
    QTest::newRow("login with space") << "amira khan"
                                      << "Amira Khan" << hash << "loginName";
    QTest::newRow("no display name") << "amira"
                                     << " " << hash << "displayName";
    QTest::newRow("bcrypt hash") << "amira"
                                 << "Amira Khan"
                                 << "$2b$10$abcdefghijklmnopqrstuv"
                                 << "passwordHash";
}

void ServerStoreContractTest::userInputIsChecked()
{
    QFETCH(QString, login);
    QFETCH(QString, displayName);
    QFETCH(QString, hash);
    QFETCH(QString, field);
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    User user {uid(),
               a.value().org.id,
               Role::CareWorker,
               displayName,
               login,
               hash,
               false,
               QDateTime::currentDateTimeUtc()};
    auto created = m_store->createUser(user);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, field);
    QVERIFY(!m_store->user(user.id).value());
}

void ServerStoreContractTest::disablingAUserRevokesItsSessions()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const User worker = a.value().worker;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Session access {hashBytes('1'),
                    TokenKind::Access,
                    worker.id,
                    a.value().workerDevice.id,
                    QStringLiteral("c1"),
                    now,
                    now.addSecs(900),
                    false};
    Session other {hashBytes('2'),       TokenKind::Access,
                   a.value().worker2.id, QString(),
                   QStringLiteral("c2"), now,
                   now.addSecs(900),     false};
    QVERIFY(m_store->createSession(access).ok());
    QVERIFY(m_store->createSession(other).ok());
    QVERIFY(m_store->setUserDisabled(worker.id, true).ok());
    QVERIFY(m_store->user(worker.id).value()->disabled);
    QVERIFY(m_store->session(access.tokenHash).value()->revoked);
    QVERIFY(!m_store->session(other.tokenHash).value()->revoked);
    Session later {hashBytes('3'),
                   TokenKind::Access,
                   worker.id,
                   QString(),
                   QStringLiteral("c3"),
                   now,
                   now.addSecs(900),
                   false};
    QCOMPARE(m_store->createSession(later).error().field, QStringLiteral("userId"));
    QVERIFY(m_store->setUserDisabled(worker.id, false).ok());
    QVERIFY(!m_store->user(worker.id).value()->disabled);
    QVERIFY(m_store->session(access.tokenHash)
                .value()
                ->revoked); // re-enabling does not revive sessions
}

void ServerStoreContractTest::supervisionAndCaseloadCheckRolesAndOrganisation()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const QString orgA = a.value().org.id;
    QCOMPARE(m_store->supervisedWorkers(orgA, a.value().supervisor.id).value(),
             QStringList {a.value().worker.id});
    QVERIFY(m_store->addSupervision(orgA, a.value().supervisor.id, a.value().worker2.id).ok());
    QVERIFY(m_store->addSupervision(orgA, a.value().supervisor.id, a.value().worker2.id)
                .ok()); // idempotent
    QCOMPARE(m_store->supervisedWorkers(orgA, a.value().supervisor.id).value().size(), 2);
    QCOMPARE(m_store->addSupervision(orgA, a.value().worker.id, a.value().worker2.id).error().field,
             QStringLiteral("supervisorId"));
    QCOMPARE(
        m_store->addSupervision(orgA, a.value().supervisor.id, b.value().worker.id).error().field,
        QStringLiteral("workerId"));
    QCOMPARE(m_store->supervisedWorkers(b.value().org.id, a.value().supervisor.id).value(),
             QStringList());
    QVERIFY(m_store->removeSupervision(orgA, a.value().supervisor.id, a.value().worker2.id).ok());
    QCOMPARE(m_store->supervisedWorkers(orgA, a.value().supervisor.id).value(),
             QStringList {a.value().worker.id});

    RecordFactory make(a.value().coordinator.id, QString());
    const QString person = newPersonId();
    auto put = m_store->putRecords(
        PutContext {orgA, a.value().coordinator.id, QString(), QDateTime::currentDateTimeUtc()},
        {make.person(person)});
    QVERIFY(put.ok());
    QCOMPARE(put.value().first().status, PutStatus::Accepted);
    QVERIFY(m_store->addToCaseload(orgA, a.value().therapist.id, person).ok());
    QCOMPARE(m_store->caseload(orgA, a.value().therapist.id).value(), QStringList {person});
    QCOMPARE(m_store->addToCaseload(orgA, a.value().worker.id, person).error().field,
             QStringLiteral("therapistId"));
    QCOMPARE(m_store->addToCaseload(b.value().org.id, b.value().therapist.id, person).error().field,
             QStringLiteral("personId"));
    QVERIFY(m_store->removeFromCaseload(orgA, a.value().therapist.id, person).ok());
    QVERIFY(m_store->caseload(orgA, a.value().therapist.id).value().isEmpty());
}

void ServerStoreContractTest::familyLinksStartWithoutConsentAndKeepItsHistory()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const QString orgA = a.value().org.id;
    RecordFactory make(a.value().coordinator.id, QString());
    const QString person = newPersonId();
    QVERIFY(m_store
                ->putRecords(PutContext {orgA, a.value().coordinator.id, QString(),
                                         QDateTime::currentDateTimeUtc()},
                             {make.person(person)})
                .ok());
    FamilyLink link {uid(), orgA, a.value().family.id, person, QStringLiteral("daughter"),
                     true,  {}};
    QVERIFY(m_store->createFamilyLink(link).ok());
    auto links = m_store->familyLinksForUser(orgA, a.value().family.id);
    QVERIFY(links.ok());
    QCOMPARE(links.value().size(), 1);
    QVERIFY(!links.value().first().consentActive); // never starts with consent, whatever was passed
    QCOMPARE(m_store
                 ->createFamilyLink(
                     FamilyLink {uid(), orgA, a.value().family.id, person, QStringLiteral("son")})
                 .error()
                 .field,
             QStringLiteral("personId"));
    QCOMPARE(m_store
                 ->createFamilyLink(
                     FamilyLink {uid(), orgA, a.value().worker.id, person, QStringLiteral("x")})
                 .error()
                 .field,
             QStringLiteral("familyUserId"));
    QCOMPARE(m_store
                 ->createFamilyLink(FamilyLink {uid(), b.value().org.id, b.value().family.id,
                                                person, QStringLiteral("x")})
                 .error()
                 .field,
             QStringLiteral("personId"));

    const QDateTime t1 = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDateTime t2 = t1.addSecs(30);
    QVERIFY(m_store
                ->recordConsent(orgA,
                                ConsentEvent {link.id, true, t1, a.value().coordinator.id,
                                              QStringLiteral("signed form")})
                .ok());
    QVERIFY(m_store->familyLinksForPerson(orgA, person).value().first().consentActive);
    QVERIFY(m_store
                ->recordConsent(orgA,
                                ConsentEvent {link.id, false, t2, a.value().coordinator.id,
                                              QStringLiteral("asked to stop")})
                .ok());
    const FamilyLink after = m_store->familyLinksForPerson(orgA, person).value().first();
    QVERIFY(!after.consentActive);
    QCOMPARE(after.consentChangedAt, t2);
    auto history = m_store->consentHistory(orgA, link.id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 2);
    QVERIFY(history.value().at(0).given);
    QVERIFY(!history.value().at(1).given);
    QCOMPARE(history.value().at(1).note, QStringLiteral("asked to stop"));
    // Another organisation can neither see nor change the link.
    QVERIFY(m_store->consentHistory(b.value().org.id, link.id).value().isEmpty());
    QCOMPARE(m_store
                 ->recordConsent(b.value().org.id,
                                 ConsentEvent {link.id, true, t2, b.value().coordinator.id,
                                               QStringLiteral("x")})
                 .error()
                 .field,
             QStringLiteral("linkId"));
    QVERIFY(m_store->familyLinksForUser(b.value().org.id, a.value().family.id).value().isEmpty());
}

void ServerStoreContractTest::devicesEnrolAndRevocationEndsTheirSessions()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const Device device = a.value().workerDevice;
    auto read = m_store->device(device.id);
    QVERIFY(read.ok() && read.value());
    QCOMPARE(read.value()->publicKey, device.publicKey);
    QCOMPARE(read.value()->userId, a.value().worker.id);
    QVERIFY(!read.value()->revoked);
    QCOMPARE(m_store->devicesForUser(a.value().worker.id).value().size(), 1);

    Device foreign = device;
    foreign.id = uid();
    foreign.orgId = b.value().org.id; // a user of org A cannot enrol into org B
    QCOMPARE(m_store->enrolDevice(foreign).error().field, QStringLiteral("userId"));
    Device badKey = device;
    badKey.id = uid();
    badKey.publicKey = QByteArray(16, 'k');
    QCOMPARE(m_store->enrolDevice(badKey).error().field, QStringLiteral("publicKey"));
    QCOMPARE(m_store->enrolDevice(device).error().field, QStringLiteral("id"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Session onDevice {hashBytes('d'),      TokenKind::Refresh,
                      a.value().worker.id, device.id,
                      QStringLiteral("c"), now,
                      now.addDays(30),     false};
    QVERIFY(m_store->createSession(onDevice).ok());
    Session wrongOwner {hashBytes('e'),       TokenKind::Access,
                        a.value().worker2.id, device.id,
                        QStringLiteral("c"),  now,
                        now.addSecs(60),      false};
    QCOMPARE(m_store->createSession(wrongOwner).error().field, QStringLiteral("deviceId"));

    QVERIFY(m_store->touchDevice(device.id, now).ok());
    QCOMPARE(m_store->device(device.id).value()->lastSeenAt, now);
    QVERIFY(m_store->revokeDevice(device.id, now).ok());
    QVERIFY(m_store->device(device.id).value()->revoked);
    QCOMPARE(m_store->device(device.id).value()->revokedAt, now);
    QVERIFY(m_store->session(onDevice.tokenHash).value()->revoked);
    Session afterRevoke {hashBytes('f'),      TokenKind::Access,
                         a.value().worker.id, device.id,
                         QStringLiteral("c"), now,
                         now.addSecs(60),     false};
    QCOMPARE(m_store->createSession(afterRevoke).error().field, QStringLiteral("deviceId"));
    QCOMPARE(m_store->revokeDevice(uid(), now).error().field, QStringLiteral("deviceId"));
}

void ServerStoreContractTest::sessionsAreFoundByHashAndRevokedByChain()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString user = a.value().worker.id;
    Session first {hashBytes('1'),
                   TokenKind::Refresh,
                   user,
                   a.value().workerDevice.id,
                   QStringLiteral("chain"),
                   now,
                   now.addDays(30),
                   false};
    Session second {hashBytes('2'),
                    TokenKind::Refresh,
                    user,
                    a.value().workerDevice.id,
                    QStringLiteral("chain"),
                    now,
                    now.addDays(30),
                    false};
    Session elsewhere {hashBytes('3'),
                       TokenKind::Access,
                       user,
                       QString(),
                       QStringLiteral("other"),
                       now,
                       now.addSecs(900),
                       false};
    for (const Session &s : {first, second, elsewhere})
        QVERIFY(m_store->createSession(s).ok());
    QCOMPARE(m_store->createSession(first).error().field, QStringLiteral("tokenHash"));
    auto found = m_store->session(first.tokenHash);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->kind, TokenKind::Refresh);
    QCOMPARE(found.value()->deviceId, a.value().workerDevice.id);
    QCOMPARE(found.value()->expiresAt, now.addDays(30));
    QVERIFY(!m_store->session(hashBytes('9')).value());
    QCOMPARE(m_store->session(QByteArray("short")).error().field, QStringLiteral("tokenHash"));

    QVERIFY(m_store->revokeSession(first.tokenHash).ok());
    QVERIFY(m_store->session(first.tokenHash).value()->revoked);
    QVERIFY(!m_store->session(second.tokenHash).value()->revoked);
    QVERIFY(m_store->revokeSessionChain(QStringLiteral("chain")).ok());
    QVERIFY(m_store->session(second.tokenHash).value()->revoked);
    QVERIFY(!m_store->session(elsewhere.tokenHash).value()->revoked);
    QVERIFY(m_store->revokeSessionsForUser(user).ok());
    QVERIFY(m_store->session(elsewhere.tokenHash).value()->revoked);

    Session bad = elsewhere;
    bad.tokenHash = hashBytes('4');
    bad.expiresAt = now.addSecs(-1);
    QCOMPARE(m_store->createSession(bad).error().field, QStringLiteral("expiresAt"));
}

void ServerStoreContractTest::expiredSessionsAreDeleted()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString user = a.value().worker.id;
    QVERIFY(m_store
                ->createSession(Session {hashBytes('1'),
                                         TokenKind::Access,
                                         user,
                                         {},
                                         QStringLiteral("x"),
                                         now.addSecs(-7200),
                                         now.addSecs(-3600),
                                         false})
                .ok());
    QVERIFY(m_store
                ->createSession(Session {hashBytes('2'),
                                         TokenKind::Access,
                                         user,
                                         {},
                                         QStringLiteral("y"),
                                         now,
                                         now.addSecs(3600),
                                         false})
                .ok());
    auto deleted = m_store->deleteExpiredSessions(now);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted.value(), 1);
    QVERIFY(!m_store->session(hashBytes('1')).value());
    QVERIFY(m_store->session(hashBytes('2')).value());
}

void ServerStoreContractTest::loginFailuresAreCountedPerKeyAndWindow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i)
        QVERIFY(
            m_store->recordLoginFailure(QStringLiteral("login:amira"), now.addSecs(-60 * i)).ok());
    QVERIFY(m_store->recordLoginFailure(QStringLiteral("login:ben"), now).ok());
    QCOMPARE(m_store->loginFailuresSince(QStringLiteral("login:amira"), now.addSecs(-90)).value(),
             2);
    QCOMPARE(m_store->loginFailuresSince(QStringLiteral("login:amira"), now.addSecs(-3600)).value(),
             4);
    QCOMPARE(
        m_store->loginFailuresSince(QStringLiteral("login:nobody"), now.addSecs(-3600)).value(), 0);
    QVERIFY(m_store->clearLoginFailures(QStringLiteral("login:amira")).ok());
    QCOMPARE(m_store->loginFailuresSince(QStringLiteral("login:amira"), now.addSecs(-3600)).value(),
             0);
    QCOMPARE(m_store->loginFailuresSince(QStringLiteral("login:ben"), now.addSecs(-3600)).value(),
             1);
    QCOMPARE(m_store->recordLoginFailure(QString(), now).error().field, QStringLiteral("key"));
}

void ServerStoreContractTest::auditIsAppendedAndQueriedPerOrganisation()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const QString orgA = a.value().org.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AuditEntry> entries {
        {0,
         orgA,
         a.value().worker.id,
         a.value().workerDevice.id,
         QStringLiteral("record.read"),
         QStringLiteral("p1"),
         QStringLiteral("r1"),
         now.addSecs(-10),
         {}},
        {0,
         orgA,
         a.value().worker.id,
         a.value().workerDevice.id,
         QStringLiteral("record.read"),
         QStringLiteral("p2"),
         QStringLiteral("r2"),
         now,
         {}},
        {0,
         orgA,
         a.value().coordinator.id,
         {},
         QStringLiteral("user.create"),
         {},
         {},
         now,
         QStringLiteral("aworker")},
        {0,
         b.value().org.id,
         b.value().worker.id,
         {},
         QStringLiteral("record.read"),
         QStringLiteral("p1"),
         QStringLiteral("r9"),
         now,
         {}},
    };
    QVERIFY(m_store->appendAudit(entries).ok());
    auto all = m_store->queryAudit(AuditQuery {orgA});
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 3);
    QCOMPARE(all.value().first().action, QStringLiteral("user.create")); // newest first
    auto p1 = m_store->queryAudit(AuditQuery {orgA, QStringLiteral("p1")});
    QCOMPARE(p1.value().size(), 1);
    QCOMPARE(p1.value().first().recordId, QStringLiteral("r1"));
    QCOMPARE(p1.value().first().at, now.addSecs(-10));
    AuditQuery byActor {orgA};
    byActor.actorUserId = a.value().worker.id;
    byActor.from = now.addSecs(-5);
    QCOMPARE(m_store->queryAudit(byActor).value().size(), 1);
    AuditQuery bad {orgA};
    bad.limit = 0;
    QCOMPARE(m_store->queryAudit(bad).error().field, QStringLiteral("limit"));
    QList<AuditEntry> invalid {{0, orgA, {}, {}, QString(), {}, {}, now, {}}};
    QCOMPARE(m_store->appendAudit(invalid).error().field, QStringLiteral("action"));
}

namespace {
AuditedRecord audited(const Record &r)
{
    return AuditedRecord {r.personId, r.id, r.type};
}
} // namespace

void ServerStoreContractTest::groupedAuditEntriesMatchEachRecordExactly()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const QString orgA = a.value().org.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RecordFactory worker(a.value().worker.id, a.value().workerDevice.id);
    const QString p1 = newPersonId();
    const QString p2 = newPersonId();
    const Record first = worker.teamNote(p1, now.date());
    const Record second = worker.teamNote(p1, now.date());
    const Record other = worker.teamNote(p2, now.date());
    const AuditEntry base {0,
                           orgA,
                           a.value().worker.id,
                           a.value().workerDevice.id,
                           QStringLiteral("record.read"),
                           {},
                           {},
                           now,
                           {}};
    const QList<AuditEntry> grouped =
        auditGroupedByPerson(base, {audited(first), audited(other), audited(second)});
    QCOMPARE(grouped.size(), 2); // one per person, in the order first seen
    QCOMPARE(grouped.at(0).personId, p1);
    QCOMPARE(grouped.at(0).recordIds, (QStringList {first.id, second.id}));
    QCOMPARE(grouped.at(0).detail, first.type);
    QVERIFY(grouped.at(0).recordId.isEmpty());
    QVERIFY(m_store->appendAudit(grouped).ok());

    for (const Record *r : {&first, &second, &other}) {
        AuditQuery q {orgA};
        q.recordId = r->id;
        const QList<AuditEntry> found = m_store->queryAudit(q).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().personId, r->personId);
        QVERIFY(found.first().coveredRecordIds().contains(r->id));
    }
    AuditQuery partial {orgA};
    partial.recordId = first.id.left(30); // a fragment of an id is not an id
    QVERIFY(m_store->queryAudit(partial).value().isEmpty());
    AuditQuery byPerson {orgA, p1};
    QCOMPARE(m_store->queryAudit(byPerson).value().first().recordIds,
             (QStringList {first.id, second.id}));

    AuditEntry notIds = base;
    notIds.personId = p1;
    notIds.recordIds = {QStringLiteral("r1 r2")};
    QCOMPARE(m_store->appendAudit({notIds}).error().field, QStringLiteral("recordIds"));
}
