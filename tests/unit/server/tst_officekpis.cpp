// The office's key figures (server/office/kpis.h) and its CSV downloads (csvtable.h,
// reportcsv.h), as pure rules over folded visits and records: no store needed.
#include "core/recordtypes.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include "server/office/kpis.h"
#include "server/office/reportcsv.h"

#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::fixtures;

namespace {

const QDate Mon(2025, 6, 9), Tue(2025, 6, 10), Wed(2025, 6, 11); // British Summer Time

FoldedVisit folded(const QString &id, const QDate &day, const QString &start, VisitStatus status,
                   VisitTiming timing, const QStringList &workers, int delivered = 0,
                   const QString &person = QStringLiteral("p1"))
{
    PlannedVisit plan = visit(id, day, start, 30, status == VisitStatus::Cancelled);
    plan.personId = person;
    plan.workerIds = workers;
    VisitState state;
    state.status = status;
    state.timing = timing;
    state.deliveredMinutes = delivered;
    if (status == VisitStatus::Done || status == VisitStatus::InProgress)
        state.checkedInWorkers = workers;
    return FoldedVisit {plan, state, {}};
}

FoldedVisit done(const QString &id, const QDate &day, const QStringList &workers,
                 const QString &person, int delivered = 30)
{
    return folded(id, day, QStringLiteral("09:00"), VisitStatus::Done, VisitTiming::OnTime, workers,
                  delivered, person);
}

OfficeDay dayOf(const QList<FoldedVisit> &visits)
{
    OfficeDay data;
    data.visits = visits;
    for (const QString &id : {QStringLiteral("p1"), QStringLiteral("p2")}) {
        Record person = samples::record(QString::fromLatin1(RecordType::Person), id);
        person.payload.insert(QStringLiteral("name"),
                              id == QLatin1String("p1") ? QStringLiteral("Ada Byron, Mrs")
                                                        : QStringLiteral("Bert Ames"));
        data.persons.insert(id, person);
    }
    for (const QString &w : QStringList {"w1", "w2", "w3", "w4", "w5"})
        data.users.insert(w,
                          User {w,
                                QStringLiteral("org"),
                                Role::CareWorker,
                                QStringLiteral("Worker ") + w.back(),
                                {},
                                {},
                                false,
                                {}});
    return data;
}

Record incident(const QString &kind, const QString &occurredAt)
{
    Record r = samples::record(QString::fromLatin1(RecordType::Incident), Person);
    r.payload.insert(QStringLiteral("kind"), kind);
    r.payload.insert(QStringLiteral("occurredAt"),
                     londonTime(occurredAt).toUTC().toString(Qt::ISODate));
    return r;
}

} // namespace

class OfficeKpisTest : public QObject
{
    Q_OBJECT
private slots:
    void periodsAreValidatedAndBounded();
    void visitsAreCountedPerUkDayByTheirTiming();
    void deliveredAndPlannedMinutesPerPersonAndWorker();
    void continuityFlagsPeopleAboveTheTrustedTeam();
    void dosesRecordedAgainstDueSlotsWhoseWindowEnded();
    void incidentsByKindLeaveWithdrawnOnesOut();
    void csvFieldsAreQuotedAndGuardedAgainstFormulas();
    void csvTablesUseCrlfAndAByteOrderMark();
    void visitsCsvUsesUkDatesAndTimes();
};

void OfficeKpisTest::periodsAreValidatedAndBounded()
{
    QVERIFY(kpiPeriod(Mon, Mon));
    QCOMPARE(kpiPeriod(Mon, Mon.addDays(MaxKpiDays - 1)).value().days(), MaxKpiDays);
    QCOMPARE(kpiPeriod(Mon, Mon.addDays(MaxKpiDays)).error().field, QStringLiteral("to"));
    QCOMPARE(kpiPeriod(Tue, Mon).error().field, QStringLiteral("to"));
    QCOMPARE(kpiPeriod(QDate(), Mon).error().field, QStringLiteral("from"));
    QCOMPARE(kpiPeriod(Mon, QDate()).error().field, QStringLiteral("to"));
}

void OfficeKpisTest::visitsAreCountedPerUkDayByTheirTiming()
{
    const QList<FoldedVisit> visits {
        folded("a", Mon, "08:00", VisitStatus::Done, VisitTiming::OnTime, {"w1"}, 30),
        folded("b", Mon, "12:00", VisitStatus::Done, VisitTiming::Late, {"w1"}, 30),
        folded("c", Mon, "13:00", VisitStatus::Done, VisitTiming::Early, {"w1"}, 30),
        // 00:30 BST on Tuesday is Monday 23:30 UTC: it belongs to Tuesday.
        folded("d", Tue, "00:30", VisitStatus::Missed, VisitTiming::Missed, {"w2"}),
        folded("e", Tue, "09:00", VisitStatus::Cancelled, VisitTiming::NotYetDue, {"w2"}),
        folded("f", Tue, "10:00", VisitStatus::NoAccess, VisitTiming::Missed, {"w2"}),
        folded("g", Tue, "18:00", VisitStatus::Upcoming, VisitTiming::NotYetDue, {"w2"}),
        folded("h", Wed.addDays(1), "09:00", VisitStatus::Done, VisitTiming::OnTime, {"w2"}),
    };
    const auto days = timelinessByDay(visits, kpiPeriod(Mon, Wed).value());
    QCOMPARE(days.size(), 3);
    QCOMPARE(days[0].day, Mon);
    QCOMPARE((QList<int> {days[0].onTime, days[0].late, days[0].early, days[0].missed}),
             (QList<int> {1, 1, 1, 0}));
    QCOMPARE((QList<int> {days[1].missed, days[1].cancelled, days[1].noAccess, days[1].undecided,
                          days[1].onTime}),
             (QList<int> {1, 1, 1, 1, 0}));
    QCOMPARE(days[2].onTime + days[2].missed + days[2].undecided, 0); // Thursday's visit is out
}

void OfficeKpisTest::deliveredAndPlannedMinutesPerPersonAndWorker()
{
    const OfficeDay data = dayOf({
        done("a", Mon, {"w1"}, "p1", 25),
        done("b", Mon, {"w1", "w2"}, "p2", 40), // double-handed: both workers credited
        folded("c", Mon, "15:00", VisitStatus::Missed, VisitTiming::Missed, {"w2"}, 0, "p1"),
        folded("d", Mon, "16:00", VisitStatus::Cancelled, VisitTiming::NotYetDue, {"w2"}, 0, "p1"),
        folded("e", Tue, "09:00", VisitStatus::Upcoming, VisitTiming::NotYetDue, {"w1"}, 0, "p1"),
    });
    const QDateTime now = londonTime(QStringLiteral("2025-06-09 20:00")).toUTC();
    const auto period = kpiPeriod(Mon, Tue).value();
    const auto people = minutesDelivered(data, period, now, false);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people[0].name, QStringLiteral("Ada Byron, Mrs"));
    QCOMPARE((QList<int> {people[0].visits, people[0].plannedMinutes, people[0].deliveredMinutes}),
             (QList<int> {2, 60, 25})); // the missed call is planned, not delivered
    QCOMPARE((QList<int> {people[1].visits, people[1].plannedMinutes, people[1].deliveredMinutes}),
             (QList<int> {1, 30, 40}));
    const auto workers = minutesDelivered(data, period, now, true);
    QCOMPARE(workers.size(), 2);
    QCOMPARE(workers[0].id, QStringLiteral("w1"));
    QCOMPARE(
        (QList<int> {workers[0].visits, workers[0].plannedMinutes, workers[0].deliveredMinutes}),
        (QList<int> {2, 60, 65}));
    QCOMPARE(
        (QList<int> {workers[1].visits, workers[1].plannedMinutes, workers[1].deliveredMinutes}),
        (QList<int> {2, 60, 40}));
}

void OfficeKpisTest::continuityFlagsPeopleAboveTheTrustedTeam()
{
    QList<FoldedVisit> visits;
    const QStringList five {"w1", "w2", "w3", "w4", "w5"};
    for (int i = 0; i < five.size(); ++i)
        visits.append(done(QString::number(i), Mon.addDays(-i), {five[i]}, "p1"));
    visits.append(done("x", Mon, {"w1"}, "p2"));
    visits.append(done("y", Tue, {"w1", "w2"}, "p2"));
    visits.append(done("old", Mon.addDays(-40), {"w3"}, "p2")); // before the 4 weeks
    const auto lines = continuity(dayOf(visits), Mon.addDays(-27), Tue);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].personId, QStringLiteral("p1"));
    QCOMPARE(lines[0].workerNames.size(), 5);
    QVERIFY(lines[0].aboveTrustedTeam());
    QCOMPARE(lines[1].workerNames, (QStringList {"Worker 1", "Worker 2"}));
    QVERIFY(!lines[1].aboveTrustedTeam());
}

void OfficeKpisTest::dosesRecordedAgainstDueSlotsWhoseWindowEnded()
{
    const Record order = orderRecord(QStringLiteral("Aspirin"), QStringLiteral("08:00,18:00"));
    const QString orderId = orderOf(order).orderId;
    const Record refused = dose(orderId, Tue, QStringLiteral("08:00"), QStringLiteral("refused"));
    const QList<Record> records {
        order,
        dose(orderId, Mon, QStringLiteral("08:00"), QStringLiteral("given"),
             QStringLiteral("2025-06-09 08:05")),
        refused,
        // Tuesday 18:00 was given, then withdrawn: a gap again. Its window has ended by now.
        withdrawal(dose(orderId, Tue, QStringLiteral("18:00"), QStringLiteral("given"),
                        QStringLiteral("2025-06-10 18:00"))),
    };
    // Wednesday 08:00's window (± 60 min) is still open at 08:30: not yet due.
    const QDateTime now = londonTime(QStringLiteral("2025-06-11 08:30")).toUTC();
    const DoseLine line = dosesRecordedVsDue(records, kpiPeriod(Mon, Wed).value(), now);
    QCOMPARE(line.due, 4); // Mon 08 and 18, Tue 08 and 18
    QCOMPARE(line.recorded, 2); // Mon 08 given, Tue 08 refused (a record is a record)
    QCOMPARE(dosesRecordedVsDue({}, kpiPeriod(Mon, Wed).value(), now).due, 0);
}

void OfficeKpisTest::incidentsByKindLeaveWithdrawnOnesOut()
{
    const Record withdrawn = incident(QStringLiteral("fall"), QStringLiteral("2025-06-10 10:00"));
    const QList<Record> records {
        incident(QStringLiteral("fall"), QStringLiteral("2025-06-09 10:00")),
        incident(QStringLiteral("fall"), QStringLiteral("2025-06-11 23:30")), // UK day Wed
        incident(QStringLiteral("complaint"), QStringLiteral("2025-06-10 12:00")),
        incident(QStringLiteral("accident"), QStringLiteral("2025-06-12 00:30")), // Thursday
        withdrawn,
        withdrawal(withdrawn),
    };
    const auto kinds = incidentsByKind(records, kpiPeriod(Mon, Wed).value());
    QCOMPARE(kinds.value(QStringLiteral("fall")), 2);
    QCOMPARE(kinds.value(QStringLiteral("complaint")), 1);
    QVERIFY(!kinds.contains(QStringLiteral("accident")));
}

void OfficeKpisTest::csvFieldsAreQuotedAndGuardedAgainstFormulas()
{
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("Byron, Ada")), QStringLiteral("\"Byron, Ada\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(csvField(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
    QCOMPARE(csvField(QStringLiteral("+447700900123")), QStringLiteral("'+447700900123"));
    QCOMPARE(csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    QCOMPARE(csvField(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    QCOMPARE(csvField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    QCOMPARE(csvField(QStringLiteral("a=b")), QStringLiteral("a=b")); // only a leading sign
    QCOMPARE(csvField(QString()), QString());
}

void OfficeKpisTest::csvTablesUseCrlfAndAByteOrderMark()
{
    const CsvTable table {QStringLiteral("x.csv"), {"Name", "Note"}, {{"Siân", "=1+1"}, {"B", ""}}};
    QCOMPARE(table.toCsv(), QByteArray("\xEF\xBB\xBFName,Note\r\nSi\xC3\xA2n,'=1+1\r\nB,\r\n"));
}

void OfficeKpisTest::visitsCsvUsesUkDatesAndTimes()
{
    // 00:30 BST on Tuesday (Monday 23:30 UTC); the person's name holds a comma.
    FoldedVisit v = done("v1", Tue, {"w1", "w2"}, "p1", 31);
    v.plan.plannedStart = londonTime(QStringLiteral("2025-06-10 00:30")).toUTC();
    v.state.checkedInAt = londonTime(QStringLiteral("2025-06-10 00:35")).toUTC();
    v.state.checkedOutAt = londonTime(QStringLiteral("2025-06-10 01:06")).toUTC();
    VisitsReport report {Tue, {}, dayOf({v}), {VisitRow {v, QStringLiteral("done"), {}, false}}};
    const CsvTable table = visitsReportCsv(report);
    QCOMPARE(table.fileName, QStringLiteral("careround-visits-2025-06-10.csv"));
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows[0].mid(0, 12),
             (QStringList {"10/06/2025", "00:30", "01:00", "Ada Byron, Mrs", "",
                           "Worker 1; Worker 2", "done", "on_time", "00:35", "01:06", "31", "30"}));
    QVERIFY(table.toCsv().contains(",\"Ada Byron, Mrs\","));
}

QTEST_GUILESS_MAIN(OfficeKpisTest)
#include "tst_officekpis.moc"
