// Server-raised visit alerts (core rules/visitalerts.h): every threshold on both sides, and
// across the UK clock changes (elapsed time counts, not the wall clock).
#include "core/recordtypes.h"
#include "core/rules/visitalerts.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {

Record presence(const char *type, const PlannedVisit &v, const QDateTime &at,
                const QString &verification = QStringLiteral("verified"))
{
    Record r = samples::record(QString::fromLatin1(type), v.personId, v.visitId);
    r.authorUserId = v.workerIds.first();
    r.deviceTime = at;
    r.payload.insert(QStringLiteral("verification"), verification);
    if (verification == QLatin1String("no_fix")) {
        r.payload.remove(QStringLiteral("location"));
        r.payload.remove(QStringLiteral("distanceToHomeM"));
    }
    return r;
}

QStringList rules(const PlannedVisit &v, const QList<Record> &events, const QDateTime &now,
                  bool held = false, const VisitAlertThresholds &t = {})
{
    QStringList out;
    for (const VisitAlertFinding &f :
         visitAlerts(v, foldVisitState(v, events, now), events, now, held, t))
        out.append(visitAlertRule(f.kind));
    return out;
}

} // namespace

class TestVisitAlerts : public QObject
{
    Q_OBJECT
private slots:
    void lateAndMissedThresholds_data();
    void lateAndMissedThresholds();
    void heldBySyncWaits();
    void startedLateOrVeryLate();
    void slotIsTheThresholdInstant();
    void noCheckOut();
    void shortVisit();
    void shortVisitConfigurable();
    void location();
    void cancelledAndNoAccessRaiseNothing();
    void springForward();
    void autumnBack();
};

void TestVisitAlerts::lateAndMissedThresholds_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("44 min: due") << 44 << QStringList {};
    QTest::newRow("45 min: late") << 45 << QStringList {QStringLiteral("late_visit")};
    QTest::newRow("120 min: still late") << 120 << QStringList {QStringLiteral("late_visit")};
    QTest::newRow("121 min: missed") << 121 << QStringList {QStringLiteral("missed_visit")};
}

void TestVisitAlerts::lateAndMissedThresholds()
{
    QFETCH(int, minutes);
    QFETCH(QStringList, expected);
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    QCOMPARE(rules(v, {}, v.plannedStart.addSecs(minutes * 60)), expected);
}

void TestVisitAlerts::heldBySyncWaits()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    QCOMPARE(rules(v, {}, v.plannedStart.addSecs(50 * 60), true), QStringList {});
    QCOMPARE(rules(v, {}, v.plannedStart.addSecs(200 * 60), true), QStringList {});
    QCOMPARE(rules(v, {}, v.plannedStart.addSecs(200 * 60), false),
             QStringList {QStringLiteral("missed_visit")});
}

void TestVisitAlerts::startedLateOrVeryLate()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    const QDateTime later = v.plannedStart.addSecs(6 * 3600);
    auto started = [&](int minutes) {
        const QDateTime in = v.plannedStart.addSecs(minutes * 60);
        return QList<Record> {presence(RecordType::VisitCheckIn, v, in),
                              presence(RecordType::VisitCheckOut, v, in.addSecs(30 * 60))};
    };
    QCOMPARE(rules(v, started(44), later), QStringList {});
    QCOMPARE(rules(v, started(45), later), QStringList {QStringLiteral("late_visit")});
    QCOMPARE(rules(v, started(120), later), QStringList {QStringLiteral("late_visit")});
    QCOMPARE(rules(v, started(121), later), QStringList {QStringLiteral("missed_visit")});
    // A check-in is on record: a phone holding other records changes nothing.
    QCOMPARE(rules(v, started(50), later, true), QStringList {QStringLiteral("late_visit")});
}

void TestVisitAlerts::slotIsTheThresholdInstant()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    const auto at50 = visitAlerts(v, foldVisitState(v, {}, v.plannedStart.addSecs(50 * 60)), {},
                                  v.plannedStart.addSecs(50 * 60), false);
    const auto at90 = visitAlerts(v, foldVisitState(v, {}, v.plannedStart.addSecs(90 * 60)), {},
                                  v.plannedStart.addSecs(90 * 60), false);
    QCOMPARE(at50.size(), 1);
    QCOMPARE(at50.first().since, v.plannedStart.addSecs(45 * 60));
    QCOMPARE(at90.first().since, at50.first().since); // the same alert, whenever it is seen
}

void TestVisitAlerts::noCheckOut()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    const QList<Record> in {presence(RecordType::VisitCheckIn, v, v.plannedStart)};
    const QDateTime due = v.plannedEnd().addSecs(60 * 60);
    QCOMPARE(rules(v, in, due.addSecs(-60)), QStringList {});
    QCOMPARE(rules(v, in, due), QStringList {QStringLiteral("no_checkout")});
    QCOMPARE(rules(v, in, due, true), QStringList {}); // the check-out may be on the phone
    VisitAlertThresholds t;
    t.noCheckOutAfterEndMinutes = 90;
    QCOMPARE(rules(v, in, due, false, t), QStringList {});
}

void TestVisitAlerts::shortVisit()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    auto stayed = [&](int minutes) {
        return QList<Record> {
            presence(RecordType::VisitCheckIn, v, v.plannedStart),
            presence(RecordType::VisitCheckOut, v, v.plannedStart.addSecs(minutes * 60))};
    };
    const QDateTime later = v.plannedStart.addSecs(3 * 3600);
    QCOMPARE(rules(v, stayed(20), later), QStringList {}); // exactly two thirds
    QCOMPARE(rules(v, stayed(19), later), QStringList {QStringLiteral("short_visit")});
    const auto found =
        visitAlerts(v, foldVisitState(v, stayed(19), later), stayed(19), later, false);
    QCOMPARE(found.first().detail, QStringLiteral("19 of 30 minutes"));
}

void TestVisitAlerts::shortVisitConfigurable()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 60);
    const QList<Record> events {
        presence(RecordType::VisitCheckIn, v, v.plannedStart),
        presence(RecordType::VisitCheckOut, v, v.plannedStart.addSecs(44 * 60))};
    const QDateTime later = v.plannedStart.addSecs(3 * 3600);
    QCOMPARE(rules(v, events, later), QStringList {}); // 44 >= 40
    VisitAlertThresholds t;
    t.shortVisitNumerator = 3;
    t.shortVisitDenominator = 4; // under 45 minutes
    QCOMPARE(rules(v, events, later, false, t), QStringList {QStringLiteral("short_visit")});
}

void TestVisitAlerts::location()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    const QList<Record> events {
        presence(RecordType::VisitCheckIn, v, v.plannedStart, QStringLiteral("outside_radius")),
        presence(RecordType::VisitCheckOut, v, v.plannedStart.addSecs(30 * 60),
                 QStringLiteral("no_fix"))};
    const QDateTime later = v.plannedStart.addSecs(3 * 3600);
    const auto found = visitAlerts(v, foldVisitState(v, events, later), events, later, false);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).detail, QStringLiteral("outside_radius"));
    QCOMPARE(found.at(0).recordId, events.at(0).id);
    QCOMPARE(found.at(1).detail, QStringLiteral("no_fix"));
    QCOMPARE(rules(v, {presence(RecordType::VisitCheckIn, v, v.plannedStart)}, v.plannedStart),
             QStringList {});
}

void TestVisitAlerts::cancelledAndNoAccessRaiseNothing()
{
    const PlannedVisit cancelled =
        visit(QStringLiteral("v1"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30, true);
    QCOMPARE(rules(cancelled, {}, cancelled.plannedStart.addSecs(5 * 3600)), QStringList {});
    const PlannedVisit v =
        visit(QStringLiteral("v2"), QDate(2025, 6, 2), QStringLiteral("08:00"), 30);
    Record noAccess = presence(RecordType::VisitNoAccess, v, v.plannedStart.addSecs(10 * 60));
    noAccess.payload =
        samples::record(QString::fromLatin1(RecordType::VisitNoAccess), v.personId, v.visitId)
            .payload;
    QCOMPARE(rules(v, {noAccess}, v.plannedStart.addSecs(5 * 3600)), QStringList {});
}

// 30 March 2025: the UK clocks go forward at 01:00 GMT to 02:00 BST. A visit at 00:30 GMT is
// late 45 minutes later: 01:15 UTC, which the wall clock shows as 02:15.
void TestVisitAlerts::springForward()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 3, 30), QStringLiteral("00:30"), 30);
    QCOMPARE(v.plannedStart, utcTime(QStringLiteral("2025-03-30 00:30")));
    QCOMPARE(rules(v, {}, londonTime(QStringLiteral("2025-03-30 02:14"))), QStringList {});
    QCOMPARE(rules(v, {}, londonTime(QStringLiteral("2025-03-30 02:15"))),
             QStringList {QStringLiteral("late_visit")});
    QCOMPARE(rules(v, {}, londonTime(QStringLiteral("2025-03-30 03:30"))),
             QStringList {QStringLiteral("late_visit")});
    QCOMPARE(rules(v, {}, londonTime(QStringLiteral("2025-03-30 03:31"))),
             QStringList {QStringLiteral("missed_visit")});
}

// 26 October 2025: the clocks go back at 01:00 GMT (02:00 BST) to 01:00 GMT. A visit at 00:45
// BST (23:45 UTC) is missed 120 minutes later, at 01:45 UTC: the SECOND 01:45 on the wall.
void TestVisitAlerts::autumnBack()
{
    const PlannedVisit v =
        visit(QStringLiteral("v1"), QDate(2025, 10, 26), QStringLiteral("00:45"), 30);
    QCOMPARE(v.plannedStart, utcTime(QStringLiteral("2025-10-25 23:45")));
    QCOMPARE(rules(v, {}, utcTime(QStringLiteral("2025-10-26 00:29"))), QStringList {});
    QCOMPARE(rules(v, {}, utcTime(QStringLiteral("2025-10-26 00:30"))),
             QStringList {QStringLiteral("late_visit")}); // 01:30 BST, the first
    QCOMPARE(rules(v, {}, utcTime(QStringLiteral("2025-10-26 00:46"))),
             QStringList {QStringLiteral("late_visit")}); // 01:46 BST: the wall clock says
                                                          // 61 minutes, 61 have passed
    QCOMPARE(rules(v, {}, utcTime(QStringLiteral("2025-10-26 01:45"))),
             QStringList {QStringLiteral("late_visit")}); // 01:45 GMT: 120 minutes
    QCOMPARE(rules(v, {}, utcTime(QStringLiteral("2025-10-26 01:46"))),
             QStringList {QStringLiteral("missed_visit")});
}

QTEST_GUILESS_MAIN(TestVisitAlerts)
#include "tst_visitalerts.moc"
