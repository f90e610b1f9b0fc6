// ScopeService, part 1: scope per role, consent, purge and backfill.
#include "tst_scopeservice.h"

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;
using namespace scopetest;

void ScopeServiceTest::initTestCase_data()
{
    addBackendRows();
}

void ScopeServiceTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    m_now = QDateTime::currentDateTimeUtc();
}

Result<World> ScopeServiceTest::makeWorld(const QString &prefix)
{
    auto t = createTestOrg(*m_store, prefix);
    if (!t)
        return t.error();
    World w;
    w.t = t.value();
    w.alice = newPersonId();
    w.bob = newPersonId();
    w.carol = newPersonId();
    w.dave = newPersonId();
    RecordFactory office(w.t.coordinator.id, w.t.coordinatorDevice.id);
    RecordFactory worker(w.t.worker.id, w.t.workerDevice.id);
    const QDate today = m_now.date();
    w.aliceVisit = office.visit(w.alice, m_now.addSecs(3600), {w.t.worker.id});
    w.alicePlan = office.carePlan(w.alice);
    w.aliceMeds = office.medicationOrder(w.alice);
    const Record alicePerson = office.person(w.alice);
    w.alicePersonRecordId = alicePerson.id;
    QList<Record> officeRecords {alicePerson,
                                 office.person(w.bob),
                                 office.person(w.carol),
                                 office.person(w.dave),
                                 w.aliceVisit,
                                 w.alicePlan,
                                 w.aliceMeds,
                                 office.visit(w.bob, m_now.addDays(1), {w.t.worker2.id}),
                                 office.visit(w.carol, m_now.addDays(10), {w.t.worker.id})};
    w.aliceOldNote = worker.teamNote(w.alice, today.addDays(-40));
    w.aliceRecentNote = worker.teamNote(w.alice, today.addDays(-3));
    w.familyEntry = worker.commbook(w.alice, QStringLiteral("family"),
                                    QStringLiteral("Enjoyed the garden"), today);
    w.teamEntry = worker.commbook(w.alice, QStringLiteral("care_team"),
                                  QStringLiteral("Bruise on left arm"), today);
    w.aliceCheckOut = worker.checkOut(w.alice, w.aliceVisit.visitId, today);
    w.bobNote = worker.teamNote(w.bob, today);
    w.carolNote = worker.teamNote(w.carol, today);
    w.daveNote = worker.teamNote(w.dave, today);
    const QList<Record> visitRecords {w.aliceOldNote, w.aliceRecentNote, w.familyEntry,
                                      w.teamEntry,    w.aliceCheckOut,   w.bobNote,
                                      w.carolNote,    w.daveNote};
    for (const QList<Record> &batch : {officeRecords, visitRecords}) {
        auto put =
            m_store->putRecords(PutContext {w.t.org.id, w.t.coordinator.id, {}, m_now}, batch);
        if (!put)
            return put.error();
        for (const PutResult &r : put.value()) {
            if (r.status != PutStatus::Accepted)
                return r.error;
        }
    }
    if (auto r = m_store->addToCaseload(w.t.org.id, w.t.therapist.id, w.dave); !r)
        return r.error();
    FamilyLink link {newPersonId(), w.t.org.id, w.t.family.id, w.alice, QStringLiteral("daughter")};
    if (auto r = m_store->createFamilyLink(link); !r)
        return r.error();
    if (auto r = m_store->recordConsent(
            w.t.org.id,
            ConsentEvent {link.id, true, m_now, w.t.coordinator.id, QStringLiteral("signed")});
        !r)
        return r.error();
    w.familyLinkId = link.id;
    return w;
}

QList<StoredRecord> ScopeServiceTest::pullAll(ScopeService &scope, const User &user,
                                              const Device &device, qint64 &cursor,
                                              PurgeList *purge)
{
    QList<StoredRecord> all;
    for (int i = 0; i < 100; ++i) {
        auto page = scope.pull(user.id, device.id, cursor, 3, m_now);
        if (!page) {
            qWarning() << page.error().toString();
            return {};
        }
        if (purge && i == 0)
            *purge = page.value().purge;
        all += page.value().records;
        cursor = page.value().nextAfterSeq;
        if (!page.value().more)
            break;
    }
    return all;
}

void ScopeServiceTest::careWorkerSeesRotaPeopleWithRecentHistory()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY2(w.ok(), qPrintable(w.error().toString()));
    const World &x = w.value();
    ScopeService scope(*m_store);
    auto computed = scope.scopeFor(x.t.worker.id, m_now);
    QVERIFY(computed.ok());
    QCOMPARE(computed.value().personIds,
             QStringList {x.alice}); // not bob (worker2), not carol (in 10 days)
    QCOMPARE(computed.value().windowFrom, m_now.date().addDays(-28));

    qint64 cursor = 0;
    const QSet<QString> ids = idSet(pullAll(scope, x.t.worker, x.t.workerDevice, cursor));
    for (const Record &r : {x.aliceVisit, x.alicePlan, x.aliceMeds, x.aliceRecentNote,
                            x.familyEntry, x.teamEntry, x.aliceCheckOut})
        QVERIFY2(ids.contains(r.id), qPrintable(r.type));
    QVERIFY(!ids.contains(x.aliceOldNote.id)); // older than 28 days
    for (const Record &r : {x.bobNote, x.carolNote, x.daveNote})
        QVERIFY(!ids.contains(r.id));
}

void ScopeServiceTest::supervisorSeesTheirWorkersPeople()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    QCOMPARE(scope.scopeFor(x.t.supervisor.id, m_now).value().personIds, QStringList {x.alice});
    QVERIFY(m_store->addSupervision(x.t.org.id, x.t.supervisor.id, x.t.worker2.id).ok());
    QStringList both {x.alice, x.bob};
    both.sort();
    QCOMPARE(scope.scopeFor(x.t.supervisor.id, m_now).value().personIds, both);
    qint64 cursor = 0;
    const QSet<QString> ids = idSet(pullAll(scope, x.t.supervisor, x.t.supervisorDevice, cursor));
    QVERIFY(ids.contains(x.bobNote.id));
    QVERIFY(ids.contains(x.aliceRecentNote.id));
    QVERIFY(!ids.contains(x.carolNote.id));
    QVERIFY(!ids.contains(x.daveNote.id));
}

void ScopeServiceTest::coordinatorSeesTheWholeOrganisationOnly()
{
    auto a = makeWorld(QStringLiteral("a"));
    auto b = makeWorld(QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    ScopeService scope(*m_store);
    QVERIFY(scope.scopeFor(a.value().t.coordinator.id, m_now).value().wholeOrganisation);
    qint64 cursor = 0;
    const QList<StoredRecord> all =
        pullAll(scope, a.value().t.coordinator, a.value().t.coordinatorDevice, cursor);
    QCOMPARE(all.size(), 17); // 9 office records + 8 others, including the 40-day-old note
    for (const StoredRecord &r : all)
        QCOMPARE(r.orgId, a.value().t.org.id);
    QVERIFY(!idSet(all).contains(b.value().bobNote.id));
}

void ScopeServiceTest::therapistSeesTheirCaseload()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    ScopeService scope(*m_store);
    QCOMPARE(scope.scopeFor(w.value().t.therapist.id, m_now).value().personIds,
             QStringList {w.value().dave});
    qint64 cursor = 0;
    const QSet<QString> ids =
        idSet(pullAll(scope, w.value().t.therapist, w.value().t.therapistDevice, cursor));
    QVERIFY(ids.contains(w.value().daveNote.id));
    QCOMPARE(ids.size(), 2); // dave's person record and the note
}

void ScopeServiceTest::familySeesSharedEntriesAndVisitSummariesWhileConsentIsActive()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    const QList<StoredRecord> seen = pullAll(scope, x.t.family, x.t.familyDevice, cursor);
    QCOMPARE(seen.size(), 3); // the entry, the visit summary, the person's name
    const QSet<QString> ids = idSet(seen);
    QVERIFY(ids.contains(x.familyEntry.id));
    QVERIFY(!ids.contains(x.teamEntry.id));
    QVERIFY(ids.contains(x.aliceCheckOut.id));
    for (const StoredRecord &r : seen) {
        if (r.record.id != x.aliceCheckOut.id)
            continue;
        QCOMPARE(r.record.type, QStringLiteral("visit.summary"));
        QCOMPARE(r.record.payload.value(QStringLiteral("workerFirstName")).toString(),
                 QStringLiteral("Amira"));
        QVERIFY(
            !r.record.payload.contains(QStringLiteral("notes"))); // clinical detail stays behind
        QCOMPARE(r.record.authorUserId, QStringLiteral("careround-server")); // names no worker
    }
    // Without consent (a second family member never given it) nothing at all.
    auto other = createUser(*m_store, x.t.org.id, Role::FamilyMember, QStringLiteral("afamily2"),
                            QStringLiteral("Gus Son"));
    QVERIFY(other.ok());
    auto otherDevice = createDevice(*m_store, other.value());
    QVERIFY(m_store
                ->createFamilyLink(FamilyLink {newPersonId(), x.t.org.id, other.value().id, x.alice,
                                               QStringLiteral("son")})
                .ok());
    qint64 otherCursor = 0;
    QVERIFY(pullAll(scope, other.value(), otherDevice.value(), otherCursor).isEmpty());
}

void ScopeServiceTest::consentWithdrawalPurgesTheLinkedPerson()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    QCOMPARE(pullAll(scope, x.t.family, x.t.familyDevice, cursor).size(), 3);
    QVERIFY(m_store
                ->recordConsent(x.t.org.id,
                                ConsentEvent {x.familyLinkId, false, m_now, x.t.coordinator.id,
                                              QStringLiteral("withdrawn")})
                .ok());
    RecordFactory worker(x.t.worker.id, x.t.workerDevice.id);
    const Record later = worker.commbook(x.alice, QStringLiteral("family"),
                                         QStringLiteral("After withdrawal"), m_now.date());
    QVERIFY(m_store->putRecords(PutContext {x.t.org.id, x.t.worker.id, {}, m_now}, {later}).ok());

    auto purge = scope.purgeListFor(x.t.family.id, x.t.familyDevice.id, m_now);
    QVERIFY(purge.ok());
    QCOMPARE(purge.value().personIds, QStringList {x.alice});
    PurgeList fromPull;
    QVERIFY(pullAll(scope, x.t.family, x.t.familyDevice, cursor, &fromPull).isEmpty());
    QCOMPARE(fromPull.personIds, QStringList {x.alice});
    QVERIFY(scope.confirmPurged(x.t.familyDevice.id, {x.alice}).ok());
    QVERIFY(
        scope.purgeListFor(x.t.family.id, x.t.familyDevice.id, m_now).value().personIds.isEmpty());
    // Family may no longer write either.
    RecordFactory family(x.t.family.id, x.t.familyDevice.id);
    auto push = scope.push(
        x.t.family.id, x.t.familyDevice.id,
        {family.commbook(x.alice, QStringLiteral("family"), QStringLiteral("Hello"), m_now.date())},
        m_now);
    QCOMPARE(push.value().first().status, PutStatus::Rejected);
    QCOMPARE(push.value().first().error.field, QStringLiteral("personId"));
}

void ScopeServiceTest::rotaChangePurgesOldPeopleAndBackfillsNewOnes()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    QList<StoredRecord> held = pullAll(scope, x.t.worker, x.t.workerDevice, cursor);
    QVERIFY(!held.isEmpty());
    const qint64 before = cursor;

    // The office moves alice's visit to worker2 and gives worker a visit to bob.
    RecordFactory office(x.t.coordinator.id, x.t.coordinatorDevice.id);
    const Record moved =
        office.visit(x.alice, m_now.addSecs(3600), {x.t.worker2.id}, x.aliceVisit.visitId);
    const Record bobVisit = office.visit(x.bob, m_now.addSecs(7200), {x.t.worker.id});
    QVERIFY(
        m_store
            ->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {moved, bobVisit})
            .ok());

    PurgeList purge;
    const QList<StoredRecord> next = pullAll(scope, x.t.worker, x.t.workerDevice, cursor, &purge);
    QCOMPARE(purge.personIds, QStringList {x.alice});
    QCOMPARE(purge.historyBefore, m_now.date().addDays(-28));
    const QSet<QString> ids = idSet(next);
    QVERIFY2(ids.contains(x.bobNote.id),
             "bob's older record must be backfilled"); // seq below the cursor
    QVERIFY(ids.contains(bobVisit.id));
    QVERIFY(!ids.contains(moved.id)); // alice left the scope
    QCOMPARE(next.size(), ids.size()); // nothing twice in one pass
    for (const StoredRecord &r : next)
        QCOMPARE(r.record.personId, x.bob);
    QVERIFY(cursor > before);
    // Settled: the next pull returns nothing again, and alice stays on the purge list until
    // confirmed.
    PurgeList again;
    QVERIFY(pullAll(scope, x.t.worker, x.t.workerDevice, cursor, &again).isEmpty());
    QCOMPARE(again.personIds, QStringList {x.alice});
    QVERIFY(scope.confirmPurged(x.t.workerDevice.id, {x.alice}).ok());
    QVERIFY(
        scope.purgeListFor(x.t.worker.id, x.t.workerDevice.id, m_now).value().personIds.isEmpty());

    // Alice comes back: her records are sent again in full (the device deleted them).
    const Record back =
        office.visit(x.alice, m_now.addSecs(3600), {x.t.worker.id}, x.aliceVisit.visitId);
    QVERIFY(
        m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {back}).ok());
    const QSet<QString> returned = idSet(pullAll(scope, x.t.worker, x.t.workerDevice, cursor));
    QVERIFY(returned.contains(x.aliceRecentNote.id));
    QVERIFY(returned.contains(x.alicePlan.id));
    QVERIFY(returned.contains(back.id));
    QVERIFY(!returned.contains(x.bobNote.id)); // bob is held already
}

void ScopeServiceTest::freshCursorStartsAgainFromScratch()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    ScopeService scope(*m_store);
    qint64 cursor = 0;
    const QSet<QString> first =
        idSet(pullAll(scope, w.value().t.worker, w.value().t.workerDevice, cursor));
    qint64 again = 0;
    QCOMPARE(idSet(pullAll(scope, w.value().t.worker, w.value().t.workerDevice, again)), first);
    qint64 beyond = cursor + 1000; // a cursor from another database (restored from backup)
    QCOMPARE(idSet(pullAll(scope, w.value().t.worker, w.value().t.workerDevice, beyond)), first);
    QCOMPARE(
        scope.pull(w.value().t.worker.id, w.value().t.workerDevice.id, -1, 10, m_now).error().field,
        QStringLiteral("afterSeq"));
}

// Protocol 2: the device asks for page 3 while page 2 is still being stored (after = page 2's
// next_after, applied = page 1's). If page 2 is never stored (the app is killed), the device asks
// again after page 1, and page 2's records come again: only `applied` was acknowledged.
void ScopeServiceTest::aPageAskedForAheadIsSentAgainUntilApplied()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    ScopeService scope(*m_store);
    const QString user = w.value().t.worker.id;
    const QString device = w.value().t.workerDevice.id;
    auto page1 = scope.pull(user, device, 0, 2, m_now);
    QVERIFY(page1.ok() && page1.value().more);
    const qint64 c1 = page1.value().nextAfterSeq;
    auto page2 = scope.pull(user, device, c1, 2, m_now); // page 1 applied: c1 acknowledged
    QVERIFY(page2.ok() && page2.value().more);
    const qint64 c2 = page2.value().nextAfterSeq;
    auto page3 = scope.pull(user, device, c2, 2, m_now, c1); // asked for while page 2 is stored
    QVERIFY2(page3.ok(), qPrintable(page3.error().toString()));
    QVERIFY(!page3.value().records.isEmpty());

    auto again = scope.pull(user, device, c1, 2, m_now); // page 2 was never stored
    QVERIFY(again.ok());
    QCOMPARE(idSet(again.value().records), idSet(page2.value().records));

    QCOMPARE(scope.pull(user, device, c1, 2, m_now, c1 + 1).error().field,
             QStringLiteral("applied"));
}

QTEST_GUILESS_MAIN(ScopeServiceTest)
