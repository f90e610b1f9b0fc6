#include "core/rules/billing.h"
#include <QTest>

using namespace careround;
using namespace careround::billing;

class TestBilling : public QObject
{
    Q_OBJECT
private slots:
    void unitsForDeliveredMinutes_data();
    void unitsForDeliveredMinutes();
    void amountRoundsHalfUp_data();
    void amountRoundsHalfUp();
    void payableMinutes_data();
    void payableMinutes();
    void daySupportWindow_data();
    void daySupportWindow();
    void nightSessions_data();
    void nightSessions();
    void paymentWeekIsMondayToSunday_data();
    void paymentWeekIsMondayToSunday();
    void ruralUplift_data();
    void ruralUplift();
    void weeklyBill();
    void weeklyBillNamesTheBadCall();
};

// 1 unit = 1/300 hour. 30 min -> 0.6 h, 45 -> 0.8 h, 60 -> 1.0 h, straight lines between, pro rata
// beyond.
void TestBilling::unitsForDeliveredMinutes_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<qint64>("units");
    QTest::newRow("0") << 0 << 0LL;
    QTest::newRow("negative") << -5 << 0LL;
    QTest::newRow("1 min") << 1 << 6LL;
    QTest::newRow("15 min = 0.3 h") << 15 << 90LL;
    QTest::newRow("30 min = 0.6 h") << 30 << 180LL;
    QTest::newRow("40 min") << 40 << 220LL;
    QTest::newRow("45 min = 0.8 h") << 45 << 240LL;
    QTest::newRow("60 min = 1.0 h") << 60 << 300LL;
    QTest::newRow("61 min") << 61 << 305LL;
    QTest::newRow("90 min = 1.5 h") << 90 << 450LL;
    QTest::newRow("120 min = 2 h") << 120 << 600LL;
}

void TestBilling::unitsForDeliveredMinutes()
{
    QFETCH(int, minutes);
    QFETCH(qint64, units);
    QCOMPARE(billableUnits(minutes), units);
    // One more minute always pays more: no band edge where extra care earns nothing.
    if (minutes >= 0)
        QVERIFY(billableUnits(minutes + 1) > billableUnits(minutes));
}

void TestBilling::amountRoundsHalfUp_data()
{
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("pence");
    QTest::newRow("£21.50 × 0.6 h") << 2150LL << 180LL << 1290LL;
    QTest::newRow("£21.50 × 0.8 h") << 2150LL << 240LL << 1720LL;
    QTest::newRow("£21.50 × 1.0 h") << 2150LL << 300LL << 2150LL;
    QTest::newRow("£21.50 × 40 min (0.7333 h) = 1576.67 -> 1577") << 2150LL << 220LL << 1577LL;
    QTest::newRow("exact half rounds up: 1 × 150 / 300") << 1LL << 150LL << 1LL;
    QTest::newRow("just under half rounds down") << 1LL << 149LL << 0LL;
}

void TestBilling::amountRoundsHalfUp()
{
    QFETCH(qint64, rate);
    QFETCH(qint64, units);
    QFETCH(qint64, pence);
    QCOMPARE(dayAmountPence(rate, units), pence);
}

void TestBilling::payableMinutes_data()
{
    QTest::addColumn<int>("delivered");
    QTest::addColumn<int>("planned");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("payable");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("short call paid short") << 20 << 30 << QString() << 20 << QString();
    QTest::newRow("as planned") << 30 << 30 << QString() << 30 << QString();
    QTest::newRow("over without reason") << 40 << 30 << QString() << 0 << "emergencyReason";
    QTest::newRow("over with reason")
        << 40 << 30 << "fall: waited for ambulance" << 40 << QString();
    QTest::newRow("extra capped at 1 h")
        << 150 << 30 << "fall: waited for ambulance" << 90 << QString();
    QTest::newRow("negative delivered") << -1 << 30 << QString() << 0 << "deliveredMinutes";
}

void TestBilling::payableMinutes()
{
    QFETCH(int, delivered);
    QFETCH(int, planned);
    QFETCH(QString, reason);
    QFETCH(int, payable);
    QFETCH(QString, errorField);
    const auto result = billing::payableMinutes(delivered, planned, reason);
    if (errorField.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value(), payable);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, errorField);
    }
}

void TestBilling::daySupportWindow_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("day");
    QTest::newRow("06:59") << QTime(6, 59) << false;
    QTest::newRow("07:00") << QTime(7, 0) << true;
    QTest::newRow("21:59") << QTime(21, 59) << true;
    QTest::newRow("22:00") << QTime(22, 0) << false;
    QTest::newRow("midnight") << QTime(0, 0) << false;
}

void TestBilling::daySupportWindow()
{
    QFETCH(QTime, time);
    QFETCH(bool, day);
    QCOMPARE(isDaySupportTime(time), day);
}

void TestBilling::nightSessions_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<qint64>("pence");
    // Session rate £90.00 per 9 hours.
    QTest::newRow("one full night 22:00-07:00") << 540LL << 9000LL;
    QTest::newRow("two nights") << 1080LL << 18000LL;
    QTest::newRow("half a night") << 270LL << 4500LL;
    QTest::newRow("one hour") << 60LL << 1000LL;
    QTest::newRow("1 min = 16.67 -> 17") << 1LL << 17LL;
}

void TestBilling::nightSessions()
{
    QFETCH(qint64, minutes);
    QFETCH(qint64, pence);
    QCOMPARE(nightAmountPence(9000, minutes), pence);
}

void TestBilling::paymentWeekIsMondayToSunday_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("Monday") << QDate(2025, 3, 3) << QDate(2025, 3, 3);
    QTest::newRow("Wednesday") << QDate(2025, 3, 5) << QDate(2025, 3, 3);
    QTest::newRow("Sunday") << QDate(2025, 3, 9) << QDate(2025, 3, 3);
    QTest::newRow("next Monday") << QDate(2025, 3, 10) << QDate(2025, 3, 10);
    QTest::newRow("across new year") << QDate(2025, 1, 1) << QDate(2024, 12, 30);
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2024, 2, 26);
}

void TestBilling::paymentWeekIsMondayToSunday()
{
    QFETCH(QDate, day);
    QFETCH(QDate, monday);
    const PaymentWeek week = weekOf(day);
    QCOMPARE(week.monday, monday);
    QCOMPARE(week.sunday, monday.addDays(6));
    QCOMPARE(week.monday.dayOfWeek(), 1);
    QVERIFY(week.contains(day));
}

void TestBilling::ruralUplift_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("uplift");
    // On £123.45
    QTest::newRow("urban") << "urban" << 0LL;
    QTest::newRow("town and fringe +5% (617.25 -> 617)") << "town_and_fringe" << 617LL;
    QTest::newRow("village and dispersed +10% (1234.5 -> 1235)")
        << "village_and_dispersed" << 1235LL;
}

void TestBilling::ruralUplift()
{
    QFETCH(QString, code);
    QFETCH(qint64, uplift);
    const auto ruralClass = ruralClassFromCode(code);
    QVERIFY(ruralClass.has_value());
    QCOMPARE(upliftPence(12345, *ruralClass), uplift);
    QVERIFY(!ruralClassFromCode(QStringLiteral("rural")).has_value());
}

void TestBilling::weeklyBill()
{
    const auto local = [](int day, int hour, int minute) {
        return QDateTime(QDate(2025, 3, day), QTime(hour, minute));
    };
    const QList<DeliveredCall> calls {
        {local(3, 8, 0), 30, 30, false, {}}, // Mon: 0.6 h
        {local(4, 12, 0), 45, 45, false, {}}, // Tue: 0.8 h
        {local(9, 22, 10), 60, 60, false, {}}, // Sun, after 22:00: 1.0 h, flagged
        {local(9, 22, 0), 540, 540, true, {}}, // Sun night: one session
        {local(10, 8, 0), 90, 60, false, QStringLiteral("fall")}, // next Mon: 1.5 h with reason
    };
    const auto bills = billByWeek(calls, Rates {2000, 9000}, RuralClass::TownAndFringe);
    QVERIFY2(bills.ok(), qPrintable(bills.error().toString()));
    QCOMPARE(bills.value().size(), 2);
    const WeeklyBill first = bills.value().at(0);
    QCOMPARE(first.week.monday, QDate(2025, 3, 3));
    QCOMPARE(first.dayUnits, 180 + 240 + 300);
    QCOMPARE(first.callsOutsideDayHours, 1);
    QCOMPARE(first.dayPence, 4800); // 2.4 h × £20
    QCOMPARE(first.nightPence, 9000);
    QCOMPARE(first.upliftPence, 690); // 5% of £138
    QCOMPARE(first.totalPence, 14490);
    const WeeklyBill second = bills.value().at(1);
    QCOMPARE(second.week.monday, QDate(2025, 3, 10));
    QCOMPARE(second.dayPence, 3000);
    QCOMPARE(second.totalPence, 3150);
}

void TestBilling::weeklyBillNamesTheBadCall()
{
    const QList<DeliveredCall> calls {
        {QDateTime(QDate(2025, 3, 3), QTime(8, 0)), 30, 30, false, {}},
        {QDateTime(QDate(2025, 3, 3), QTime(12, 0)), 50, 30, false, {}}};
    const auto bills = billByWeek(calls, Rates {2000, 9000}, RuralClass::Urban);
    QVERIFY(!bills.ok());
    QCOMPARE(bills.error().field, QStringLiteral("calls[1].emergencyReason"));
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
