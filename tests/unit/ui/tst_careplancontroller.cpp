// CarePlanController over a real store: the current plan's outcomes and SMART goals, progress
// folded from visits' goal.progress and reablement reviews (a correction replaces a score, a
// withdrawal removes one), and recording progress at a visit: store and outbox, errors in words.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/goals/careplancontroller.h"
#include "ui/session/locationsettings.h"
#include "ui/visit/visitcontroller.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QJsonArray Goals {
    QJsonObject {{"id", "tea"},
                 {"description", "Make a cup of tea unaided"},
                 {"baseline", "Needs help with the kettle"},
                 {"target", "Makes tea on her own"},
                 {"measure", "Observed at the lunch visit"},
                 {"dueDate", "2027-01-31"}},
    QJsonObject {{"id", "walk"},
                 {"description", "Walk to the post box"},
                 {"baseline", "5 m with a frame"},
                 {"target", "200 m with a stick"},
                 {"measure", "Distance walked"},
                 {"dueDate", "2027-02-28"}},
};

Record corrected(const Record &original, const QJsonObject &payload)
{
    return makeRecord(
        QString::fromLatin1(RecordType::Amendment), original.personId, {},
        {{"reason", "wrong score"}, {"amendedType", original.type}, {"replacement", payload}},
        original.authorUserId, original.deviceTime.toLocalTime().addSecs(60));
}

} // namespace

class TestCarePlanController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void planGoalsAndProgressFolding()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        const QDateTime now = QDateTime::currentDateTime();
        const Record first = goalProgress("p1", "walk", 2, now.addDays(-20));
        const Record wrong = goalProgress("p1", "walk", 9, now.addDays(-10));
        Record fixedWrong = corrected(wrong, {{"goalId", "walk"}, {"score", 4}});
        fixedWrong.amends = wrong.id;
        const Record mistaken = goalProgress("p1", "tea", 7, now.addDays(-5));
        Record withdrawn = makeRecord(
            QString::fromLatin1(RecordType::Amendment), "p1", {},
            {{"reason", "wrong person"}, {"amendedType", "goal.progress"}, {"withdrawn", true}},
            PartnerUser, now.addDays(-5).addSecs(60));
        withdrawn.amends = mistaken.id;
        const Record review =
            reablementReview("p1", "ep-1", now.addDays(-2).date(), "weekly",
                             {QJsonObject {{"goalId", "walk"}, {"score", 6}}}, "therapist-1");
        QVERIFY(receive(*session->store(),
                        {person("p1", "Edith Brown", "Edie"), carePlanWithGoals("p1", Goals), first,
                         wrong, fixedWrong, mistaken, withdrawn, review}));
        CarePlanController plan;
        QSignalSpy loaded(&plan, &PersonFileController::loadFinished);
        plan.setSession(session.get());
        plan.setPersonId("p1");
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QVERIFY(plan.hasPlan());
        QVERIFY(plan.planText().startsWith("Version 2 · review due "));
        QCOMPARE(plan.personalOutcomes(),
                 (QStringList {"I want to make my own cup of tea again",
                               "I want to walk to the post box"}));
        QCOMPARE(plan.agreedOutcomes(), QStringList {"Regain independence in the kitchen"});
        QCOMPARE(plan.goals()->count(), 2);
        const GoalRow &tea = plan.goals()->rows().at(0);
        QCOMPARE(tea.goal.target, QStringLiteral("Makes tea on her own"));
        QVERIFY(!tea.latestScore); // the only score was withdrawn
        const GoalRow &walk = plan.goals()->rows().at(1);
        QCOMPARE(walk.firstScore, std::optional<int>(2));
        QCOMPARE(walk.latestScore, std::optional<int>(6)); // the review's, after the corrected 4
        QCOMPARE(walk.series.size(), 3);
        QCOMPARE(walk.series.at(1).score, 4);
        QVERIFY(GoalListModel::progressText(walk).startsWith("Latest 6 of 10 on "));
        QVERIFY(GoalListModel::progressText(walk).endsWith("; first 2"));
        QCOMPARE(
            plan.goals()->data(plan.goals()->index(1), GoalListModel::SeriesRole).toList().size(),
            3);
        QVERIFY(!plan.recordProgress("walk", 5, {}, false)); // no visit: reading only
    }

    void progressAtAVisit()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        const QDateTime start = QDateTime::currentDateTime().addSecs(-600);
        QVERIFY(receive(*session->store(),
                        {rotaVisit({"v1", "p1", start, 45}), person("p1", "Edith Brown", "Edie"),
                         carePlanWithGoals("p1", Goals)}));
        LocationSettings location;
        location.setNmeaFile("no_such_log");
        VisitController visit;
        visit.setLocation(&location);
        QSignalSpy visitLoaded(&visit, &VisitController::loadFinished);
        visit.setSession(session.get());
        visit.setVisitId("v1");
        QVERIFY(caught(visitLoaded, StoreTimeoutMs));
        CarePlanController plan;
        QSignalSpy loaded(&plan, &PersonFileController::loadFinished);
        plan.setVisit(&visit);
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QVERIFY(!plan.canRecord());
        QVERIFY(!plan.recordProgress("tea", 5, {}, false));
        QCOMPARE(plan.errorMessage(), QStringLiteral("Check in at the visit to record progress"));
        QVERIFY(visit.checkIn());
        QVERIFY(QTest::qWaitFor([&] { return plan.canRecord(); }, StoreTimeoutMs));
        QVERIFY(!plan.recordProgress("tea", 11, {}, false));
        QCOMPARE(plan.errorField(), QStringLiteral("score"));
        QVERIFY(!plan.recordProgress("swim", 5, {}, false));
        QCOMPARE(plan.errorField(), QStringLiteral("goalId"));
        QSignalSpy saved(&plan, &PersonFileController::saved);
        QVERIFY2(plan.recordProgress("tea", 6, "Filled the kettle herself", false),
                 qPrintable(plan.errorMessage()));
        plan.reload(); // a reload while the save is in flight (sync, another screen's save)...
        // ...must not swallow its confirmation (it did, now and then: a flaky failure here)
        QVERIFY2(caught(saved, StoreTimeoutMs), qPrintable(plan.errorMessage()));
        QVERIFY(QTest::qWaitFor([&] { return plan.goals()->rows().at(0).latestScore == 6; },
                                StoreTimeoutMs));
        auto records = session->store()->forVisit("v1");
        records.waitForFinished();
        Record progress;
        for (const Record &r : records.result())
            if (r.type == QLatin1String(RecordType::GoalProgress))
                progress = r;
        QCOMPARE(progress.payload.value("goalId").toString(), QStringLiteral("tea"));
        QCOMPARE(progress.payload.value("score").toInt(), 6);
        QCOMPARE(progress.payload.value("carePlanId").toString(), plan.plan()->recordId);
        auto outbox = session->store()->pendingOutbox(100);
        outbox.waitForFinished();
        const auto entries = outbox.result(); // one list: result() returns a copy each call
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [&](const auto &e) { return e.recordId == progress.id; }));
    }
};

QTEST_GUILESS_MAIN(TestCarePlanController)
#include "tst_careplancontroller.moc"
