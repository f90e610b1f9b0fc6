// ServerStore contract, part 2: records, seq, idempotency, scoped queries, rota, sync memory.
#include "testrecords.h"
#include "tst_serverstore_contract.h"
#include <QSet>
#include <atomic>
#include <mutex>
#include <thread>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

PutContext ctxFor(const TestOrg &t, const User &actor, const QString &device = QString())
{
    return PutContext {t.org.id, actor.id, device, QDateTime::currentDateTimeUtc()};
}

// An organisation with two people already stored.
struct World
{
    TestOrg t;
    QString alice, bob;
};

Result<World> makeWorld(ServerStore &store, const QString &prefix)
{
    auto t = createTestOrg(store, prefix);
    if (!t)
        return t.error();
    World w {t.value(), newPersonId(), newPersonId()};
    RecordFactory office(w.t.coordinator.id, QString());
    auto put = store.putRecords(
        ctxFor(w.t, w.t.coordinator),
        {office.person(w.alice), office.person(w.bob, QStringLiteral("Bob Jones"))});
    if (!put)
        return put.error();
    for (const PutResult &r : put.value()) {
        if (r.status != PutStatus::Accepted)
            return r.error;
    }
    return w;
}

QStringList idsOf(const QList<StoredRecord> &records)
{
    QStringList ids;
    for (const StoredRecord &r : records)
        ids.append(r.record.id);
    return ids;
}

} // namespace

void ServerStoreContractTest::putAssignsIncreasingSeqAndAuditsWrites()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY2(w.ok(), qPrintable(w.error().toString()));
    RecordFactory worker(w.value().t.worker.id, w.value().t.workerDevice.id);
    const QDate today = QDate::currentDate();
    QList<Record> batch {worker.teamNote(w.value().alice, today),
                         worker.teamNote(w.value().bob, today),
                         worker.teamNote(w.value().alice, today)};
    auto put = m_store->putRecords(
        ctxFor(w.value().t, w.value().t.worker, w.value().t.workerDevice.id), batch);
    QVERIFY2(put.ok(), qPrintable(put.error().toString()));
    QCOMPARE(put.value().size(), 3);
    qint64 previous = 2; // the two person records came first
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(put.value().at(i).recordId, batch.at(i).id);
        QCOMPARE(put.value().at(i).status, PutStatus::Accepted);
        QVERIFY(put.value().at(i).seq > previous);
        previous = put.value().at(i).seq;
    }
    QCOMPARE(m_store->latestSeq(w.value().t.org.id).value(), previous);
    auto stored = m_store->record(w.value().t.org.id, batch.at(1).id);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->record, batch.at(1));
    QCOMPARE(stored.value()->seq, put.value().at(1).seq);
    QCOMPARE(stored.value()->orgId, w.value().t.org.id);

    AuditQuery q {w.value().t.org.id};
    q.recordId = batch.at(1).id;
    auto audit = m_store->queryAudit(q);
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().first().action, QStringLiteral("record.write"));
    QCOMPARE(audit.value().first().actorUserId, w.value().t.worker.id);
    QCOMPARE(audit.value().first().deviceId, w.value().t.workerDevice.id);
    QCOMPARE(audit.value().first().personId, w.value().bob);
}

void ServerStoreContractTest::putIsIdempotentByRecordId()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    auto other = makeWorld(*m_store, QStringLiteral("b"));
    QVERIFY(w.ok() && other.ok());
    RecordFactory worker(w.value().t.worker.id, w.value().t.workerDevice.id);
    const Record note = worker.teamNote(w.value().alice, QDate::currentDate());
    const PutContext ctx = ctxFor(w.value().t, w.value().t.worker, w.value().t.workerDevice.id);
    const qint64 seq = m_store->putRecords(ctx, {note}).value().first().seq;

    auto again = m_store->putRecords(ctx, {note, note});
    QVERIFY(again.ok());
    for (const PutResult &r : again.value()) {
        QCOMPARE(r.status, PutStatus::Duplicate);
        QCOMPARE(r.seq, seq);
    }
    Record changed = note;
    changed.payload[QStringLiteral("text")] = QStringLiteral("Something else");
    auto conflict = m_store->putRecords(ctx, {changed});
    QCOMPARE(conflict.value().first().status, PutStatus::Rejected);
    QCOMPARE(conflict.value().first().error.field, QStringLiteral("id"));
    QCOMPARE(m_store->record(w.value().t.org.id, note.id).value()->record, note); // original kept
    QCOMPARE(m_store->latestSeq(w.value().t.org.id).value(), seq);

    // The same id pushed into another organisation is not a duplicate there: it is refused.
    Record stolen = note;
    stolen.personId = other.value().alice;
    auto foreign = m_store->putRecords(ctxFor(other.value().t, other.value().t.worker), {stolen});
    QCOMPARE(foreign.value().first().status, PutStatus::Rejected);
    QCOMPARE(foreign.value().first().error.field, QStringLiteral("id"));
    QVERIFY(!m_store->record(other.value().t.org.id, note.id).value());

    // Within one batch: the first copy is accepted, the second is its duplicate.
    const Record fresh = worker.teamNote(w.value().bob, QDate::currentDate());
    auto twice = m_store->putRecords(ctx, {fresh, fresh});
    QCOMPARE(twice.value().at(0).status, PutStatus::Accepted);
    QCOMPARE(twice.value().at(1).status, PutStatus::Duplicate);
    QCOMPARE(twice.value().at(1).seq, twice.value().at(0).seq);
}

void ServerStoreContractTest::putRejectsBadRecords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("id not a UUIDv7") << "bad-id"
                                     << "id";
    QTest::newRow("unknown person") << "unknown-person"
                                    << "personId";
    QTest::newRow("person of another organisation") << "foreign-person"
                                                    << "personId";
    QTest::newRow("visit without planned start") << "visit-no-start"
                                                 << "payload.plannedStart";
    QTest::newRow("visit id of another organisation") << "foreign-visit"
                                                      << "visitId";
}

void ServerStoreContractTest::putRejectsBadRecords()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    auto other = makeWorld(*m_store, QStringLiteral("b"));
    QVERIFY(w.ok() && other.ok());
    RecordFactory office(w.value().t.coordinator.id, QString());
    RecordFactory otherOffice(other.value().t.coordinator.id, QString());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
    Record record = office.teamNote(w.value().alice, QDate::currentDate());
    if (kind == QLatin1String("bad-id")) {
        record.id = QStringLiteral("not-a-uuid");
    } else if (kind == QLatin1String("unknown-person")) {
        record.personId = newPersonId();
    } else if (kind == QLatin1String("foreign-person")) {
        record.personId = other.value().alice;
    } else if (kind == QLatin1String("visit-no-start")) {
        record = office.visit(w.value().alice, start, {w.value().t.worker.id});
        record.payload.remove(QStringLiteral("plannedStart"));
    } else if (kind == QLatin1String("foreign-visit")) {
        const Record theirs =
            otherOffice.visit(other.value().alice, start, {other.value().t.worker.id});
        QCOMPARE(m_store->putRecords(ctxFor(other.value().t, other.value().t.coordinator), {theirs})
                     .value()
                     .first()
                     .status,
                 PutStatus::Accepted);
        record = office.visit(w.value().alice, start, {w.value().t.worker.id}, theirs.visitId);
    }
    const qint64 before = m_store->latestSeq(w.value().t.org.id).value();
    auto put = m_store->putRecords(ctxFor(w.value().t, w.value().t.coordinator), {record});
    QVERIFY(put.ok());
    QCOMPARE(put.value().first().status, PutStatus::Rejected);
    QCOMPARE(put.value().first().error.field, field);
    QVERIFY(!put.value().first().error.message.isEmpty());
    QCOMPARE(m_store->latestSeq(w.value().t.org.id).value(), before);
}

void ServerStoreContractTest::rejectedRecordIsNeverHalfApplied()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    RecordFactory office(w.value().t.coordinator.id, QString());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
    // A new person whose record is invalid, and a visit for them: neither the person nor the
    // rota row may appear; the valid record in between still lands.
    const QString carol = newPersonId();
    Record badPerson = office.person(carol);
    badPerson.payload = QJsonObject();
    const Record good = office.teamNote(w.value().alice, QDate::currentDate());
    const Record visitForCarol = office.visit(carol, start, {w.value().t.worker.id});
    auto put = m_store->putRecords(ctxFor(w.value().t, w.value().t.coordinator),
                                   {badPerson, good, visitForCarol});
    QVERIFY(put.ok());
    QCOMPARE(put.value().at(0).status, PutStatus::Rejected);
    QCOMPARE(put.value().at(1).status, PutStatus::Accepted);
    QCOMPARE(put.value().at(2).status, PutStatus::Rejected);
    QCOMPARE(put.value().at(2).error.field, QStringLiteral("personId"));
    QVERIFY(!m_store->personIds(w.value().t.org.id).value().contains(carol));
    QVERIFY(
        m_store
            ->visits(w.value().t.org.id, w.value().t.worker.id, start.addDays(-1), start.addDays(1))
            .value()
            .isEmpty());
    QVERIFY(!m_store->record(w.value().t.org.id, badPerson.id).value());
    AuditQuery q {w.value().t.org.id};
    q.recordId = badPerson.id;
    QVERIFY(m_store->queryAudit(q).value().isEmpty());
}

void ServerStoreContractTest::atomicBatchStoresNothingWhenOneRecordIsRejected()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    RecordFactory office(w.value().t.coordinator.id, QString());
    const QString carol = newPersonId();
    Record broken = office.teamNote(w.value().alice, QDate::currentDate());
    broken.id = QStringLiteral("broken");
    PutContext ctx = ctxFor(w.value().t, w.value().t.coordinator);
    ctx.atomic = true;
    const qint64 before = m_store->latestSeq(w.value().t.org.id).value();
    auto put = m_store->putRecords(
        ctx, {office.person(carol), broken, office.teamNote(w.value().bob, QDate::currentDate())});
    QVERIFY(put.ok());
    QCOMPARE(put.value().size(), 3);
    QCOMPARE(put.value().at(1).error.field, QStringLiteral("id"));
    QCOMPARE(put.value().at(0).status, PutStatus::Rejected);
    QCOMPARE(put.value().at(0).error.field, QStringLiteral("batch"));
    QCOMPARE(put.value().at(2).status, PutStatus::Rejected);
    QCOMPARE(m_store->latestSeq(w.value().t.org.id).value(), before);
    QVERIFY(!m_store->personIds(w.value().t.org.id).value().contains(carol));
    // A clean atomic batch is stored whole.
    auto clean = m_store->putRecords(
        ctx, {office.person(carol), office.teamNote(carol, QDate::currentDate())});
    QCOMPARE(clean.value().at(0).status, PutStatus::Accepted);
    QCOMPARE(clean.value().at(1).status, PutStatus::Accepted);
}

void ServerStoreContractTest::queryFiltersByPersonTypeWindowAndAudience()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &world = w.value();
    RecordFactory office(world.t.coordinator.id, QString());
    RecordFactory worker(world.t.worker.id, world.t.workerDevice.id);
    const QDate today = QDate::currentDate();
    const Record oldNote = worker.teamNote(world.alice, today.addDays(-40));
    const Record recentNote = worker.teamNote(world.alice, today.addDays(-3));
    const Record oldPlan = office.carePlan(world.alice); // dated long ago, exempt from the window
    const Record familyEntry =
        worker.commbook(world.alice, QStringLiteral("family"), QStringLiteral("Lovely day"), today);
    const Record teamEntry = worker.commbook(world.alice, QStringLiteral("care_team"),
                                             QStringLiteral("Bruise on arm"), today);
    const Record bobNote = worker.teamNote(world.bob, today);
    auto put = m_store->putRecords(ctxFor(world.t, world.t.coordinator),
                                   {oldNote, recentNote, oldPlan, familyEntry, teamEntry, bobNote});
    QVERIFY(put.ok());

    RecordQuery q;
    q.orgId = world.t.org.id;
    q.personIds = {world.alice};
    auto alice = m_store->queryRecords(q);
    QVERIFY(alice.ok());
    QCOMPARE(alice.value().records.size(), 6); // person record + 5
    QVERIFY(!idsOf(alice.value().records).contains(bobNote.id));

    q.windowFrom = today.addDays(-28);
    q.windowTo = today.addDays(7);
    q.windowExemptTypes = {oldPlan.type, QStringLiteral("person")};
    auto windowed = m_store->queryRecords(q);
    QVERIFY(!idsOf(windowed.value().records).contains(oldNote.id));
    QVERIFY(idsOf(windowed.value().records).contains(recentNote.id));
    QVERIFY(idsOf(windowed.value().records).contains(oldPlan.id));

    RecordQuery family;
    family.orgId = world.t.org.id;
    family.personIds = {world.alice};
    family.types = {familyEntry.type};
    family.audience = QStringLiteral("family");
    auto shared = m_store->queryRecords(family);
    QCOMPARE(idsOf(shared.value().records), QStringList {familyEntry.id});

    RecordQuery nobody;
    nobody.orgId = world.t.org.id;
    auto none = m_store->queryRecords(nobody);
    QVERIFY(none.ok());
    QVERIFY(none.value().records.isEmpty());
    QCOMPARE(none.value().nextAfterSeq, m_store->latestSeq(world.t.org.id).value());

    RecordQuery everything;
    everything.orgId = world.t.org.id;
    everything.allPersons = true;
    QCOMPARE(m_store->queryRecords(everything).value().records.size(), 8);
    everything.limit = 0;
    QCOMPARE(m_store->queryRecords(everything).error().field, QStringLiteral("limit"));
}

void ServerStoreContractTest::queryPagesFollowTheCursor()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    RecordFactory worker(w.value().t.worker.id, w.value().t.workerDevice.id);
    QList<Record> notes;
    for (int i = 0; i < 25; ++i)
        notes.append(
            worker.teamNote(i % 2 ? w.value().alice : w.value().bob, QDate::currentDate()));
    QVERIFY(m_store->putRecords(ctxFor(w.value().t, w.value().t.worker), notes).ok());
    RecordQuery q;
    q.orgId = w.value().t.org.id;
    q.personIds = {w.value().alice, w.value().bob};
    q.limit = 10;
    QStringList seen;
    int pages = 0;
    for (;;) {
        auto page = m_store->queryRecords(q);
        QVERIFY(page.ok());
        ++pages;
        qint64 last = q.afterSeq;
        for (const StoredRecord &r : page.value().records) {
            QVERIFY(r.seq > last);
            last = r.seq;
        }
        seen += idsOf(page.value().records);
        QVERIFY(page.value().nextAfterSeq >= q.afterSeq);
        q.afterSeq = page.value().nextAfterSeq;
        if (!page.value().more)
            break;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 27);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 27);
    QVERIFY(m_store->queryRecords(q).value().records.isEmpty());
}

void ServerStoreContractTest::queryBelowHighWaterReturnsOnlyOwedPeople()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    RecordFactory worker(w.value().t.worker.id, w.value().t.workerDevice.id);
    const QDate today = QDate::currentDate();
    const Record a1 = worker.teamNote(w.value().alice, today);
    const Record b1 = worker.teamNote(w.value().bob, today);
    QVERIFY(m_store->putRecords(ctxFor(w.value().t, w.value().t.worker), {a1, b1}).ok());
    const qint64 highWater = m_store->latestSeq(w.value().t.org.id).value();
    const Record a2 = worker.teamNote(w.value().alice, today);
    const Record b2 = worker.teamNote(w.value().bob, today);
    QVERIFY(m_store->putRecords(ctxFor(w.value().t, w.value().t.worker), {a2, b2}).ok());

    // The device holds alice up to the high-water mark; bob is new to it and owed his past.
    RecordQuery q;
    q.orgId = w.value().t.org.id;
    q.personIds = {w.value().alice, w.value().bob};
    q.highWaterSeq = highWater;
    q.backfillUpTo.insert(w.value().bob, highWater);
    auto page = m_store->queryRecords(q);
    QVERIFY(page.ok());
    const QStringList ids = idsOf(page.value().records);
    QVERIFY(!ids.contains(a1.id));
    QVERIFY(ids.contains(b1.id));
    QVERIFY(ids.contains(a2.id));
    QVERIFY(ids.contains(b2.id));
}

void ServerStoreContractTest::queryNeverCrossesOrganisations()
{
    auto a = makeWorld(*m_store, QStringLiteral("a"));
    auto b = makeWorld(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    RecordFactory worker(b.value().t.worker.id, b.value().t.workerDevice.id);
    const Record theirs = worker.teamNote(b.value().alice, QDate::currentDate());
    QVERIFY(m_store->putRecords(ctxFor(b.value().t, b.value().t.worker), {theirs}).ok());
    RecordQuery q;
    q.orgId = a.value().t.org.id;
    q.personIds = {b.value().alice, a.value().alice};
    const QList<StoredRecord> named = m_store->queryRecords(q).value().records;
    QCOMPARE(named.size(), 1); // only alice's person record of org A
    for (const StoredRecord &r : named)
        QCOMPARE(r.orgId, a.value().t.org.id);
    q.allPersons = true;
    const QList<StoredRecord> all = m_store->queryRecords(q).value().records;
    QCOMPARE(all.size(), 2);
    for (const StoredRecord &r : all)
        QCOMPARE(r.orgId, a.value().t.org.id);
    QVERIFY(!m_store->record(a.value().t.org.id, theirs.id).value());
    QVERIFY(!m_store->personIds(a.value().t.org.id).value().contains(b.value().alice));
    QVERIFY(m_store
                ->visits(a.value().t.org.id, b.value().t.worker.id,
                         QDateTime::currentDateTimeUtc().addDays(-30),
                         QDateTime::currentDateTimeUtc().addDays(30))
                .value()
                .isEmpty());
}

void ServerStoreContractTest::rotaFollowsTheLatestVisitVersion()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    const TestOrg &t = w.value().t;
    RecordFactory office(t.coordinator.id, QString());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(7200);
    const Record v1 = office.visit(w.value().alice, start, {t.worker.id});
    const Record v2 = office.visit(w.value().alice, start, {t.worker2.id}, v1.visitId, 45);
    QVERIFY(m_store->putRecords(ctxFor(t, t.coordinator), {v1}).ok());
    const QDateTime from = start.addDays(-1), to = start.addDays(1);
    QCOMPARE(m_store->visits(t.org.id, t.worker.id, from, to).value().size(), 1);
    QVERIFY(m_store->putRecords(ctxFor(t, t.coordinator), {v2}).ok());
    QVERIFY(m_store->visits(t.org.id, t.worker.id, from, to).value().isEmpty());
    auto now = m_store->visits(t.org.id, t.worker2.id, from, to);
    QCOMPARE(now.value().size(), 1);
    QCOMPARE(now.value().first().visitId, v1.visitId);
    QCOMPARE(now.value().first().durationMinutes, 45);
    QCOMPARE(now.value().first().plannedStart, start.addMSecs(-start.time().msec()));
    QCOMPARE(now.value().first().recordId, v2.id);
    // An older version arriving late (offline office laptop) does not win.
    Record stale = office.visit(w.value().alice, start, {t.worker.id}, v1.visitId);
    stale.hlc.wallMs = v1.hlc.wallMs - 1000;
    QVERIFY(m_store->putRecords(ctxFor(t, t.coordinator), {stale}).ok());
    QVERIFY(m_store->visits(t.org.id, t.worker.id, from, to).value().isEmpty());
    QCOMPARE(m_store->visits(t.org.id, QString(), from, to).value().first().workerIds,
             QStringList {t.worker2.id});
}

void ServerStoreContractTest::deviceSyncStateRoundTrips()
{
    const QString device = QStringLiteral("dev-1");
    auto empty = m_store->deviceSyncState(device);
    QVERIFY(empty.ok());
    QCOMPARE(empty.value().highWaterSeq, 0);
    QVERIFY(empty.value().persons.isEmpty());
    DeviceSyncState state {device,
                           42,
                           {{QStringLiteral("p1"), 0, false},
                            {QStringLiteral("p2"), 40, false},
                            {QStringLiteral("p3"), 0, true}}};
    QVERIFY(m_store->saveDeviceSyncState(state).ok());
    auto read = m_store->deviceSyncState(device);
    QCOMPARE(read.value().highWaterSeq, 42);
    QCOMPARE(read.value().persons.size(), 3);
    QCOMPARE(read.value().persons.at(1).backfillUpTo, 40);
    QVERIFY(read.value().persons.at(2).purging);
    state.persons.removeFirst();
    state.highWaterSeq = 50;
    QVERIFY(m_store->saveDeviceSyncState(state).ok());
    QCOMPARE(m_store->deviceSyncState(device).value().persons.size(), 2);
    QCOMPARE(m_store->deviceSyncState(QStringLiteral("dev-2")).value().persons.size(), 0);
    QCOMPARE(m_store->saveDeviceSyncState(DeviceSyncState {QString(), 1, {}}).error().field,
             QStringLiteral("deviceId"));
}

void ServerStoreContractTest::concurrentWritersNeverLetAPullSkipARecord()
{
    auto w = makeWorld(*m_store, QStringLiteral("a"));
    QVERIFY(w.ok());
    const TestOrg t = w.value().t;
    const QString alice = w.value().alice;
    // PostgreSQL: the writers use a second store instance, as another server process would.
    std::unique_ptr<ServerStore> second = m_store.openSecondInstance();
    ServerStore &writerStore = second ? *second : *m_store;
    constexpr int Writers = 4, Batches = 15, PerBatch = 5;
    std::atomic<bool> failed {false};
    std::atomic<int> writersLeft {Writers};
    std::vector<std::thread> writers;
    QSet<QString> written;
    std::mutex writtenMutex;
    for (int i = 0; i < Writers; ++i) {
        writers.emplace_back([&, i] {
            RecordFactory worker(t.worker.id, QStringLiteral("device-%1").arg(i));
            for (int b = 0; b < Batches; ++b) {
                QList<Record> batch;
                for (int k = 0; k < PerBatch; ++k)
                    batch.append(worker.teamNote(alice, QDate::currentDate()));
                auto put = writerStore.putRecords(
                    PutContext {t.org.id, t.worker.id, {}, QDateTime::currentDateTimeUtc()}, batch);
                if (!put) {
                    failed = true;
                    break;
                }
                std::lock_guard lock(writtenMutex);
                for (const Record &r : batch)
                    written.insert(r.id);
            }
            --writersLeft;
        });
    }
    // Meanwhile a device pulls with its cursor, as the sync protocol does.
    RecordQuery q;
    q.orgId = t.org.id;
    q.personIds = {alice};
    q.limit = 7;
    QStringList pulled;
    bool writersDone = false;
    for (int round = 0; round < 100000; ++round) {
        writersDone = writersLeft.load() == 0;
        auto page = m_store->queryRecords(q);
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        pulled += idsOf(page.value().records);
        q.afterSeq = page.value().nextAfterSeq;
        if (writersDone && !page.value().more)
            break;
    }
    for (auto &thread : writers)
        thread.join();
    QVERIFY(!failed);
    QSet<QString> pulledSet(pulled.cbegin(), pulled.cend());
    QCOMPARE(pulled.size(), pulledSet.size()); // nothing twice
    for (const QString &id : written)
        QVERIFY2(pulledSet.contains(id), "a committed record was skipped by the cursor");
    QCOMPARE(int(written.size()), Writers * Batches * PerBatch);
}

QTEST_GUILESS_MAIN(ServerStoreContractTest)
