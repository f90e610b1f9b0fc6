// ScopeService, part 4: entry codes (person.entrycodes) reach only the devices of a worker
// assigned to a visit of that person, from 24 h before its planned start to 6 h after its
// planned end; every delivery is audited; the device is told to delete them afterwards. "Now"
// is the test's: ScopeService takes it from the caller (the server's request time).
#include "core/recordtypes.h"
#include "samplerecords.h"
#include "tst_scopeservice.h"

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;
using namespace scopetest;

namespace {

// The office's entry codes for a person, written today.
Record entryCodesFor(RecordFactory &office, const QString &personId)
{
    Record r = office.base(QString::fromLatin1(RecordType::PersonEntryCodes), personId,
                           QDateTime::currentDateTimeUtc().date());
    r.payload = samples::payload(r.type);
    return r;
}

bool contains(const QList<StoredRecord> &records, const QString &id)
{
    return idSet(records).contains(id);
}

} // namespace

// One page of everything from a fresh cursor at `now`: the codes it carries and the purge list.
struct FreshPull
{
    QList<StoredRecord> records;
    PurgeList purge;
};

static FreshPull freshPull(ScopeService &scope, const User &user, const Device &device,
                           const QDateTime &now)
{
    auto page = scope.pull(user.id, device.id, 0, 5000, now);
    if (!page) {
        qWarning() << page.error().toString();
        return {};
    }
    return FreshPull {page.value().records, page.value().purge};
}

void ScopeServiceTest::entryCodesReachTheAssignedWorkerOnlyNearTheVisit()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    RecordFactory office(x.t.coordinator.id, x.t.coordinatorDevice.id);
    const Record codes = entryCodesFor(office, x.alice);
    QVERIFY(
        m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {codes}).ok());
    ScopeService scope(*m_store);
    // alice's visit: worker, planned an hour after m_now, 30 minutes.
    const QDateTime start = QDateTime::fromString(
        x.aliceVisit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate);
    QVERIFY(start.isValid());
    const QDateTime end = start.addSecs(30 * 60);
    const QList<std::pair<QDateTime, bool>> moments {
        {start.addSecs(-24 * 3600 - 1), false}, // more than a day ahead
        {start.addSecs(-24 * 3600 + 1), true}, // within the next day
        {start.addSecs(600), true}, // under way
        {end.addSecs(6 * 3600 - 1), true}, // a late call still gets in
        {end.addSecs(6 * 3600 + 1), false}, // over
    };
    for (const auto &[now, expected] : moments) {
        const QString when = now.toString(Qt::ISODate);
        const FreshPull pulled = freshPull(scope, x.t.worker, x.t.workerDevice, now);
        QVERIFY2(contains(pulled.records, x.alicePlan.id),
                 qPrintable(when)); // alice is in scope throughout
        QVERIFY2(contains(pulled.records, codes.id) == expected, qPrintable(when));
        QCOMPARE(pulled.purge.entryCodesFor, expected ? QStringList {x.alice} : QStringList {});
        QCOMPARE(scope.canReadRecord(x.t.worker.id, codes, now).value(), expected);
    }
}

void ScopeServiceTest::entryCodesNeverReachOtherRoles()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    RecordFactory office(x.t.coordinator.id, x.t.coordinatorDevice.id);
    const Record aliceCodes = entryCodesFor(office, x.alice);
    const Record daveCodes = entryCodesFor(office, x.dave);
    // The supervisor (who supervises worker, alice's carer) is rostered to dave in two hours.
    const Record daveVisit = office.visit(x.dave, m_now.addSecs(7200), {x.t.supervisor.id});
    QVERIFY(m_store
                ->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now},
                             {aliceCodes, daveCodes, daveVisit})
                .ok());
    ScopeService scope(*m_store);
    const FreshPull supervisor = freshPull(scope, x.t.supervisor, x.t.supervisorDevice, m_now);
    QVERIFY(contains(supervisor.records, x.alicePlan.id)); // alice is in the supervisor's scope...
    QVERIFY(!contains(supervisor.records, aliceCodes.id)); // ...her codes are not
    QVERIFY(contains(supervisor.records, daveCodes.id)); // dave's visit is the supervisor's own
    QCOMPARE(supervisor.purge.entryCodesFor, QStringList {x.dave});

    const FreshPull therapist = freshPull(scope, x.t.therapist, x.t.therapistDevice, m_now);
    QVERIFY(contains(therapist.records, x.daveNote.id)); // dave is on the caseload
    QVERIFY(!contains(therapist.records, daveCodes.id));
    QVERIFY(therapist.purge.entryCodesFor.isEmpty());
    QVERIFY(!scope.canReadRecord(x.t.therapist.id, daveCodes, m_now).value());

    const FreshPull coordinator = freshPull(scope, x.t.coordinator, x.t.coordinatorDevice, m_now);
    QVERIFY(contains(coordinator.records, x.alicePlan.id));
    QVERIFY(!contains(coordinator.records,
                      aliceCodes.id)); // the office reads them, phones do not carry them
    QVERIFY(coordinator.purge.entryCodesFor.isEmpty());
    QVERIFY(scope.canReadRecord(x.t.coordinator.id, aliceCodes, m_now).value());

    const FreshPull family = freshPull(scope, x.t.family, x.t.familyDevice, m_now);
    QVERIFY(!family.records.isEmpty());
    QVERIFY(!contains(family.records, aliceCodes.id));
    QVERIFY(family.purge.entryCodesFor.isEmpty());

    const FreshPull colleague = freshPull(scope, x.t.worker2, x.t.worker2Device, m_now);
    QVERIFY(!contains(colleague.records, aliceCodes.id));
    QVERIFY(!scope.canReadRecord(x.t.worker2.id, aliceCodes, m_now).value());
}

void ScopeServiceTest::entryCodesAreSentWhenTheVisitNearsAndPurgedAfter()
{
    auto w = makeWorld(QStringLiteral("a"));
    QVERIFY(w.ok());
    const World &x = w.value();
    RecordFactory office(x.t.coordinator.id, x.t.coordinatorDevice.id);
    const Record codes = entryCodesFor(office, x.alice);
    QVERIFY(
        m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {codes}).ok());
    ScopeService scope(*m_store);
    const QDateTime start = QDateTime::fromString(
        x.aliceVisit.payload.value(QStringLiteral("plannedStart")).toString(), Qt::ISODate);

    // Two days ahead the device syncs everything but the codes.
    qint64 cursor = 0;
    const QDateTime early = start.addSecs(-30 * 3600);
    PurgeList purge;
    QList<StoredRecord> held =
        pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, early, &purge);
    QVERIFY(contains(held, x.alicePlan.id));
    QVERIFY(!contains(held, codes.id));
    QVERIFY(purge.entryCodesFor.isEmpty());
    const qint64 before = cursor;
    QVERIFY(before >= 1);

    // The evening before: the codes come, though their seq is below the device's cursor.
    const QDateTime eve = start.addSecs(-12 * 3600);
    const QList<StoredRecord> sent =
        pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, eve, &purge);
    QCOMPARE(idSet(sent), QSet<QString> {codes.id});
    QCOMPARE(purge.entryCodesFor, QStringList {x.alice});
    QVERIFY(cursor >= before);
    AuditQuery delivered {x.t.org.id};
    delivered.action = QStringLiteral("entrycodes.read");
    const QList<AuditEntry> audit = m_store->queryAudit(delivered).value();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().recordId, codes.id);
    QCOMPARE(audit.first().personId, x.alice);
    QCOMPARE(audit.first().actorUserId, x.t.worker.id);
    QCOMPARE(audit.first().deviceId, x.t.workerDevice.id);
    QVERIFY2(audit.first().detail.contains(x.aliceVisit.visitId), qPrintable(audit.first().detail));

    // Settled: not sent again.
    QVERIFY(
        pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, eve.addSecs(60), &purge).isEmpty());
    QCOMPARE(m_store->queryAudit(delivered).value().size(), 1);

    // A new version from the office while the visit is near reaches the device in the normal way.
    const Record changed = entryCodesFor(office, x.alice);
    QVERIFY(m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {changed})
                .ok());
    QCOMPARE(
        idSet(pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, eve.addSecs(120), &purge)),
        QSet<QString> {changed.id});

    // After the visit the device is told to keep nobody's codes; alice stays in scope.
    const QDateTime after = start.addSecs(8 * 3600);
    pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, after, &purge);
    QVERIFY(purge.entryCodesFor.isEmpty());
    QVERIFY(purge.personIds.isEmpty());
    QVERIFY(scope.purgeListFor(x.t.worker.id, x.t.workerDevice.id, after)
                .value()
                .entryCodesFor.isEmpty());

    // The office moves the visit to later today: the codes are owed again, in full.
    const Record moved =
        office.visit(x.alice, after.addSecs(3600), {x.t.worker.id}, x.aliceVisit.visitId);
    QVERIFY(
        m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {moved}).ok());
    const QSet<QString> again =
        idSet(pullAllAt(scope, x.t.worker, x.t.workerDevice, cursor, after, &purge));
    QVERIFY(again.contains(codes.id));
    QVERIFY(again.contains(changed.id));
    QCOMPARE(purge.entryCodesFor, QStringList {x.alice});
}

QList<StoredRecord> ScopeServiceTest::pullAllAt(ScopeService &scope, const User &user,
                                                const Device &device, qint64 &cursor,
                                                const QDateTime &now, PurgeList *purge)
{
    QList<StoredRecord> all;
    for (int i = 0; i < 100; ++i) {
        auto page = scope.pull(user.id, device.id, cursor, 3, now);
        if (!page) {
            qWarning() << page.error().toString();
            return {};
        }
        if (purge)
            *purge = page.value().purge; // the last page's list is the one a device applies
        all += page.value().records;
        cursor = page.value().nextAfterSeq;
        if (!page.value().more)
            break;
    }
    return all;
}
