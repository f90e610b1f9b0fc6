// ServerStore contract, part 3: device backlogs (CareRound-Pending-Records), the rota's handling
// of cancelled visits, and concurrent pushes that share a transaction (group commit).
#include "testrecords.h"
#include "tst_serverstore_contract.h"
#include <QMutex>
#include <thread>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

void ServerStoreContractTest::deviceBacklogKeepsTheLatestReportPerDevice()
{
    auto a = createTestOrg(*m_store, QStringLiteral("a"));
    auto b = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(m_store->deviceBacklogs(a.value().org.id).value().isEmpty());
    const QDateTime t0 =
        QDateTime::fromString(QStringLiteral("2026-11-22T08:00:00.000Z"), Qt::ISODateWithMs);
    const QString device = a.value().workerDevice.id;
    QVERIFY(m_store->reportDeviceBacklog(device, 7, t0).ok());
    QVERIFY(m_store->reportDeviceBacklog(device, 3, t0.addSecs(60)).ok());
    QVERIFY(
        m_store->reportDeviceBacklog(device, 9, t0.addSecs(30)).ok()); // older: overtaken, ignored
    QVERIFY(m_store->reportDeviceBacklog(b.value().workerDevice.id, 1, t0).ok());
    QVERIFY(m_store->touchDevice(device, t0.addSecs(120)).ok());

    const QList<DeviceBacklog> backlogs = m_store->deviceBacklogs(a.value().org.id).value();
    QCOMPARE(backlogs.size(), 1); // never another organisation's devices
    const DeviceBacklog &d = backlogs.first();
    QCOMPARE(d.deviceId, device);
    QCOMPARE(d.userId, a.value().worker.id);
    QCOMPARE(d.orgId, a.value().org.id);
    QCOMPARE(d.pendingRecords, 3);
    QCOMPARE(d.reportedAt, t0.addSecs(60));
    QCOMPARE(d.lastSeenAt, t0.addSecs(120));
    QCOMPARE(d.lastContact(), t0.addSecs(120));
    QVERIFY(!d.revoked);
    QVERIFY(m_store->reportDeviceBacklog(device, 0, t0.addSecs(180))
                .ok()); // synced: zero is a report too
    QCOMPARE(m_store->deviceBacklogs(a.value().org.id).value().first().pendingRecords, 0);
    // With the oldest unsent record's time and their visits (schema v3); "none" and "not said"
    // read back as different things.
    const QDateTime since = t0.addSecs(-3600);
    QVERIFY(m_store
                ->reportDeviceBacklog(device, BacklogReport {2, since, QStringList {"v-1", "v-2"}},
                                      t0.addSecs(181))
                .ok());
    DeviceBacklog detail = m_store->deviceBacklogs(a.value().org.id).value().first();
    QCOMPARE(detail.pendingRecords, 2);
    QCOMPARE(detail.pendingSince, since);
    QCOMPARE(detail.pendingVisitIds, std::optional<QStringList>(QStringList {"v-1", "v-2"}));
    QVERIFY(
        m_store->reportDeviceBacklog(device, BacklogReport {1, {}, QStringList {}}, t0.addSecs(182))
            .ok());
    detail = m_store->deviceBacklogs(a.value().org.id).value().first();
    QVERIFY(!detail.pendingSince.isValid());
    QCOMPARE(detail.pendingVisitIds, std::optional<QStringList>(QStringList {}));
    QVERIFY(m_store->reportDeviceBacklog(device, 0, t0.addSecs(183)).ok());
    QVERIFY(!m_store->deviceBacklogs(a.value().org.id).value().first().pendingVisitIds);
    QStringList tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(QStringLiteral("v-%1").arg(i));
    QCOMPARE(m_store->reportDeviceBacklog(device, BacklogReport {1, {}, tooMany}, t0.addSecs(184))
                 .error()
                 .field,
             QStringLiteral("visitIds"));
    QCOMPARE(m_store
                 ->reportDeviceBacklog(device, BacklogReport {1, {}, QStringList {"a b"}},
                                       t0.addSecs(184))
                 .error()
                 .field,
             QStringLiteral("visitIds"));
    QVERIFY(m_store->revokeDevice(device, t0.addSecs(200)).ok());
    QVERIFY(m_store->deviceBacklogs(a.value().org.id).value().first().revoked);

    QCOMPARE(m_store->reportDeviceBacklog(QStringLiteral("no-such-device"), 1, t0).error().field,
             QStringLiteral("deviceId"));
    QCOMPARE(m_store->reportDeviceBacklog(device, -1, t0).error().field,
             QStringLiteral("pendingRecords"));
    QCOMPARE(m_store->reportDeviceBacklog(device, 1, QDateTime()).error().field,
             QStringLiteral("at"));
    QCOMPARE(m_store->deviceBacklogs(QString()).error().field, QStringLiteral("orgId"));
}

void ServerStoreContractTest::cancelledVisitAssignsNobody()
{
    auto t = createTestOrg(*m_store, QStringLiteral("c"));
    QVERIFY(t.ok());
    const QString person = newPersonId();
    RecordFactory office(t.value().coordinator.id, QString());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
    const Record visit = office.visit(person, start, {t.value().worker.id});
    Record cancelled = office.visit(person, start, {t.value().worker.id}, visit.visitId);
    cancelled.payload[QStringLiteral("cancelled")] = true;
    cancelled.payload[QStringLiteral("cancelReason")] = QStringLiteral("in hospital");
    const PutContext ctx {
        t.value().org.id, t.value().coordinator.id, {}, QDateTime::currentDateTimeUtc()};
    QVERIFY(m_store->putRecords(ctx, {office.person(person), visit}).ok());
    const QDateTime from = start.addDays(-1), to = start.addDays(1);
    QCOMPARE(m_store->visits(t.value().org.id, t.value().worker.id, from, to).value().size(), 1);
    const auto put = m_store->putRecords(ctx, {cancelled});
    QVERIFY2(put.value().first().status == PutStatus::Accepted,
             qPrintable(put.value().first().error.toString()));
    QVERIFY(m_store->visits(t.value().org.id, t.value().worker.id, from, to).value().isEmpty());
    const QList<VisitAssignment> all =
        m_store->visits(t.value().org.id, QString(), from, to).value();
    QCOMPARE(all.size(), 1); // the visit stays on the rota, assigned to nobody
    QVERIFY(all.first().workerIds.isEmpty());
    QCOMPARE(all.first().recordId, cancelled.id);
}

void ServerStoreContractTest::concurrentPushesEachGetTheirOwnAnswers()
{
    auto t = createTestOrg(*m_store, QStringLiteral("g"));
    QVERIFY(t.ok());
    const QString person = newPersonId();
    RecordFactory office(t.value().coordinator.id, QString());
    QVERIFY(m_store
                ->putRecords(PutContext {t.value().org.id,
                                         t.value().coordinator.id,
                                         {},
                                         QDateTime::currentDateTimeUtc()},
                             {office.person(person)})
                .ok());
    RecordFactory worker(t.value().worker.id, t.value().workerDevice.id);
    const Record shared =
        worker.teamNote(person, QDate::currentDate(), QStringLiteral("sent by every thread"));
    Record clash =
        worker.teamNote(person, QDate::currentDate(), QStringLiteral("same id, other text"));
    clash.id = shared.id;
    std::unique_ptr<ServerStore> second = m_store.openSecondInstance();
    constexpr int Threads = 8, Rounds = 10;
    QMutex mutex;
    QList<PutResult> sharedAnswers, clashAnswers;
    QSet<qint64> seqs;
    int failures = 0, accepted = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back([&, i] {
            ServerStore &store = second && i % 2 ? *second : *m_store;
            RecordFactory mine(t.value().worker.id, t.value().workerDevice.id);
            for (int round = 0; round < Rounds; ++round) {
                QList<Record> batch {mine.teamNote(person, QDate::currentDate()),
                                     round == 0 ? shared : clash,
                                     mine.teamNote(person, QDate::currentDate())};
                auto put = store.putRecords(
                    PutContext {
                        t.value().org.id, t.value().worker.id, {}, QDateTime::currentDateTimeUtc()},
                    batch);
                QMutexLocker lock(&mutex);
                if (!put || put.value().size() != 3) {
                    ++failures;
                    continue;
                }
                for (int k : {0, 2}) {
                    accepted += put.value().at(k).status == PutStatus::Accepted ? 1 : 0;
                    seqs.insert(put.value().at(k).seq);
                }
                (round == 0 ? sharedAnswers : clashAnswers).append(put.value().at(1));
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    QCOMPARE(failures, 0);
    QCOMPARE(accepted, Threads * Rounds * 2); // every batch's own records land
    QCOMPARE(seqs.size(), Threads * Rounds * 2); // each with its own seq
    int sharedAccepted = 0;
    qint64 sharedSeq = 0;
    for (const PutResult &r : sharedAnswers) {
        if (r.status == PutStatus::Accepted) {
            ++sharedAccepted;
            sharedSeq = r.seq;
        }
    }
    QCOMPARE(sharedAccepted, 1); // the same record sent together: stored once
    for (const PutResult &r : sharedAnswers) {
        QVERIFY(r.status == PutStatus::Accepted || r.status == PutStatus::Duplicate);
        QCOMPARE(r.seq, sharedSeq);
    }
    for (const PutResult &r : clashAnswers) {
        QCOMPARE(r.status, PutStatus::Rejected); // same id, different content
        QCOMPARE(r.error.field, QStringLiteral("id"));
    }
}
