#include "core/recordtypes.h"
#include "core/rules/visitstatus.h"
#include "samplerecords.h"
#include <QTest>
#include <QTimeZone>

using namespace careround;

namespace {
const QDateTime Planned(QDate(2025, 3, 3), QTime(8, 0), QTimeZone::utc());
QDateTime at(int minutes)
{
    return Planned.addSecs(minutes * 60);
}

// Events are written as "kind@minutes/worker", e.g. "in@5/w1", "out@50/w1", "noaccess@20/w1",
// "withdraw-last" (withdraws the previous event).
QList<Record> events(const PlannedVisit &visit, const QStringList &script)
{
    QList<Record> out;
    for (const QString &step : script) {
        if (step == QLatin1String("withdraw-last")) {
            Record amendment = samples::record(QString::fromLatin1(RecordType::Amendment),
                                               visit.personId, visit.visitId);
            amendment.amends = out.last().id;
            amendment.payload =
                QJsonObject {{QStringLiteral("reason"), QStringLiteral("pressed by mistake")},
                             {QStringLiteral("amendedType"), out.last().type},
                             {QStringLiteral("withdrawn"), true}};
            out.append(amendment);
            continue;
        }
        const QString kind = step.section(QLatin1Char('@'), 0, 0);
        const int minutes =
            step.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0).toInt();
        const QString worker = step.section(QLatin1Char('/'), 1);
        const char *type = kind == QLatin1String("in") ? RecordType::VisitCheckIn
            : kind == QLatin1String("out")             ? RecordType::VisitCheckOut
                                                       : RecordType::VisitNoAccess;
        Record r = samples::record(QString::fromLatin1(type), visit.personId, visit.visitId);
        r.authorUserId = worker;
        r.deviceTime = at(minutes);
        out.append(r);
    }
    return out;
}
} // namespace

class TestVisitStatus : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void eventsOfOtherVisitsAreIgnored();
    void cancelledVisit();
};

void TestVisitStatus::fold_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<int>("nowMinutes");
    QTest::addColumn<VisitStatus>("status");
    QTest::addColumn<VisitTiming>("timing");
    QTest::addColumn<int>("delivered");
    QTest::addColumn<bool>("duplicate");
    using L = QStringList;
    QTest::newRow("nothing, an hour before")
        << L {} << -60 << VisitStatus::Upcoming << VisitTiming::NotYetDue << 0 << false;
    QTest::newRow("nothing, at the time")
        << L {} << 0 << VisitStatus::Due << VisitTiming::Due << 0 << false;
    QTest::newRow("nothing, 50 min after")
        << L {} << 50 << VisitStatus::Late << VisitTiming::Overdue << 0 << false;
    QTest::newRow("nothing, 3 h after")
        << L {} << 180 << VisitStatus::Missed << VisitTiming::Missed << 0 << false;
    QTest::newRow("checked in on time")
        << L {"in@5/w1"} << 20 << VisitStatus::InProgress << VisitTiming::OnTime << 0 << false;
    QTest::newRow("done") << L {"in@5/w1", "out@50/w1"} << 60 << VisitStatus::Done
                          << VisitTiming::OnTime << 45 << false;
    QTest::newRow("done late") << L {"in@60/w1", "out@90/w1"} << 100 << VisitStatus::Done
                               << VisitTiming::Late << 30 << false;
    QTest::newRow("started after 2 h: missed timing")
        << L {"in@130/w1", "out@160/w1"} << 170 << VisitStatus::Done << VisitTiming::Missed << 30
        << false;
    QTest::newRow("double-handed, one out")
        << L {"in@0/w1", "in@2/w2", "out@40/w1"} << 45 << VisitStatus::InProgress
        << VisitTiming::OnTime << 0 << false;
    QTest::newRow("double-handed, both out")
        << L {"in@0/w1", "in@2/w2", "out@40/w1", "out@44/w2"} << 45 << VisitStatus::Done
        << VisitTiming::OnTime << 44 << false;
    QTest::newRow("same worker checked in twice")
        << L {"in@0/w1", "in@1/w1"} << 10 << VisitStatus::InProgress << VisitTiming::OnTime << 0
        << true;
    QTest::newRow("no access") << L {"noaccess@20/w1"} << 30 << VisitStatus::NoAccess
                               << VisitTiming::Due << 0 << false;
    QTest::newRow("no access, then got in")
        << L {"noaccess@20/w1", "in@30/w1"} << 35 << VisitStatus::InProgress << VisitTiming::OnTime
        << 0 << false;
    QTest::newRow("check-in withdrawn") << L {"in@0/w1", "withdraw-last"} << 180
                                        << VisitStatus::Missed << VisitTiming::Missed << 0 << false;
}

void TestVisitStatus::fold()
{
    QFETCH(QStringList, script);
    QFETCH(int, nowMinutes);
    QFETCH(VisitStatus, status);
    QFETCH(VisitTiming, timing);
    QFETCH(int, delivered);
    QFETCH(bool, duplicate);
    PlannedVisit visit;
    visit.visitId = QStringLiteral("visit-1");
    visit.personId = QStringLiteral("person-1");
    visit.plannedStart = Planned;
    visit.durationMinutes = 45;
    visit.workerIds = {QStringLiteral("w1"), QStringLiteral("w2")};
    const VisitState state = foldVisitState(visit, events(visit, script), at(nowMinutes));
    QCOMPARE(visitStatusCode(state.status), visitStatusCode(status));
    QCOMPARE(visitTimingCode(state.timing), visitTimingCode(timing));
    QCOMPARE(state.deliveredMinutes, delivered);
    QCOMPARE(state.duplicateCheckIn, duplicate);
}

void TestVisitStatus::eventsOfOtherVisitsAreIgnored()
{
    PlannedVisit visit;
    visit.visitId = QStringLiteral("visit-1");
    visit.personId = QStringLiteral("person-1");
    visit.plannedStart = Planned;
    PlannedVisit other = visit;
    other.visitId = QStringLiteral("visit-2");
    const VisitState state =
        foldVisitState(visit, events(other, {QStringLiteral("in@0/w1")}), at(10));
    QCOMPARE(state.status, VisitStatus::Due);
    QVERIFY(!state.checkedInAt);
}

void TestVisitStatus::cancelledVisit()
{
    PlannedVisit visit;
    visit.visitId = QStringLiteral("visit-1");
    visit.plannedStart = Planned;
    visit.cancelled = true;
    QCOMPARE(foldVisitState(visit, {}, at(300)).status, VisitStatus::Cancelled);
}

QTEST_GUILESS_MAIN(TestVisitStatus)
#include "tst_visitstatus.moc"
