#include "core/rules/latewarning.h"
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
    // The worker's own late-running warning (latewarning.h), on the same thresholds.
    void lateRunning_data();
    void lateRunning();
    void lateRunningNeedsAPlanAndNoCheckIn();
    void lateRunningAcrossTheClockChange();
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

// Boundaries: warned from 15:00 after the plan; the office sees it late from 45:00 and missed
// after 120:00 (the same instants as classifyVisitTiming's Overdue and Missed).
void TestVisitTiming::lateRunning_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("minutesLate");
    QTest::newRow("before the plan") << at(-30) << int(LateRunning::None) << 0;
    QTest::newRow("14:59 after: no warning yet") << at(14, 59) << int(LateRunning::None) << 0;
    QTest::newRow("15:00 after: running late") << at(15) << int(LateRunning::RunningLate) << 15;
    QTest::newRow("44:59 after: not yet the office's")
        << at(44, 59) << int(LateRunning::RunningLate) << 44;
    QTest::newRow("45:00 after: the office sees it")
        << at(45) << int(LateRunning::OfficeSeesLate) << 45;
    QTest::newRow("120:00 after: still late") << at(120) << int(LateRunning::OfficeSeesLate) << 120;
    QTest::newRow("120:01 after: missed") << at(120, 1) << int(LateRunning::Missed) << 120;
}

void TestVisitTiming::lateRunning()
{
    QFETCH(QDateTime, now);
    QFETCH(int, stage);
    QFETCH(int, minutesLate);
    const LateRunning r = careround::lateRunning(Planned, false, now);
    QCOMPARE(int(r.stage), stage);
    QCOMPARE(r.minutesLate, minutesLate);
    if (stage != LateRunning::None)
        QCOMPARE(r.officeSeesLateAt, at(45));
    // A contract with a 30-minute threshold moves the office's moment, not the warning's.
    const LateRunning strict = careround::lateRunning(Planned, false, at(30), {30, 120});
    QCOMPARE(int(strict.stage), int(LateRunning::OfficeSeesLate));
    QCOMPARE(strict.officeSeesLateAt, at(30));
}

void TestVisitTiming::lateRunningNeedsAPlanAndNoCheckIn()
{
    QCOMPARE(int(careround::lateRunning(Planned, true, at(60)).stage), int(LateRunning::None));
    QCOMPARE(int(careround::lateRunning({}, false, at(60)).stage), int(LateRunning::None));
    QCOMPARE(int(careround::lateRunning(Planned, false, {}).stage), int(LateRunning::None));
}

// 01:30 on the morning the clocks go forward (30 March 2025, UK) is 00:30 UTC; an hour of wall
// clock later is 03:30 BST, but only 60 real minutes have passed: instants, not wall times.
void TestVisitTiming::lateRunningAcrossTheClockChange()
{
    const QTimeZone london("Europe/London");
    const QDateTime planned(QDate(2025, 3, 30), QTime(0, 30), london);
    const QDateTime now(QDate(2025, 3, 30), QTime(3, 0), london); // 90 real minutes later
    const LateRunning r = careround::lateRunning(planned, false, now);
    QCOMPARE(r.minutesLate, 90);
    QCOMPARE(int(r.stage), int(LateRunning::OfficeSeesLate));
}

QTEST_GUILESS_MAIN(TestVisitTiming)
#include "tst_visittiming.moc"
