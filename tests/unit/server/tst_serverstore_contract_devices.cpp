// ServerStore contract, part 3: device backlogs (CareRound-Pending-Records) and the rota's
// handling of cancelled visits.
#include "testrecords.h"
#include "tst_serverstore_contract.h"

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
