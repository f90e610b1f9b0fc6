// The office's awaiting_sync rule (server/office/awaitingsync.h), both sides of each limit: a
// late or missed visit waits for a phone of its worker only while that phone reports unsent
// records of THAT visit (or, without a list, of that time), and never past the bound after the
// planned end; then it is missed, with "a phone still holds records".
#include "server/office/awaitingsync.h"

#include <QtTest>

using namespace careround;
using namespace careround::server;

namespace {

const QDateTime Start(QDate(2026, 11, 22), QTime(8, 0), QTimeZone::utc());
const QString Worker = QStringLiteral("worker-1");

PlannedVisit visit(const QString &id = QStringLiteral("visit-1"))
{
    PlannedVisit v;
    v.visitId = id;
    v.plannedStart = Start;
    v.durationMinutes = 30;
    v.workerIds = {Worker};
    return v;
}

DeviceBacklog device(int pending, const QDateTime &reportedAt,
                     std::optional<QStringList> visits = std::nullopt, const QDateTime &since = {},
                     const QString &user = Worker)
{
    DeviceBacklog d;
    d.deviceId = QStringLiteral("device-1");
    d.userId = user;
    d.pendingRecords = pending;
    d.reportedAt = reportedAt;
    d.pendingVisitIds = visits;
    d.pendingSince = since;
    return d;
}

QDateTime minutesAfterStart(int minutes)
{
    return Start.addSecs(qint64(minutes) * 60);
}

} // namespace

class TestAwaitingSync : public QObject
{
    Q_OBJECT
private slots:
    void onlyLateOrMissedVisitsWait();
    void aReportBeforeTheVisitCouldStartHoldsNothing();
    void theVisitListDecides();
    void withoutAListTheOldestUnsentRecordDecides();
    void theWaitEndsTwelveHoursAfterThePlannedEnd();
    void anotherWorkersPhoneHoldsNothing();
};

void TestAwaitingSync::onlyLateOrMissedVisitsWait()
{
    const QList<DeviceBacklog> backlogs {device(2, minutesAfterStart(0))};
    const QDateTime now = minutesAfterStart(180);
    QVERIFY(awaitingSync(visit(), VisitStatus::Missed, backlogs, now).device);
    QVERIFY(awaitingSync(visit(), VisitStatus::Late, backlogs, now).device);
    QVERIFY(!awaitingSync(visit(), VisitStatus::Done, backlogs, now).device);
    QVERIFY(
        !awaitingSync(visit(), VisitStatus::Missed, {device(0, minutesAfterStart(0))}, now).device);
    QCOMPARE(officeVisitStatus(VisitStatus::Missed,
                               awaitingSync(visit(), VisitStatus::Missed, backlogs, now)),
             QStringLiteral("awaiting_sync"));
}

void TestAwaitingSync::aReportBeforeTheVisitCouldStartHoldsNothing()
{
    const QDateTime now = minutesAfterStart(180);
    QVERIFY(awaitingSync(visit(), VisitStatus::Missed, {device(1, minutesAfterStart(-45))}, now)
                .device);
    QVERIFY(!awaitingSync(visit(), VisitStatus::Missed, {device(1, minutesAfterStart(-46))}, now)
                 .device);
}

void TestAwaitingSync::theVisitListDecides()
{
    const QDateTime now = minutesAfterStart(180);
    const QDateTime reported = minutesAfterStart(170);
    // One unsent note of another visit does not hold this one...
    const AwaitingSync other =
        awaitingSync(visit(), VisitStatus::Missed,
                     {device(1, reported, QStringList {QStringLiteral("visit-2")})}, now);
    QVERIFY(!other.device);
    QVERIFY(!other.phoneHoldsRecords);
    QCOMPARE(officeVisitStatus(VisitStatus::Missed, other), QStringLiteral("missed"));
    // ...nor records of no visit...
    QVERIFY(!awaitingSync(visit(), VisitStatus::Missed, {device(1, reported, QStringList {})}, now)
                 .device);
    // ...a record of this visit does, even if the oldest unsent record is older still.
    QVERIFY(awaitingSync(visit(), VisitStatus::Missed,
                         {device(2, reported,
                                 QStringList {QStringLiteral("visit-2"), QStringLiteral("visit-1")},
                                 minutesAfterStart(-600))},
                         now)
                .device);
}

void TestAwaitingSync::withoutAListTheOldestUnsentRecordDecides()
{
    // Without a list: records made after the last moment a check-in of this visit could be made
    // (the later of its planned end and its missed threshold, 120 minutes) cannot be its check-in.
    const QDateTime now = minutesAfterStart(300);
    const QDateTime reported = minutesAfterStart(290);
    QVERIFY(awaitingSync(visit(), VisitStatus::Missed,
                         {device(1, reported, std::nullopt, minutesAfterStart(120))}, now)
                .device);
    QVERIFY(!awaitingSync(visit(), VisitStatus::Missed,
                          {device(1, reported, std::nullopt, minutesAfterStart(121))}, now)
                 .device);
    // A long visit: its planned end is the later moment.
    PlannedVisit longVisit = visit();
    longVisit.durationMinutes = 180;
    QVERIFY(awaitingSync(longVisit, VisitStatus::Late,
                         {device(1, reported, std::nullopt, minutesAfterStart(180))}, now)
                .device);
    QVERIFY(!awaitingSync(longVisit, VisitStatus::Late,
                          {device(1, reported, std::nullopt, minutesAfterStart(181))}, now)
                 .device);
}

void TestAwaitingSync::theWaitEndsTwelveHoursAfterThePlannedEnd()
{
    QCOMPARE(AwaitingSyncMaxHoursAfterEnd, 12);
    const QList<DeviceBacklog> backlogs {
        device(1, minutesAfterStart(60), QStringList {QStringLiteral("visit-1")})};
    const QDateTime end = visit().plannedEnd();
    const AwaitingSync atTheBound =
        awaitingSync(visit(), VisitStatus::Missed, backlogs, end.addSecs(12 * 3600));
    QVERIFY(atTheBound.device);
    QVERIFY(!atTheBound.phoneHoldsRecords);
    const AwaitingSync past =
        awaitingSync(visit(), VisitStatus::Missed, backlogs, end.addSecs(12 * 3600 + 1));
    QVERIFY(!past.device);
    QVERIFY(past.phoneHoldsRecords);
    QCOMPARE(officeVisitStatus(VisitStatus::Missed, past), QStringLiteral("missed"));
    // A bound given by the caller (a contract's, later).
    QVERIFY(!awaitingSync(visit(), VisitStatus::Missed, backlogs, end.addSecs(2 * 3600 + 1), {}, 2)
                 .device);
    QVERIFY(
        awaitingSync(visit(), VisitStatus::Missed, backlogs, end.addSecs(2 * 3600), {}, 2).device);
}

void TestAwaitingSync::anotherWorkersPhoneHoldsNothing()
{
    const AwaitingSync a = awaitingSync(
        visit(), VisitStatus::Missed,
        {device(5, minutesAfterStart(60), std::nullopt, {}, QStringLiteral("worker-2"))},
        minutesAfterStart(180));
    QVERIFY(!a.device);
    QVERIFY(!a.phoneHoldsRecords);
}

QTEST_GUILESS_MAIN(TestAwaitingSync)
#include "tst_awaitingsync.moc"
