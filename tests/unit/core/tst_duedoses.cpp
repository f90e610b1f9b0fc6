#include "core/rules/duedoses.h"
#include "medfixtures.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QDate Day(2025, 3, 3); // a Monday in GMT

// "Aspirin|08:00,18:00|tc30 start=2025-03-04 stop=2025-03-05 prn"
MedicationOrder order(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    const QStringList options = parts.value(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject extra;
    for (const QString &o : options) {
        if (o.startsWith(QLatin1String("tc"))) {
            extra.insert(QStringLiteral("timeCritical"), true);
            extra.insert(QStringLiteral("timeCriticalWindowMinutes"), o.mid(2).toInt());
        } else if (o.startsWith(QLatin1String("start="))) {
            extra.insert(QStringLiteral("startDate"), o.mid(6));
        } else if (o.startsWith(QLatin1String("stop="))) {
            extra.insert(QStringLiteral("stopDate"), o.mid(5));
        }
    }
    if (options.contains(QStringLiteral("prn"))) {
        Record r = prnOrderRecord(parts.at(0), 240, 4);
        r.payload.insert(QStringLiteral("times"),
                         QJsonArray::fromStringList(parts.at(1).split(QLatin1Char(','))));
        return orderOf(r);
    }
    return orderOf(orderRecord(parts.at(0), parts.at(1), extra));
}

// "m@07:45+45" ; "!" at the end: cancelled ; ">1": on the next day
PlannedVisit visitOf(const QString &spec, const QDate &day)
{
    const QString id = spec.section(QLatin1Char('@'), 0, 0);
    QString rest = spec.section(QLatin1Char('@'), 1);
    const bool cancelled = rest.endsWith(QLatin1Char('!'));
    const bool nextDay = rest.endsWith(QLatin1String(">1"));
    rest.remove(QLatin1Char('!')).remove(QLatin1String(">1"));
    const QDate d = nextDay ? day.addDays(1) : day;
    return visit(id, d, rest.section(QLatin1Char('+'), 0, 0),
                 rest.section(QLatin1Char('+'), 1).toInt(), cancelled);
}

// "08:00 Aspirin=m", "-" for no visit
QStringList describe(const QList<DueDose> &doses)
{
    QStringList out;
    for (const DueDose &d : doses)
        out.append(QStringLiteral("%1 %2=%3")
                       .arg(d.scheduledTime, d.medicine,
                            d.visitId.isEmpty() ? QStringLiteral("-") : d.visitId));
    return out;
}
} // namespace

class TestDueDoses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(london().isValid()); }
    void assignment_data();
    void assignment();
    void doseCarriesOrderDetails();
    void everyDoseOnceAcrossDays();
    void springForwardDose();
    void autumnRepeatedDose();
    void currentOrdersApplyAmendments();
};

void TestDueDoses::assignment_data()
{
    QTest::addColumn<QStringList>("orders");
    QTest::addColumn<QStringList>("visits");
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    QTest::newRow("inside the visit")
        << L {"Aspirin|08:00|"} << L {"m@07:45+45"} << L {"08:00 Aspirin=m"};
    QTest::newRow("visit starts at the dose time")
        << L {"Aspirin|08:00|"} << L {"m@08:00+30"} << L {"08:00 Aspirin=m"};
    QTest::newRow("nearest, 30 min after")
        << L {"Aspirin|08:00|"} << L {"m@08:30+30"} << L {"08:00 Aspirin=m"};
    QTest::newRow("exactly 60 min before the visit")
        << L {"Aspirin|08:00|"} << L {"m@09:00+30"} << L {"08:00 Aspirin=m"};
    QTest::newRow("61 min before the visit: no visit")
        << L {"Aspirin|08:00|"} << L {"m@09:01+30"} << L {"08:00 Aspirin=-"};
    QTest::newRow("60 min after the visit ended")
        << L {"Aspirin|09:30|"} << L {"m@08:00+30"} << L {"09:30 Aspirin=m"};
    QTest::newRow("no visits at all")
        << L {"Aspirin|08:00,18:00|"} << L {} << L {"08:00 Aspirin=-", "18:00 Aspirin=-"};
    QTest::newRow("time-critical: narrow window misses")
        << L {"Insulin|08:00|tc30"} << L {"m@08:45+30"} << L {"08:00 Insulin=-"};
    QTest::newRow("time-critical: inside its window")
        << L {"Insulin|08:00|tc30"} << L {"m@08:20+30"} << L {"08:00 Insulin=m"};
    QTest::newRow("the visit holding it beats a nearer start")
        << L {"Aspirin|12:25|"} << L {"l@12:00+30", "x@12:40+20"} << L {"12:25 Aspirin=l"};
    QTest::newRow("round of four calls")
        << L {"Aspirin|08:00,13:00,18:00,22:00|"}
        << L {"m@07:30+45", "l@12:30+30", "t@17:00+30", "b@21:00+30"}
        << L {"08:00 Aspirin=m", "13:00 Aspirin=l", "18:00 Aspirin=t", "22:00 Aspirin=b"};
    QTest::newRow("equal gaps: the nearer start wins")
        << L {"Aspirin|12:00|"} << L {"a@11:00+30", "b@12:30+30"} << L {"12:00 Aspirin=b"};
    QTest::newRow("overlapping visits: nearest start")
        << L {"Aspirin|08:00|"} << L {"a@07:00+90", "b@07:50+60"} << L {"08:00 Aspirin=b"};
    QTest::newRow("cancelled visit covers nothing")
        << L {"Aspirin|08:00|"} << L {"m@07:45+45!", "x@08:50+20"} << L {"08:00 Aspirin=x"};
    QTest::newRow("visit of another day ignored")
        << L {"Aspirin|23:30|"} << L {"n@00:10+30>1"} << L {"23:30 Aspirin=-"};
    QTest::newRow("not started yet")
        << L {"Aspirin|08:00|start=2025-03-04"} << L {"m@08:00+30"} << L {};
    QTest::newRow("starts today") << L {"Aspirin|08:00|start=2025-03-03"} << L {"m@08:00+30"}
                                  << L {"08:00 Aspirin=m"};
    QTest::newRow("stops today: still given")
        << L {"Aspirin|08:00|stop=2025-03-03"} << L {"m@08:00+30"} << L {"08:00 Aspirin=m"};
    QTest::newRow("stopped yesterday")
        << L {"Aspirin|08:00|stop=2025-03-02"} << L {"m@08:00+30"} << L {};
    QTest::newRow("PRN has no schedule") << L {"Oramorph|08:00|prn"} << L {"m@08:00+30"} << L {};
    QTest::newRow("two medicines, time order")
        << L {"Bisoprolol|08:00,20:00|", "Amlodipine|08:00|"} << L {"m@07:45+45", "e@19:45+30"}
        << L {"08:00 Amlodipine=m", "08:00 Bisoprolol=m", "20:00 Bisoprolol=e"};
}

void TestDueDoses::assignment()
{
    QFETCH(QStringList, orders);
    QFETCH(QStringList, visits);
    QFETCH(QStringList, expected);
    QList<MedicationOrder> o;
    for (const QString &spec : orders)
        o.append(order(spec));
    QList<PlannedVisit> v;
    for (const QString &spec : visits)
        v.append(visitOf(spec, Day));
    const DayDosePlan plan = planDoses(o, v, Day, london());
    QCOMPARE(describe(plan.doses), expected);
    // Each dose is in exactly one list: its visit's or the uncovered one.
    int listed = int(plan.uncovered().size());
    for (const PlannedVisit &visit : v)
        listed += int(plan.forVisit(visit.visitId).size());
    QCOMPARE(listed, int(plan.doses.size()));
}

void TestDueDoses::doseCarriesOrderDetails()
{
    const MedicationOrder insulin = order(QStringLiteral("Insulin|08:00|tc30"));
    const QList<DueDose> doses =
        planDoses({insulin}, {visitOf(QStringLiteral("m@07:50+30"), Day)}, Day, london())
            .forVisit(QStringLiteral("m"));
    QCOMPARE(doses.size(), 1);
    const DueDose &d = doses.first();
    QCOMPARE(d.orderId, insulin.orderId);
    QCOMPARE(d.dose, insulin.dose);
    QCOMPARE(d.route, QStringLiteral("oral"));
    QCOMPARE(d.supportLevel, SupportLevel::Administer);
    QCOMPARE(d.scheduledTime, QStringLiteral("08:00"));
    QCOMPARE(d.scheduledAt, QDateTime(Day, QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(d.windowStart, QDateTime(Day, QTime(7, 30), QTimeZone::utc()));
    QCOMPARE(d.windowEnd, QDateTime(Day, QTime(8, 30), QTimeZone::utc()));
    QVERIFY(d.timeCritical);
    QCOMPARE(d.timeCriticalWindowMinutes, 30);
    QCOMPARE(d.windowMinutes, 30);
    QCOMPARE(d.careDay, Day);
}

void TestDueDoses::everyDoseOnceAcrossDays()
{
    // Summer time: 08:00 BST is 07:00 UTC. Three days, the same calls every day.
    const MedicationOrder aspirin = order(QStringLiteral("Aspirin|08:00,22:00|"));
    const QDate first(2025, 7, 14);
    QList<PlannedVisit> visits;
    for (int i = 0; i < 3; ++i) {
        visits.append(
            visit(QStringLiteral("m%1").arg(i), first.addDays(i), QStringLiteral("07:45"), 30));
        visits.append(
            visit(QStringLiteral("b%1").arg(i), first.addDays(i), QStringLiteral("21:50"), 30));
    }
    QSet<QString> seen;
    for (int i = 0; i < 3; ++i) {
        const DayDosePlan plan = planDoses({aspirin}, visits, first.addDays(i), london());
        QCOMPARE(describe(plan.doses),
                 (QStringList {QStringLiteral("08:00 Aspirin=m%1").arg(i),
                               QStringLiteral("22:00 Aspirin=b%1").arg(i)}));
        QCOMPARE(plan.doses.first().scheduledAt,
                 QDateTime(first.addDays(i), QTime(7, 0), QTimeZone::utc()));
        for (const DueDose &d : plan.doses) {
            QVERIFY(!seen.contains(d.scheduledAt.toString(Qt::ISODate)));
            seen.insert(d.scheduledAt.toString(Qt::ISODate));
        }
    }
    QCOMPARE(seen.size(), 6);
}

void TestDueDoses::springForwardDose()
{
    // 30 March 2025: 01:00 GMT becomes 02:00 BST. 01:30 does not exist: the dose is given at
    // 01:30 UTC (02:30 BST), keeping its distance from midnight; its slot stays "01:30".
    const QDate spring(2025, 3, 30);
    const MedicationOrder o = order(QStringLiteral("Levodopa|00:30,01:30,08:00|tc30"));
    const PlannedVisit night =
        visit(QStringLiteral("n"), spring, QStringLiteral("02:20"), 30); // 01:20 UTC
    const DayDosePlan plan = planDoses({o}, {night}, spring, london());
    QCOMPARE(plan.doses.size(), 3);
    const DueDose &skipped = plan.doses.at(1);
    QCOMPARE(skipped.scheduledTime, QStringLiteral("01:30"));
    QCOMPARE(skipped.scheduledAt, QDateTime(spring, QTime(1, 30), QTimeZone::utc()));
    QCOMPARE(int(skipped.clockChange), int(WallClockKind::Skipped));
    QCOMPARE(skipped.visitId, QStringLiteral("n"));
    QCOMPARE(plan.doses.at(0).scheduledAt, QDateTime(spring, QTime(0, 30), QTimeZone::utc()));
    QCOMPARE(plan.doses.at(2).scheduledAt, QDateTime(spring, QTime(7, 0), QTimeZone::utc()));
    QCOMPARE(int(plan.doses.at(2).clockChange), int(WallClockKind::Normal));
}

void TestDueDoses::autumnRepeatedDose()
{
    // 26 October 2025: 02:00 BST becomes 01:00 GMT; 01:30 happens twice. The dose happens once,
    // at the first 01:30 (BST, 00:30 UTC).
    const QDate autumn(2025, 10, 26);
    const MedicationOrder o = order(QStringLiteral("Levodopa|01:30|tc30"));
    PlannedVisit firstPass = visit(QStringLiteral("n"), autumn, QStringLiteral("03:00"), 20);
    firstPass.plannedStart =
        QDateTime(autumn, QTime(0, 20), QTimeZone::utc()); // the first 01:20 (BST)
    const DayDosePlan plan = planDoses({o}, {firstPass}, autumn, london());
    QCOMPARE(plan.doses.size(), 1);
    QCOMPARE(plan.doses.first().scheduledAt, QDateTime(autumn, QTime(0, 30), QTimeZone::utc()));
    QCOMPARE(int(plan.doses.first().clockChange), int(WallClockKind::Repeated));
    QCOMPARE(plan.doses.first().visitId, QStringLiteral("n"));
    // A visit at the second 01:30 (GMT, 01:30 UTC) is an hour late for it.
    PlannedVisit secondPass = firstPass;
    secondPass.plannedStart = QDateTime(autumn, QTime(1, 30), QTimeZone::utc());
    QVERIFY(planDoses({o}, {secondPass}, autumn, london()).doses.first().visitId.isEmpty());
}

void TestDueDoses::currentOrdersApplyAmendments()
{
    const Record a = orderRecord(QStringLiteral("Aspirin"), QStringLiteral("08:00"));
    const Record b = orderRecord(QStringLiteral("Bisoprolol"), QStringLiteral("08:00"));
    QJsonObject changed = a.payload;
    changed.insert(QStringLiteral("times"), QJsonArray {QStringLiteral("09:00")});
    const QList<MedicationOrder> orders =
        currentMedicationOrders({a, b, replacement(a, changed), withdrawal(b)});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().orderId, a.id);
    QCOMPARE(orders.first().times, QList<QTime> {QTime(9, 0)});
}

QTEST_GUILESS_MAIN(TestDueDoses)
#include "tst_duedoses.moc"
