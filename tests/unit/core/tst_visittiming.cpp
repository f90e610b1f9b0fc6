#include "core/rules/visittiming.h"
#include <QTest>
#include <QTimeZone>

using namespace careround;

namespace {
const QDateTime Planned(QDate(2025, 3, 3), QTime(8, 0), QTimeZone::utc());
QDateTime at(int minutesFromPlan, int seconds = 0)
{
    return Planned.addSecs(minutesFromPlan * 60 + seconds);
}
} // namespace

class TestVisitTiming : public QObject
{
    Q_OBJECT
private slots:
    void started_data();
    void started();
    void notStarted_data();
    void notStarted();
    void thresholdsAreConfigurable_data();
    void thresholdsAreConfigurable();
    void timeZonesCompareAsInstants();
};

// Started visits: only the actual start matters. Boundaries: >= 45 min is late/early; > 120 min is
// missed.
void TestVisitTiming::started_data()
{
    QTest::addColumn<QDateTime>("actual");
    QTest::addColumn<VisitTiming>("expected");
    QTest::newRow("exactly on time") << at(0) << VisitTiming::OnTime;
    QTest::newRow("44:59 late is on time") << at(44, 59) << VisitTiming::OnTime;
    QTest::newRow("45:00 late is late") << at(45) << VisitTiming::Late;
    QTest::newRow("44:59 early is on time") << at(-44, -59) << VisitTiming::OnTime;
    QTest::newRow("45:00 early is early") << at(-45) << VisitTiming::Early;
    QTest::newRow("3 h early is early") << at(-180) << VisitTiming::Early;
    QTest::newRow("2 h late exactly is late") << at(120) << VisitTiming::Late;
    QTest::newRow("2 h 0 min 1 s late is missed") << at(120, 1) << VisitTiming::Missed;
    QTest::newRow("5 h late is missed") << at(300) << VisitTiming::Missed;
}

void TestVisitTiming::started()
{
    QFETCH(QDateTime, actual);
    QFETCH(VisitTiming, expected);
    // `now` must not matter once the visit has started.
    for (const QDateTime &now : {at(-600), actual, at(1000)})
        QCOMPARE(classifyVisitTiming(Planned, actual, now), expected);
}

void TestVisitTiming::notStarted_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<VisitTiming>("expected");
    QTest::newRow("2 h before") << at(-120) << VisitTiming::NotYetDue;
    QTest::newRow("45 min before: starting now would be early")
        << at(-45) << VisitTiming::NotYetDue;
    QTest::newRow("44:59 before") << at(-44, -59) << VisitTiming::Due;
    QTest::newRow("planned time") << at(0) << VisitTiming::Due;
    QTest::newRow("44:59 after") << at(44, 59) << VisitTiming::Due;
    QTest::newRow("45 after: overdue") << at(45) << VisitTiming::Overdue;
    QTest::newRow("2 h after exactly: still overdue") << at(120) << VisitTiming::Overdue;
    QTest::newRow("2 h 0 min 1 s after: missed") << at(120, 1) << VisitTiming::Missed;
    QTest::newRow("next day: missed") << at(24 * 60) << VisitTiming::Missed;
}

void TestVisitTiming::notStarted()
{
    QFETCH(QDateTime, now);
    QFETCH(VisitTiming, expected);
    QCOMPARE(classifyVisitTiming(Planned, std::nullopt, now), expected);
}

void TestVisitTiming::thresholdsAreConfigurable_data()
{
    QTest::addColumn<int>("lateEarly");
    QTest::addColumn<int>("missedAfter");
    QTest::addColumn<int>("actualMinutes");
    QTest::addColumn<VisitTiming>("expected");
    QTest::newRow("30/90: 30 late") << 30 << 90 << 30 << VisitTiming::Late;
    QTest::newRow("30/90: 29 late") << 30 << 90 << 29 << VisitTiming::OnTime;
    QTest::newRow("30/90: 91 late") << 30 << 90 << 91 << VisitTiming::Missed;
    QTest::newRow("60/180: 150 late") << 60 << 180 << 150 << VisitTiming::Late;
    QTest::newRow("60/180: 50 early") << 60 << 180 << -50 << VisitTiming::OnTime;
}

void TestVisitTiming::thresholdsAreConfigurable()
{
    QFETCH(int, lateEarly);
    QFETCH(int, missedAfter);
    QFETCH(int, actualMinutes);
    QFETCH(VisitTiming, expected);
    QCOMPARE(classifyVisitTiming(Planned, at(actualMinutes), at(0),
                                 VisitTimingThresholds {lateEarly, missedAfter}),
             expected);
}

void TestVisitTiming::timeZonesCompareAsInstants()
{
    // 08:50 BST is 07:50 UTC: ten minutes before an 08:00 UTC plan.
    const QDateTime london(QDate(2025, 6, 2), QTime(8, 50), QTimeZone("Europe/London"));
    const QDateTime plannedUtc(QDate(2025, 6, 2), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(classifyVisitTiming(plannedUtc, london, london), VisitTiming::OnTime);
    QCOMPARE(visitTimingCode(VisitTiming::NotYetDue), QStringLiteral("not_yet_due"));
}

QTEST_GUILESS_MAIN(TestVisitTiming)
#include "tst_visittiming.moc"
