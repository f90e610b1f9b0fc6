#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace careround;

class TestTypedViews : public QObject
{
    Q_OBJECT
private slots:
    void plannedVisitFromRecord();
    void plannedVisitRefusesOtherTypesAndBadPayloads();
    void plannedVisitPayloadRoundTrips();
    void medicationOrderFromRecord();
    void prnOrder();
};

void TestTypedViews::plannedVisitFromRecord()
{
    const Record r = samples::record(QString::fromLatin1(RecordType::Visit));
    const auto visit = PlannedVisit::fromRecord(r);
    QVERIFY2(visit.ok(), qPrintable(visit.error().toString()));
    QCOMPARE(visit.value().visitId, r.visitId);
    QCOMPARE(visit.value().plannedStart,
             QDateTime(QDate(2025, 3, 3), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(visit.value().plannedEnd(),
             QDateTime(QDate(2025, 3, 3), QTime(8, 45), QTimeZone::utc()));
    QVERIFY(visit.value().doubleHanded());
    QCOMPARE(visit.value().tasks,
             (QStringList {QStringLiteral("breakfast"), QStringLiteral("medication")}));
}

void TestTypedViews::plannedVisitRefusesOtherTypesAndBadPayloads()
{
    QCOMPARE(PlannedVisit::fromRecord(samples::record(QStringLiteral("visit.note"))).error().field,
             QStringLiteral("type"));
    Record r = samples::record(QString::fromLatin1(RecordType::Visit));
    r.payload.remove(QStringLiteral("durationMinutes"));
    QCOMPARE(PlannedVisit::fromRecord(r).error().field, QStringLiteral("payload.durationMinutes"));
}

void TestTypedViews::plannedVisitPayloadRoundTrips()
{
    Record r = samples::record(QString::fromLatin1(RecordType::Visit));
    const PlannedVisit visit = PlannedVisit::fromRecord(r).value();
    r.payload = visit.toPayload();
    const auto again = PlannedVisit::fromRecord(r);
    QVERIFY(again.ok());
    QCOMPARE(again.value().workerIds, visit.workerIds);
    QCOMPARE(again.value().plannedStart, visit.plannedStart);
    QCOMPARE(again.value().callType, visit.callType);
}

void TestTypedViews::medicationOrderFromRecord()
{
    const Record r = samples::record(QString::fromLatin1(RecordType::MedicationOrder));
    const auto order = MedicationOrder::fromRecord(r);
    QVERIFY2(order.ok(), qPrintable(order.error().toString()));
    QCOMPARE(order.value().orderId, r.id);
    QCOMPARE(order.value().supportLevel, SupportLevel::Administer);
    QCOMPARE(order.value().times, (QList<QTime> {QTime(8, 0), QTime(18, 0)}));
    QVERIFY(order.value().timeCritical);
    QCOMPARE(order.value().timeCriticalWindowMinutes, 30);
    QVERIFY(!order.value().activeOn(QDate(2024, 12, 31)));
    QVERIFY(order.value().activeOn(QDate(2025, 1, 1)));
}

void TestTypedViews::prnOrder()
{
    Record r = samples::record(QString::fromLatin1(RecordType::MedicationOrder));
    r.payload.remove(QStringLiteral("times"));
    r.payload.insert(QStringLiteral("prn"), true);
    r.payload.insert(QStringLiteral("prnProtocol"),
                     QJsonObject {{QStringLiteral("indication"), QStringLiteral("pain")},
                                  {QStringLiteral("doseRule"), QStringLiteral("1-2 tablets")},
                                  {QStringLiteral("minimumIntervalMinutes"), 240},
                                  {QStringLiteral("maxDosesPer24h"), 4}});
    const auto order = MedicationOrder::fromRecord(r);
    QVERIFY2(order.ok(), qPrintable(order.error().toString()));
    QVERIFY(order.value().prn);
    QVERIFY(order.value().times.isEmpty());
    QCOMPARE(order.value().prnProtocol.minimumIntervalMinutes, 240);
    QCOMPARE(order.value().prnProtocol.maxDosesPer24h, 4);
    r.payload = samples::withPath(r.payload, QStringLiteral("prnProtocol.maxDosesPer24h"), 0);
    QCOMPARE(MedicationOrder::fromRecord(r).error().field,
             QStringLiteral("payload.prnProtocol.maxDosesPer24h"));
}

QTEST_GUILESS_MAIN(TestTypedViews)
#include "tst_typedviews.moc"
