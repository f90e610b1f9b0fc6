// Server-raised medication alerts (core rules/dosealerts.h): a time-critical dose with no record
// when its window closes (both sides, and across the UK clock changes), and the not-given
// outcomes the specification says to report.
#include "core/rules/dosealerts.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {

Record insulinOrder(const QString &times, int window = 30)
{
    return orderRecord(QStringLiteral("Insulin"), times,
                       QJsonObject {{QStringLiteral("timeCritical"), true},
                                    {QStringLiteral("timeCriticalWindowMinutes"), window}});
}

QList<DueDose> dosesOn(const QList<Record> &orders, const QDate &day)
{
    QList<MedicationOrder> typed;
    for (const Record &r : orders)
        typed.append(orderOf(r));
    return scheduledDoses(typed, day, london());
}

QStringList overdueTimes(const QList<DueDose> &doses, const QList<Record> &records,
                         const QDateTime &now)
{
    QStringList out;
    for (const DueDose &d : overdueTimeCriticalDoses(doses, records, now))
        out.append(d.scheduledTime);
    return out;
}

} // namespace

class TestDoseAlerts : public QObject
{
    Q_OBJECT
private slots:
    void windowEndBothSides();
    void recordedDoseClearsIt();
    void withdrawnRecordDoesNot();
    void regularDosesNeverCount();
    void springForward();
    void autumnBack();
    void reportableOutcomes_data();
    void reportableOutcomes();
    void correctedOutcomeCounts();
};

void TestDoseAlerts::windowEndBothSides()
{
    const Record order = insulinOrder(QStringLiteral("08:00"));
    const QDate day(2025, 6, 2);
    const auto doses = dosesOn({order}, day);
    QCOMPARE(overdueTimes(doses, {}, londonTime(QStringLiteral("2025-06-02 08:29"))),
             QStringList {});
    QCOMPARE(overdueTimes(doses, {}, londonTime(QStringLiteral("2025-06-02 08:30"))),
             QStringList {QStringLiteral("08:00")});
}

void TestDoseAlerts::recordedDoseClearsIt()
{
    const Record order = insulinOrder(QStringLiteral("08:00,18:00"));
    const QDate day(2025, 6, 2);
    const QList<Record> records {
        dose(order.id, day, QStringLiteral("08:00"), QStringLiteral("refused"))};
    // A refusal is a record of the dose: its own rules (three_refusals) report it.
    QCOMPARE(overdueTimes(dosesOn({order}, day), records,
                          londonTime(QStringLiteral("2025-06-02 20:00"))),
             QStringList {QStringLiteral("18:00")});
}

void TestDoseAlerts::withdrawnRecordDoesNot()
{
    const Record order = insulinOrder(QStringLiteral("08:00"));
    const QDate day(2025, 6, 2);
    const Record given = dose(order.id, day, QStringLiteral("08:00"), QStringLiteral("given"),
                              QStringLiteral("2025-06-02 08:05"));
    QCOMPARE(overdueTimes(dosesOn({order}, day), {given, withdrawal(given)},
                          londonTime(QStringLiteral("2025-06-02 09:00"))),
             QStringList {QStringLiteral("08:00")});
}

void TestDoseAlerts::regularDosesNeverCount()
{
    const Record order = orderRecord(QStringLiteral("Amlodipine"), QStringLiteral("08:00"));
    QCOMPARE(overdueTimes(dosesOn({order}, QDate(2025, 6, 2)), {},
                          londonTime(QStringLiteral("2025-06-02 23:00"))),
             QStringList {});
}

// 30 March 2025: 01:30 does not exist on the wall clock; the dose is at 01:30 UTC (02:30 BST)
// (localtime.h), its 30-minute window closes at 02:00 UTC = 03:00 BST.
void TestDoseAlerts::springForward()
{
    const Record order = insulinOrder(QStringLiteral("01:30"));
    const auto doses = dosesOn({order}, QDate(2025, 3, 30));
    QCOMPARE(overdueTimes(doses, {}, utcTime(QStringLiteral("2025-03-30 01:59"))), QStringList {});
    QCOMPARE(overdueTimes(doses, {}, utcTime(QStringLiteral("2025-03-30 02:00"))),
             QStringList {QStringLiteral("01:30")});
}

// 26 October 2025: 01:30 happens twice; the dose is the first (00:30 UTC), its window closes at
// 01:00 UTC - before the second 01:30 on the wall.
void TestDoseAlerts::autumnBack()
{
    const Record order = insulinOrder(QStringLiteral("01:30"));
    const auto doses = dosesOn({order}, QDate(2025, 10, 26));
    QCOMPARE(overdueTimes(doses, {}, utcTime(QStringLiteral("2025-10-26 00:59"))), QStringList {});
    QCOMPARE(overdueTimes(doses, {}, utcTime(QStringLiteral("2025-10-26 01:00"))),
             QStringList {QStringLiteral("01:30")});
}

void TestDoseAlerts::reportableOutcomes_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("reported");
    QTest::newRow("given") << QStringLiteral("given") << false;
    QTest::newRow("refused") << QStringLiteral("refused") << false;
    QTest::newRow("asleep") << QStringLiteral("asleep") << false;
    QTest::newRow("away") << QStringLiteral("away") << false;
    QTest::newRow("in hospital") << QStringLiteral("in_hospital") << true;
    QTest::newRow("no visit") << QStringLiteral("no_visit") << true;
    QTest::newRow("not available") << QStringLiteral("not_available") << true;
    QTest::newRow("nausea") << QStringLiteral("nausea_vomiting") << true;
}

void TestDoseAlerts::reportableOutcomes()
{
    QFETCH(QString, outcome);
    QFETCH(bool, reported);
    const Record order = orderRecord(QStringLiteral("Amlodipine"), QStringLiteral("08:00"));
    const Record r =
        dose(order.id, QDate(2025, 6, 2), QStringLiteral("08:00"), outcome,
             outcome == QLatin1String("given") ? QStringLiteral("2025-06-02 08:05") : QString());
    QCOMPARE(reportableNotGivenRecords({order, r}).size(), reported ? 1 : 0);
}

void TestDoseAlerts::correctedOutcomeCounts()
{
    const Record order = orderRecord(QStringLiteral("Amlodipine"), QStringLiteral("08:00"));
    const Record asleep =
        dose(order.id, QDate(2025, 6, 2), QStringLiteral("08:00"), QStringLiteral("asleep"));
    QJsonObject corrected = asleep.payload;
    corrected.insert(QStringLiteral("outcome"), QStringLiteral("not_available"));
    QCOMPARE(reportableNotGivenRecords({asleep}).size(), 0);
    QCOMPARE(reportableNotGivenRecords({asleep, replacement(asleep, corrected)}).size(), 1);
    const Record missing =
        dose(order.id, QDate(2025, 6, 2), QStringLiteral("08:00"), QStringLiteral("not_available"));
    QCOMPARE(reportableNotGivenRecords({missing, withdrawal(missing)}).size(), 0);
}

QTEST_GUILESS_MAIN(TestDoseAlerts)
#include "tst_dosealerts.moc"
