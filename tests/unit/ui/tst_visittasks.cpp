// A visit's tasks: care plan for the call type, then the rota's, then anything recorded; the last
// outcome decides; medication is a placeholder; refusal streaks across visits.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/common/correctedrecords.h"
#include "ui/visit/visittasks.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDateTime Start(QDate(2026, 11, 2), QTime(8, 0));

PlannedVisit planned(const QString &visitId, const QStringList &tasks,
                     const QString &callType = "morning")
{
    RotaVisit v {visitId, "p1", Start};
    v.tasks = tasks;
    v.callType = callType;
    return PlannedVisit::fromRecord(rotaVisit(v)).value();
}

QStringList names(const QList<VisitTask> &tasks)
{
    QStringList out;
    for (const VisitTask &t : tasks)
        out << t.name;
    return out;
}
} // namespace

class TestVisitTasks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }
    void listFromPlanRotaAndRecords();
    void lastOutcomeDecides();
    void medicationIsAPlaceholder_data();
    void medicationIsAPlaceholder();
    void refusalStreakAcrossVisits();
};

void TestVisitTasks::listFromPlanRotaAndRecords()
{
    const Record plan =
        carePlan("p1",
                 {{"morning", QJsonArray {"Personal care", "Breakfast", "Medication"}},
                  {"lunch", QJsonArray {"Lunch"}}});
    const auto visit = planned("v1", {"breakfast ", "Empty the commode"});
    const Record extra = task("p1", "v1", ThisUser, "Feed the cat", "done", Start.addSecs(600));
    const auto tasks = visitTasks(visit, &plan, {extra}, {});
    QCOMPARE(names(tasks),
             (QStringList {"Personal care", "Breakfast", "Medication", "Empty the commode",
                           "Feed the cat"}));
    QCOMPARE(names(visitTasks(planned("v1", {}, "lunch"), &plan, {}, {})), QStringList {"Lunch"});
    QCOMPARE(names(visitTasks(planned("v1", {"Shopping"}), nullptr, {}, {})),
             QStringList {"Shopping"});
}

void TestVisitTasks::lastOutcomeDecides()
{
    const auto visit = planned("v1", {"Breakfast"});
    const Record refused = task("p1", "v1", ThisUser, "Breakfast", "refused", Start.addSecs(300));
    Record done = task("p1", "v1", ThisUser, "breakfast", "done", Start.addSecs(900));
    QJsonObject p = done.payload;
    p["note"] = QStringLiteral("Had it later, with tea");
    done.payload = p;
    const Record otherVisit =
        task("p1", "v0", ThisUser, "Breakfast", "not_needed", Start.addSecs(1000));
    const auto tasks = visitTasks(visit, nullptr, {refused, done, otherVisit}, {});
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].outcome, QStringLiteral("done"));
    QCOMPARE(tasks[0].note, QStringLiteral("Had it later, with tea"));
    QCOMPARE(tasks[0].recordId, done.id);
    QCOMPARE(tasks[0].recordedBy, ThisUser);
    QCOMPARE(tasks[0].refusalStreak, 0);
}

void TestVisitTasks::medicationIsAPlaceholder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("medication");
    QTest::newRow("plan word") << "Medication" << true;
    QTest::newRow("prompt") << "Prompt medication" << true;
    QTest::newRow("medicines") << "Medicines from blister pack" << true;
    QTest::newRow("meds") << "meds" << true;
    QTest::newRow("meal") << "Evening meal" << false;
    QTest::newRow("mediterranean") << "Mediterranean salad" << false;
}

void TestVisitTasks::medicationIsAPlaceholder()
{
    QFETCH(QString, name);
    QFETCH(bool, medication);
    QCOMPARE(isMedicationTask(name), medication);
    QCOMPARE(visitTasks(planned("v1", {name}), nullptr, {}, {}).value(0).medication, medication);
}

void TestVisitTasks::refusalStreakAcrossVisits()
{
    QList<Record> history;
    for (int day = 3; day >= 1; --day)
        history << task("p1", QStringLiteral("v-%1").arg(day), ThisUser, "Personal care", "refused",
                        Start.addDays(-day));
    const Record now = task("p1", "v1", ThisUser, "Personal care", "refused", Start.addSecs(600));
    auto tasks = visitTasks(planned("v1", {"Personal care"}), nullptr, {now}, history);
    QCOMPARE(tasks[0].refusalStreak, 4);
    const Record accepted = task("p1", "v1", ThisUser, "Personal care", "done", Start.addSecs(900));
    tasks = visitTasks(planned("v1", {"Personal care"}), nullptr, {now, accepted}, history);
    QCOMPARE(tasks[0].outcome, QStringLiteral("done"));
    QCOMPARE(tasks[0].refusalStreak, 0);
}

QTEST_GUILESS_MAIN(TestVisitTasks)
#include "tst_visittasks.moc"
