#include "core/rules/timecritical.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QDate Day(2025, 3, 3);

MedicationOrder timeCritical(const QString &medicine, const QString &times, int window)
{
    return orderOf(
        orderRecord(medicine, times,
                    QJsonObject {{QStringLiteral("timeCritical"), true},
                                 {QStringLiteral("timeCriticalWindowMinutes"), window}}));
}
} // namespace

class TestTimeCritical : public QObject
{
    Q_OBJECT
private slots:
    void flags_data();
    void flags();
    void uncoveredDosesNeedAnAlert();
};

void TestTimeCritical::flags_data()
{
    QTest::addColumn<QString>("visitId");
    QTest::addColumn<QString>("label"); // empty: no flag for that visit
    QTest::addColumn<QString>("windowStartUtc");
    QTest::newRow("morning: insulin first") << "m"
                                            << "Insulin 08:00 ±30 min and 1 more"
                                            << "07:30";
    QTest::newRow("lunch: Parkinson's only") << "l"
                                             << "Co-careldopa 12:30 ±15 min"
                                             << "12:15";
    QTest::newRow("tea: nothing time-critical") << "t"
                                                << ""
                                                << "";
}

void TestTimeCritical::flags()
{
    QFETCH(QString, visitId);
    QFETCH(QString, label);
    QFETCH(QString, windowStartUtc);
    const QList<MedicationOrder> orders {
        timeCritical(QStringLiteral("Insulin"), QStringLiteral("08:00"), 30),
        timeCritical(QStringLiteral("Co-careldopa"), QStringLiteral("08:15,12:30"), 15),
        orderOf(orderRecord(QStringLiteral("Aspirin"), QStringLiteral("08:00,17:00"))),
    };
    const QList<PlannedVisit> visits {visit(QStringLiteral("m"), Day, QStringLiteral("07:45"), 45),
                                      visit(QStringLiteral("l"), Day, QStringLiteral("12:20"), 30),
                                      visit(QStringLiteral("t"), Day, QStringLiteral("17:00"), 30)};
    const auto flags = timeCriticalFlags(planDoses(orders, visits, Day, london()).doses);
    if (label.isEmpty()) {
        QVERIFY(!flags.contains(visitId));
        return;
    }
    QVERIFY(flags.contains(visitId));
    const TimeCriticalFlag &f = flags.value(visitId);
    QCOMPARE(f.label(), label);
    QCOMPARE(f.earliest.windowStart.toUTC().time().toString(QStringLiteral("HH:mm")),
             windowStartUtc);
    QCOMPARE(f.visitId, visitId);
}

void TestTimeCritical::uncoveredDosesNeedAnAlert()
{
    const MedicationOrder insulin =
        timeCritical(QStringLiteral("Insulin"), QStringLiteral("08:00,18:00"), 30);
    const DayDosePlan plan = planDoses(
        {insulin}, {visit(QStringLiteral("m"), Day, QStringLiteral("08:10"), 30)}, Day, london());
    const QList<DueDose> missing = uncoveredTimeCriticalDoses(plan.doses);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().scheduledTime, QStringLiteral("18:00"));
    QCOMPARE(timeCriticalFlags(plan.doses).size(), 1);
}

QTEST_GUILESS_MAIN(TestTimeCritical)
#include "tst_timecritical.moc"
