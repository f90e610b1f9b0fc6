// ScopeService, part 2: write authorisation, read audit, device and user state, object checks.
#include "tst_scopeservice.h"

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;
using namespace scopetest;

void ScopeServiceTest::pushIsAuthorisedPerRecord_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field"); // empty = accepted
    QTest::newRow("worker note for rota person") << "worker"
                                                 << "note-alice"
                                                 << "";
    QTest::newRow("worker note for someone else's person") << "worker"
                                                           << "note-bob"
                                                           << "personId";
    QTest::newRow("worker note for another organisation") << "worker"
                                                          << "note-foreign"
                                                          << "personId";
    QTest::newRow("worker writes a person") << "worker"
                                            << "person"
                                            << "type";
    QTest::newRow("worker writes a visit") << "worker"
                                           << "visit"
                                           << "type";
    QTest::newRow("worker as another author") << "worker"
                                              << "note-other-author"
                                              << "authorUserId";
    QTest::newRow("worker from another device") << "worker"
                                                << "note-other-device"
                                                << "deviceId";
    // Therapists write reablement records and goal progress, not the communication book
    // (tst_writerules).
    QTest::newRow("therapist note for caseload") << "therapist"
                                                 << "note-dave"
                                                 << "type";
    QTest::newRow("therapist note outside caseload") << "therapist"
                                                     << "note-alice"
                                                     << "type";
    QTest::newRow("family shared entry") << "family"
                                         << "commbook-family"
                                         << "";
    QTest::newRow("family care-team entry") << "family"
                                            << "commbook-team"
                                            << "payload.audience";
    QTest::newRow("family note") << "family"
                                 << "note-alice"
                                 << "payload.audience"; // care-team entries are not theirs to write
    QTest::newRow("coordinator visit") << "coordinator"
                                       << "visit"
                                       << "";
    QTest::newRow("coordinator note for another organisation") << "coordinator"
                                                               << "note-foreign"
                                                               << "personId";
}

void ScopeServiceTest::pushIsAuthorisedPerRecord()
{
    QFETCH(QString, who);
    QFETCH(QString, what);
    QFETCH(QString, field);
    auto w = makeWorld(QStringLiteral("a"));
    auto other = makeWorld(QStringLiteral("b"));
    QVERIFY(w.ok() && other.ok());
    const World &x = w.value();
    const QHash<QString, QPair<User, Device>> actors {
        {QStringLiteral("worker"), {x.t.worker, x.t.workerDevice}},
        {QStringLiteral("therapist"), {x.t.therapist, x.t.therapistDevice}},
        {QStringLiteral("family"), {x.t.family, x.t.familyDevice}},
        {QStringLiteral("coordinator"), {x.t.coordinator, x.t.coordinatorDevice}}};
    const auto [user, device] = actors.value(who);
    RecordFactory make(user.id, device.id);
    const QDate today = m_now.date();
    Record record;
    if (what == QLatin1String("note-alice"))
        record = make.teamNote(x.alice, today);
    else if (what == QLatin1String("note-bob"))
        record = make.teamNote(x.bob, today);
    else if (what == QLatin1String("note-dave"))
        record = make.teamNote(x.dave, today);
    else if (what == QLatin1String("note-foreign"))
        record = make.teamNote(other.value().alice, today);
    else if (what == QLatin1String("person"))
        record = make.person(newPersonId());
    else if (what == QLatin1String("visit"))
        record = make.visit(x.alice, m_now.addSecs(1800), {x.t.worker.id});
    else if (what == QLatin1String("note-other-author")) {
        record = make.teamNote(x.alice, today);
        record.authorUserId = x.t.worker2.id;
    } else if (what == QLatin1String("note-other-device")) {
        record = make.teamNote(x.alice, today);
        record.deviceId = x.t.worker2Device.id;
    } else if (what == QLatin1String("commbook-family"))
        record = make.commbook(x.alice, QStringLiteral("family"),
                               QStringLiteral("Visited on Sunday"), today);
    else if (what == QLatin1String("commbook-team"))
        record =
            make.commbook(x.alice, QStringLiteral("care_team"), QStringLiteral("Worried"), today);
    QVERIFY(!record.id.isEmpty());

    ScopeService scope(*m_store);
    auto pushed = scope.push(user.id, device.id, {record}, m_now);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error().toString()));
    QCOMPARE(pushed.value().size(), 1);
    const PutResult result = pushed.value().first();
    if (field.isEmpty()) {
        QVERIFY2(result.status == PutStatus::Accepted, qPrintable(result.error.toString()));
        QVERIFY(m_store->record(x.t.org.id, record.id).value());
    } else {
        QCOMPARE(result.status, PutStatus::Rejected);
        QCOMPARE(result.error.field, field);
        QVERIFY(!m_store->record(x.t.org.id, record.id).value());
        QVERIFY(!m_store->record(other.value().t.org.id, record.id).value());
        AuditQuery q {x.t.org.id};
        q.recordId = record.id;
        const QList<AuditEntry> audit = m_store->queryAudit(q).value();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("record.rejected"));
        QVERIFY(audit.first().detail.contains(field));
    }
}

void ScopeServiceTest::pullIsAuditedForEveryRecord()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    const QList<StoredRecord> seen =
        pullAll(scope, w.value().t.worker, w.value().t.workerDevice, cursor);
    AuditQuery q {w.value().t.org.id};
    q.actorUserId = w.value().t.worker.id;
    q.action = QStringLiteral("record.read");
    const QList<AuditEntry> audit = m_store->queryAudit(q).value();
    QVERIFY(!audit.isEmpty());
    QSet<QString> audited;
    for (const AuditEntry &e : audit) {
        for (const QString &id : e.coveredRecordIds())
            audited.insert(id);
        QCOMPARE(e.deviceId, w.value().t.workerDevice.id);
        QCOMPARE(e.personId, w.value().alice);
    }
    QCOMPARE(audited, idSet(seen));
    QVERIFY(audit.size() < seen.size()); // one entry per person and page, not one per record
}

void ScopeServiceTest::revokedDeviceAndDisabledUserCannotSync()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    QCOMPARE(scope.pull(x.t.worker.id, x.t.worker2Device.id, 0, 10, m_now).error().field,
             QStringLiteral("deviceId"));
    QVERIFY(m_store->revokeDevice(x.t.workerDevice.id, m_now).ok());
    QCOMPARE(scope.pull(x.t.worker.id, x.t.workerDevice.id, 0, 10, m_now).error().field,
             QStringLiteral("deviceId"));
    RecordFactory worker(x.t.worker.id, x.t.workerDevice.id);
    QCOMPARE(scope
                 .push(x.t.worker.id, x.t.workerDevice.id, {worker.teamNote(x.alice, m_now.date())},
                       m_now)
                 .error()
                 .field,
             QStringLiteral("deviceId"));
    QVERIFY(m_store->setUserDisabled(x.t.worker2.id, true).ok());
    QCOMPARE(scope.pull(x.t.worker2.id, x.t.worker2Device.id, 0, 10, m_now).error().field,
             QStringLiteral("userId"));
    QCOMPARE(scope.scopeFor(newPersonId(), m_now).error().field, QStringLiteral("userId"));
}

void ScopeServiceTest::canReadPersonFollowsScope_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("person");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("worker, rota person") << "worker"
                                         << "alice" << true;
    QTest::newRow("worker, other worker's person") << "worker"
                                                   << "bob" << false;
    QTest::newRow("worker, next month's person") << "worker"
                                                 << "carol" << false;
    QTest::newRow("worker, other organisation") << "worker"
                                                << "foreign" << false;
    QTest::newRow("supervisor, worker's person") << "supervisor"
                                                 << "alice" << true;
    QTest::newRow("supervisor, unsupervised") << "supervisor"
                                              << "bob" << false;
    QTest::newRow("coordinator, any person") << "coordinator"
                                             << "dave" << true;
    QTest::newRow("coordinator, other organisation") << "coordinator"
                                                     << "foreign" << false;
    QTest::newRow("therapist, caseload") << "therapist"
                                         << "dave" << true;
    QTest::newRow("therapist, not caseload") << "therapist"
                                             << "alice" << false;
    QTest::newRow("family, linked with consent") << "family"
                                                 << "alice" << true;
    QTest::newRow("family, not linked") << "family"
                                        << "bob" << false;
    QTest::newRow("family, other organisation") << "family"
                                                << "foreign" << false;
}

void ScopeServiceTest::canReadPersonFollowsScope()
{
    QFETCH(QString, who);
    QFETCH(QString, person);
    QFETCH(bool, allowed);
    auto w = makeWorld(QStringLiteral("a"));
    auto other = makeWorld(QStringLiteral("b"));
    QVERIFY(w.ok() && other.ok());
    const World &x = w.value();
    const QHash<QString, QString> users {{QStringLiteral("worker"), x.t.worker.id},
                                         {QStringLiteral("supervisor"), x.t.supervisor.id},
                                         {QStringLiteral("coordinator"), x.t.coordinator.id},
                                         {QStringLiteral("therapist"), x.t.therapist.id},
                                         {QStringLiteral("family"), x.t.family.id}};
    const QHash<QString, QString> people {{QStringLiteral("alice"), x.alice},
                                          {QStringLiteral("bob"), x.bob},
                                          {QStringLiteral("carol"), x.carol},
                                          {QStringLiteral("dave"), x.dave},
                                          {QStringLiteral("foreign"), other.value().alice}};
    ScopeService scope(*m_store);
    auto answer = scope.canReadPerson(users.value(who), people.value(person), m_now);
    QVERIFY(answer.ok());
    QCOMPARE(answer.value(), allowed);
}

void ScopeServiceTest::consentGivenAgainRestoresTheLinkedPerson()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    const QSet<QString> before = idSet(pullAll(scope, x.t.family, x.t.familyDevice, cursor));
    QCOMPARE(before, (QSet<QString> {x.alicePersonRecordId, x.familyEntry.id, x.aliceCheckOut.id}));
    QVERIFY(m_store
                ->recordConsent(x.t.org.id,
                                ConsentEvent {x.familyLinkId, false, m_now, x.t.coordinator.id,
                                              QStringLiteral("withdrawn")})
                .ok());
    PurgeList purge;
    QVERIFY(pullAll(scope, x.t.family, x.t.familyDevice, cursor, &purge).isEmpty());
    QCOMPARE(purge.personIds, QStringList {x.alice});
    QVERIFY(scope.confirmPurged(x.t.familyDevice.id, {x.alice}).ok());
    // Written while consent was withdrawn: a shared entry and a care-team one.
    RecordFactory worker(x.t.worker.id, x.t.workerDevice.id);
    const Record shared = worker.commbook(x.alice, QStringLiteral("family"),
                                          QStringLiteral("Back home"), m_now.date());
    const Record team = worker.commbook(x.alice, QStringLiteral("care_team"),
                                        QStringLiteral("Low mood"), m_now.date());
    QVERIFY(m_store->putRecords(PutContext {x.t.org.id, x.t.worker.id, {}, m_now}, {shared, team})
                .ok());
    QVERIFY(m_store
                ->recordConsent(x.t.org.id,
                                ConsentEvent {x.familyLinkId, true, m_now, x.t.coordinator.id,
                                              QStringLiteral("given again")})
                .ok());
    PurgeList none;
    const QList<StoredRecord> restored =
        pullAll(scope, x.t.family, x.t.familyDevice, cursor, &none);
    QVERIFY(none.personIds.isEmpty());
    // Everything shared is sent again (the device deleted it), never the care-team entry.
    QCOMPARE(
        idSet(restored),
        (QSet<QString> {x.alicePersonRecordId, x.familyEntry.id, x.aliceCheckOut.id, shared.id}));
}
