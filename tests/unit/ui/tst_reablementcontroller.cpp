// ReablementController over a real store: the review summary a therapist reads (dates, days
// left, week, hours used against planned from the visits, reviews and the next one due, goals'
// first and latest scores), a therapist's review saved with scores per goal, and the planned end
// moved within six weeks — beyond it the error is in words and nothing is saved. A care worker
// can read it but not record a review.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/goals/reablementcontroller.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QJsonArray Goals {
    QJsonObject {{"id", "stairs"},
                 {"description", "Climb the stairs safely"},
                 {"baseline", "Stair lift only"},
                 {"target", "Up and down with the rail"},
                 {"measure", "Observed by the therapist"},
                 {"dueDate", "2027-01-10"}},
};

std::unique_ptr<AppSession> sessionAs(const QString &dir, const QString &role)
{
    auto session = startSession(dir);
    if (!waitForState(*session, AppSession::NeedsPinSetup))
        return nullptr;
    session->setUpPin(GoodPin, GoodPin);
    if (!waitForState(*session, AppSession::NeedsEnrolment))
        return nullptr;
    store::DeviceProfile p = testProfile();
    p.role = role;
    session->completeEnrolment(p);
    return waitForState(*session, AppSession::Unlocked, StoreTimeoutMs) ? std::move(session)
                                                                        : nullptr;
}

struct EpisodeFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    ReablementController reablement;
    Record episode;
    QDate start = QDate::currentDate().addDays(-16);

    bool open(const QString &role)
    {
        session = sessionAs(dir.path(), role);
        if (!session)
            return false;
        episode = reablementEpisode("p1", start, start.addDays(42), ThisUser, Goals);
        QList<Record> records {
            person("p1", "Ronald Hughes", "Ron"), episode,
            reablementReview("p1", episode.id, start.addDays(7), "weekly",
                             {QJsonObject {{"goalId", "stairs"}, {"score", 2}}}, ThisUser),
            goalProgress("p1", "stairs", 4, QDateTime(start.addDays(12), QTime(10, 0)))};
        // Two visits done (60 and 30 minutes of 60 each), one still to come.
        for (int d : {1, 8, 20}) {
            const QString id = QStringLiteral("v%1").arg(d);
            const QDateTime at(start.addDays(d), QTime(9, 0));
            records << rotaVisit({id, "p1", at, 60});
            if (d < 20)
                records << checkIn("p1", id, ThisUser, at)
                        << checkOut("p1", id, ThisUser, at.addSecs(d == 1 ? 3600 : 1800));
        }
        if (!receive(*session->store(), records))
            return false;
        QSignalSpy loaded(&reablement, &PersonFileController::loadFinished);
        reablement.setSession(session.get());
        reablement.setPersonId("p1");
        return caught(loaded, StoreTimeoutMs) && reablement.hasEpisode();
    }
};

} // namespace

class TestReablementController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void summaryBeforeAReview()
    {
        EpisodeFixture f;
        QVERIFY(f.open("care_worker"));
        ReablementController &r = f.reablement;
        QCOMPARE(r.daysLeftText(), QStringLiteral("Reablement: 26 days left"));
        QCOMPARE(r.weekText(), QStringLiteral("Week 3 of 6"));
        QCOMPARE(r.startText(), ReablementWords::longDate(f.start));
        QCOMPARE(r.dischargeText(), ReablementWords::longDate(f.start.addDays(-1)));
        QCOMPARE(r.plannedEndText(), ReablementWords::longDate(f.start.addDays(42)));
        QCOMPARE(r.therapistText(), QStringLiteral("You (Amira Khan)"));
        QCOMPARE(r.hoursText(),
                 QStringLiteral("1 hour 30 minutes used of 3 hours planned (2 of 3 visits done)"));
        QCOMPARE(r.reviewLines().size(), 1);
        QVERIFY2(r.nextReviewText().startsWith("Weekly review was due on "),
                 qPrintable(r.nextReviewText()));
        QVERIFY(r.reviewOverdue()); // week 2's review (day 14) is not done
        QCOMPARE(r.goals()->count(), 1);
        const GoalRow &goal = r.goals()->rows().first();
        QCOMPARE(goal.firstScore, std::optional<int>(2));
        QCOMPARE(goal.latestScore, std::optional<int>(4));
        QCOMPARE(goal.goal.baseline, QStringLiteral("Stair lift only"));
        // A care worker reads it, and records no review.
        QVERIFY(!r.isTherapist());
        QVERIFY(!r.recordReview("weekly", {QVariantMap {{"goalId", "stairs"}, {"score", 5}}}, {}));
        QCOMPARE(r.errorMessage(), QStringLiteral("Only the reablement therapist records reviews"));
    }

    void therapistReviewsAndMovesThePlannedEnd()
    {
        EpisodeFixture f;
        QVERIFY(f.open("therapist"));
        ReablementController &r = f.reablement;
        QVERIFY(r.isTherapist());
        QSignalSpy saved(&r, &PersonFileController::saved);
        QVERIFY(r.recordReview(
            "weekly",
            {QVariantMap {{"goalId", "stairs"}, {"score", 5}, {"comment", "with the rail"}}},
            "Steady progress"));
        QVERIFY(caught(saved, StoreTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return r.goals()->rows().first().latestScore == 5; },
                                StoreTimeoutMs));
        QCOMPARE(r.reviewLines().size(), 2);

        // Six weeks at most: one day more is refused in words, and nothing is saved.
        const QDate tooLate = f.start.addDays(43);
        QVERIFY(!r.changePlannedEnd(tooLate.toString("dd/MM/yyyy"), "needs longer"));
        QCOMPARE(r.errorField(), QStringLiteral("plannedEndDate"));
        QCOMPARE(
            r.errorMessage(),
            QStringLiteral("Reablement lasts at most 6 weeks: the planned end can be %1 at the "
                           "latest (6 weeks after the start on %2)")
                .arg(ReablementWords::longDate(f.start.addDays(42)),
                     ReablementWords::longDate(f.start)));
        QVERIFY(!r.changePlannedEnd(f.start.addDays(35).toString("dd/MM/yyyy"), " "));
        QCOMPARE(r.errorField(), QStringLiteral("reason"));
        saved.clear();
        QVERIFY(r.changePlannedEnd(f.start.addDays(35).toString("dd/MM/yyyy"), "Goals met early"));
        QVERIFY(caught(saved, StoreTimeoutMs));
        QVERIFY(QTest::qWaitFor(
            [&] { return r.daysLeftText() == QStringLiteral("Reablement: 19 days left"); },
            StoreTimeoutMs));
        auto records = f.session->store()->forPerson("p1");
        records.waitForFinished();
        int reviews = 0, amendments = 0;
        for (const Record &rec : records.result()) {
            reviews += rec.type == QLatin1String(RecordType::ReablementReview) ? 1 : 0;
            if (rec.type == QLatin1String(RecordType::Amendment)) {
                ++amendments;
                QCOMPARE(rec.amends, f.episode.id);
            }
        }
        QCOMPARE(reviews, 2);
        QCOMPARE(amendments, 1);
    }
};

QTEST_GUILESS_MAIN(TestReablementController)
#include "tst_reablementcontroller.moc"
