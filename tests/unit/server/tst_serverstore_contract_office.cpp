// ServerStore contract, part 4: the office console's sign-in state: second factors (TOTP with
// replay protection, recovery codes) and browser sessions, on both backends.
#include "tst_serverstore_contract.h"

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

QByteArray officeHash(char fill)
{
    return QByteArray(32, fill);
}

OfficeTotp pendingTotp(const QString &userId, const QDateTime &now)
{
    return OfficeTotp {userId,
                       QByteArrayLiteral("sealed-secret-bytes"),
                       false,
                       0,
                       officeHash('e'),
                       now.addSecs(600),
                       now};
}

} // namespace

void ServerStoreContractTest::officeTotpStepIsAcceptedOnce()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const User coordinator = a.value().coordinator;
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00.000Z"), Qt::ISODateWithMs);
    QVERIFY(!m_store->officeTotp(coordinator.id).value().has_value());

    QVERIFY(m_store->saveOfficeTotp(pendingTotp(coordinator.id, now)).ok());
    auto stored = m_store->officeTotp(coordinator.id).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->sealedSecret, QByteArrayLiteral("sealed-secret-bytes"));
    QCOMPARE(stored->enrolmentHash, officeHash('e'));
    QCOMPARE(stored->enrolmentExpiresAt, now.addSecs(600));
    QVERIFY(!stored->confirmed);
    // A pending enrolment accepts no code.
    QCOMPARE(m_store->acceptOfficeTotpStep(coordinator.id, 100).value(), false);

    OfficeTotp confirmed = *stored;
    confirmed.confirmed = true;
    confirmed.lastUsedStep = 100;
    confirmed.enrolmentHash.clear();
    confirmed.enrolmentExpiresAt = {};
    const auto savedConfirmed = m_store->saveOfficeTotp(confirmed);
    QVERIFY2(savedConfirmed.ok(),
             qPrintable(savedConfirmed.ok() ? QString() : savedConfirmed.error().toString()));
    QCOMPARE(m_store->officeTotp(coordinator.id).value()->lastUsedStep, qint64(100));
    QVERIFY(m_store->officeTotp(coordinator.id).value()->enrolmentHash.isEmpty());

    QCOMPARE(m_store->acceptOfficeTotpStep(coordinator.id, 100).value(), false); // replay
    QCOMPARE(m_store->acceptOfficeTotpStep(coordinator.id, 99).value(), false); // older
    QCOMPARE(m_store->acceptOfficeTotpStep(coordinator.id, 101).value(), true);
    QCOMPARE(m_store->acceptOfficeTotpStep(coordinator.id, 101).value(), false);
    QCOMPARE(m_store->officeTotp(coordinator.id).value()->lastUsedStep, qint64(101));
    // Another user's row is untouched and unknown users have none.
    QCOMPARE(m_store->acceptOfficeTotpStep(a.value().supervisor.id, 200).value(), false);

    // Bad input changes nothing.
    OfficeTotp bad = confirmed;
    bad.sealedSecret.clear();
    QCOMPARE(m_store->saveOfficeTotp(bad).error().field, QStringLiteral("sealedSecret"));
    bad = confirmed;
    bad.userId = QStringLiteral("no-such-user");
    QCOMPARE(m_store->saveOfficeTotp(bad).error().field, QStringLiteral("userId"));
    QCOMPARE(m_store->officeTotp(coordinator.id).value()->lastUsedStep, qint64(101));
}

void ServerStoreContractTest::officeRecoveryCodesAreSingleUse()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(a.ok());
    const User coordinator = a.value().coordinator;
    const User supervisor = a.value().supervisor;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store
                ->setOfficeRecoveryCodes(coordinator.id,
                                         {officeHash('1'), officeHash('2'), officeHash('3')})
                .ok());
    QVERIFY(m_store->setOfficeRecoveryCodes(supervisor.id, {officeHash('1')}).ok());
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(coordinator.id).value(), 3);

    QCOMPARE(m_store->useOfficeRecoveryCode(coordinator.id, officeHash('2'), now).value(), true);
    QCOMPARE(m_store->useOfficeRecoveryCode(coordinator.id, officeHash('2'), now).value(), false);
    QCOMPARE(m_store->useOfficeRecoveryCode(coordinator.id, officeHash('9'), now).value(), false);
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(coordinator.id).value(), 2);
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(supervisor.id).value(), 1); // per user

    // New codes replace the old ones.
    QVERIFY(m_store->setOfficeRecoveryCodes(coordinator.id, {officeHash('4')}).ok());
    QCOMPARE(m_store->useOfficeRecoveryCode(coordinator.id, officeHash('1'), now).value(), false);
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(coordinator.id).value(), 1);

    // Duplicates and bad hashes are refused whole.
    QCOMPARE(m_store->setOfficeRecoveryCodes(coordinator.id, {officeHash('5'), officeHash('5')})
                 .error()
                 .field,
             QStringLiteral("codeHashes"));
    QCOMPARE(m_store->setOfficeRecoveryCodes(coordinator.id, {QByteArray("short")}).error().field,
             QStringLiteral("codeHashes"));
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(coordinator.id).value(), 1);

    // A new pending enrolment drops the codes; the reset drops everything.
    QVERIFY(m_store->saveOfficeTotp(pendingTotp(coordinator.id, now)).ok());
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(coordinator.id).value(), 0);
    QVERIFY(m_store->resetOfficeTotp(supervisor.id).ok());
    QCOMPARE(m_store->unusedOfficeRecoveryCodes(supervisor.id).value(), 0);
}

void ServerStoreContractTest::officeSessionsAreTouchedRevokedAndEndWithTheUser()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    const User coordinator = a.value().coordinator;
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00.000Z"), Qt::ISODateWithMs);
    const OfficeSession session {
        officeHash('s'), coordinator.id, coordinator.orgId, now, now, false};
    QVERIFY(m_store->createOfficeSession(session).ok());
    QCOMPARE(m_store->createOfficeSession(session).error().field, QStringLiteral("tokenHash"));
    // The organisation must be the user's.
    const OfficeSession wrongOrg {
        officeHash('w'), coordinator.id, b.value().org.id, now, now, false};
    QCOMPARE(m_store->createOfficeSession(wrongOrg).error().field, QStringLiteral("userId"));
    QVERIFY(!m_store->officeSession(officeHash('w')).value().has_value());

    auto found = m_store->officeSession(session.tokenHash).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->userId, coordinator.id);
    QCOMPARE(found->orgId, coordinator.orgId);
    QCOMPARE(found->createdAt, now);
    QCOMPARE(found->lastSeenAt, now);
    QVERIFY(!found->revoked);

    QVERIFY(m_store->touchOfficeSession(session.tokenHash, now.addSecs(60)).ok());
    QCOMPARE(m_store->officeSession(session.tokenHash).value()->lastSeenAt, now.addSecs(60));
    QVERIFY(
        m_store->touchOfficeSession(session.tokenHash, now.addSecs(30)).ok()); // never backwards
    QCOMPARE(m_store->officeSession(session.tokenHash).value()->lastSeenAt, now.addSecs(60));
    QCOMPARE(m_store->officeSession(session.tokenHash).value()->createdAt, now);

    QVERIFY(m_store->revokeOfficeSession(session.tokenHash).ok());
    QVERIFY(m_store->officeSession(session.tokenHash).value()->revoked);

    // Disabling the user ends every browser session it has; a reset of the second factor too.
    const OfficeSession second {
        officeHash('t'), coordinator.id, coordinator.orgId, now, now, false};
    const OfficeSession third {
        officeHash('u'), a.value().supervisor.id, coordinator.orgId, now, now, false};
    QVERIFY(m_store->createOfficeSession(second).ok());
    QVERIFY(m_store->createOfficeSession(third).ok());
    QVERIFY(m_store->setUserDisabled(coordinator.id, true).ok());
    QVERIFY(m_store->officeSession(second.tokenHash).value()->revoked);
    QVERIFY(!m_store->officeSession(third.tokenHash).value()->revoked);
    const OfficeSession afterDisable {
        officeHash('v'), coordinator.id, coordinator.orgId, now, now, false};
    QCOMPARE(m_store->createOfficeSession(afterDisable).error().field, QStringLiteral("userId"));
    QVERIFY(m_store->resetOfficeTotp(a.value().supervisor.id).ok());
    QVERIFY(m_store->officeSession(third.tokenHash).value()->revoked);
}
