#include "core/recordtypes.h"
#include "core/rules/reablementsummary.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

Q_DECLARE_METATYPE(careround::ReviewCadence)

namespace {
const QDate Start(2025, 3, 3); // a six-week episode: planned end 2025-04-14

ReviewDone review(const QString &kind, const QDate &day)
{
    return ReviewDone {QString(), day, kind};
}

Record visitRecord(const QString &id, const QDate &day, const QString &start, int minutes,
                   bool cancelled = false)
{
    Record r = samples::record(QString::fromLatin1(RecordType::Visit), Person, id);
    r.careDay = day;
    PlannedVisit v = visit(id, day, start, minutes, cancelled);
    r.payload = v.toPayload();
    if (cancelled)
        r.payload.insert(QStringLiteral("cancelReason"), QStringLiteral("in hospital"));
    return r;
}

Record presence(const char *type, const QString &visitId, const QString &localTime)
{
    Record r = samples::record(QString::fromLatin1(type), Person, visitId);
    r.deviceTime = londonTime(localTime).toUTC();
    return r;
}

Record reviewRecord(const QString &episodeId, const QDate &day, const QString &kind,
                    const QList<QPair<QString, int>> &scores)
{
    Record r = samples::record(QString::fromLatin1(RecordType::ReablementReview), Person);
    QJsonArray list;
    for (const auto &s : scores)
        list.append(
            QJsonObject {{QStringLiteral("goalId"), s.first}, {QStringLiteral("score"), s.second}});
    r.payload = QJsonObject {{QStringLiteral("episodeId"), episodeId},
                             {QStringLiteral("reviewDate"), day.toString(Qt::ISODate)},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("scores"), list}};
    return r;
}

struct Episode
{
    Record episode;
    QList<Record> records;

    Episode()
    {
        episode = samples::record(QString::fromLatin1(RecordType::ReablementEpisode), Person);
        QJsonArray goals = episode.payload.value(QStringLiteral("goals")).toArray();
        QJsonObject second = goals.first().toObject();
        second.insert(QStringLiteral("id"), QStringLiteral("goal-2"));
        second.insert(QStringLiteral("description"),
                      QStringLiteral("Walks to the shop with a frame"));
        goals.append(second);
        episode.payload.insert(QStringLiteral("goals"), goals);
        records.append(episode);

        Record progress = samples::record(QString::fromLatin1(RecordType::GoalProgress), Person);
        progress.payload = QJsonObject {{QStringLiteral("goalId"), QStringLiteral("goal-1")},
                                        {QStringLiteral("score"), 2},
                                        {QStringLiteral("episodeId"), episode.id}};
        records.append(progress);
        records.append(
            reviewRecord(episode.id, QDate(2025, 3, 10), QStringLiteral("weekly"),
                         {{QStringLiteral("goal-1"), 4}, {QStringLiteral("goal-2"), 3}}));
        records.append(
            reviewRecord(episode.id, QDate(2025, 3, 17), QStringLiteral("weekly"),
                         {{QStringLiteral("goal-1"), 6}, {QStringLiteral("goal-3"), 5}}));
        records.append(reviewRecord(QStringLiteral("another-episode"), QDate(2025, 3, 12),
                                    QStringLiteral("weekly"), {{QStringLiteral("goal-1"), 9}}));

        // Two calls done (40 + 30 minutes), one cancelled, one to come, one before the episode,
        // one whose check-in was withdrawn (by an amendment that carries no visitId).
        records << visitRecord(QStringLiteral("v1"), Start, QStringLiteral("08:00"), 45)
                << presence(RecordType::VisitCheckIn, QStringLiteral("v1"),
                            QStringLiteral("2025-03-03 08:00"))
                << presence(RecordType::VisitCheckOut, QStringLiteral("v1"),
                            QStringLiteral("2025-03-03 08:40"));
        records << visitRecord(QStringLiteral("v2"), Start.addDays(1), QStringLiteral("08:00"), 30)
                << presence(RecordType::VisitCheckIn, QStringLiteral("v2"),
                            QStringLiteral("2025-03-04 08:05"))
                << presence(RecordType::VisitCheckOut, QStringLiteral("v2"),
                            QStringLiteral("2025-03-04 08:35"));
        records << visitRecord(QStringLiteral("v3"), Start.addDays(2), QStringLiteral("08:00"), 45,
                               true);
        // v4 was first planned for 30 minutes, then re-issued by the rota as 60: counted once.
        records << visitRecord(QStringLiteral("v4"), QDate(2025, 3, 21), QStringLiteral("08:00"),
                               30)
                << visitRecord(QStringLiteral("v4"), QDate(2025, 3, 21), QStringLiteral("08:00"),
                               60);
        records << visitRecord(QStringLiteral("v5"), QDate(2025, 2, 28), QStringLiteral("08:00"),
                               30)
                << presence(RecordType::VisitCheckIn, QStringLiteral("v5"),
                            QStringLiteral("2025-02-28 08:00"))
                << presence(RecordType::VisitCheckOut, QStringLiteral("v5"),
                            QStringLiteral("2025-02-28 08:30"));
        records << visitRecord(QStringLiteral("v6"), Start.addDays(3), QStringLiteral("08:00"), 30);
        const Record checkIn = presence(RecordType::VisitCheckIn, QStringLiteral("v6"),
                                        QStringLiteral("2025-03-06 08:00"));
        Record withdrawn = withdrawal(checkIn);
        withdrawn.visitId.clear();
        records << checkIn
                << presence(RecordType::VisitCheckOut, QStringLiteral("v6"),
                            QStringLiteral("2025-03-06 08:30"))
                << withdrawn;
    }

    ReablementSummary summary(const QString &now) const
    {
        const auto s =
            summariseReablementEpisode(records, episode.id, londonTime(now).toUTC(), london());
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return s.value();
    }
};
} // namespace

class TestReablementSummary : public QObject
{
    Q_OBJECT
private slots:
    void nextReview_data();
    void nextReview();
    void summary();
    void endedEpisode();
    void unknownOrWithdrawnEpisode();
};

void TestReablementSummary::nextReview_data()
{
    QTest::addColumn<int>("episodeDays");
    QTest::addColumn<QList<ReviewDone>>("done");
    QTest::addColumn<ReviewCadence>("cadence");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected"); // "kind yyyy-MM-dd[ overdue]" or "none"
    using D = QList<ReviewDone>;
    const auto a = ReviewCadence::Auto;
    const QDate early(2025, 3, 10);
    QTest::newRow("3/6/9: first is week 3") << 42 << D {} << a << early << "week_3 2025-03-24";
    QTest::newRow("3/6/9: week 3 overdue")
        << 42 << D {} << a << QDate(2025, 3, 25) << "week_3 2025-03-24 overdue";
    QTest::newRow("3/6/9: week 6 is the planned end: exit")
        << 42 << D {review("week_3", QDate(2025, 3, 24))} << a << early << "exit 2025-04-14";
    QTest::newRow("3/6/9: short episode")
        << 30 << D {review("week_3", QDate(2025, 3, 24))} << a << early << "exit 2025-04-02";
    QTest::newRow("3/6/9: a longer span reaches week 9")
        << 70 << D {review("week_3", QDate(2025, 3, 24)), review("week_6", QDate(2025, 4, 14))} << a
        << early << "week_9 2025-05-05";
    QTest::newRow("weekly: chosen")
        << 42 << D {} << ReviewCadence::Weekly << early << "weekly 2025-03-10";
    QTest::newRow("weekly: seen in the reviews")
        << 42 << D {review("weekly", QDate(2025, 3, 10))} << a << early << "weekly 2025-03-17";
    QTest::newRow("weekly: last week is the exit")
        << 42
        << D {review("weekly", {}), review("weekly", {}), review("weekly", {}),
              review("weekly", {}), review("weekly", {})}
        << a << early << "exit 2025-04-14";
    QTest::newRow("after the exit review")
        << 42 << D {review("exit", QDate(2025, 4, 14))} << a << early << "none";
}

void TestReablementSummary::nextReview()
{
    QFETCH(int, episodeDays);
    QFETCH(QList<ReviewDone>, done);
    QFETCH(ReviewCadence, cadence);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    const auto due = nextReviewDue(Start, Start.addDays(episodeDays), done, cadence, today);
    const QString text = due ? due->kind + QLatin1Char(' ') + due->dueDate.toString(Qt::ISODate)
            + (due->overdue ? QStringLiteral(" overdue") : QString())
                             : QStringLiteral("none");
    QCOMPARE(text, expected);
}

void TestReablementSummary::summary()
{
    const Episode e;
    const ReablementSummary s = e.summary(QStringLiteral("2025-03-20 10:00"));
    QCOMPARE(s.startDate, Start);
    QCOMPARE(s.plannedEndDate, QDate(2025, 4, 14));
    QCOMPARE(s.therapistUserId, QStringLiteral("therapist-1"));
    QVERIFY(!s.ended);
    QCOMPARE(s.daysElapsed, 17);
    QCOMPARE(s.weeksElapsed, 2);
    QCOMPARE(s.daysLeft, 25);
    QCOMPARE(s.reviews.size(), 2);
    QVERIFY(s.nextReview);
    QCOMPARE(s.nextReview->kind, QStringLiteral("weekly"));
    QCOMPARE(s.nextReview->dueDate, QDate(2025, 3, 24));
    QVERIFY(!s.nextReview->overdue);
    QCOMPARE(s.plannedVisits, 4);
    QCOMPARE(s.plannedMinutes, 45 + 30 + 60 + 30);
    QCOMPARE(s.deliveredVisits, 2);
    QCOMPARE(s.deliveredMinutes, 40 + 30);
    QCOMPARE(s.goals.size(), 3);
    const GoalSummary &g1 = s.goals.at(0);
    QCOMPARE(g1.goal.id, QStringLiteral("goal-1"));
    QCOMPARE(g1.goal.baseline, QStringLiteral("needs full help"));
    QCOMPARE(g1.firstScore, 2);
    QCOMPARE(g1.latestScore, 6);
    QCOMPARE(g1.scoreCount, 3);
    QCOMPARE(g1.series.size(), 3);
    QCOMPARE(s.goals.at(1).goal.description, QStringLiteral("Walks to the shop with a frame"));
    QCOMPARE(s.goals.at(1).latestScore, 3);
    QVERIFY(s.goals.at(1).inEpisode);
    QCOMPARE(s.goals.at(2).goal.id, QStringLiteral("goal-3"));
    QVERIFY(!s.goals.at(2).inEpisode);
    QCOMPARE(s.goals.at(2).latestScore, 5);
}

void TestReablementSummary::endedEpisode()
{
    Episode e;
    QJsonObject ended = e.episode.payload;
    ended.insert(QStringLiteral("exitOutcome"), QStringLiteral("independent"));
    ended.insert(QStringLiteral("endDate"), QStringLiteral("2025-03-19"));
    e.records.append(replacement(e.episode, ended));
    const ReablementSummary s = e.summary(QStringLiteral("2025-04-10 10:00"));
    QVERIFY(s.ended);
    QCOMPARE(s.exitOutcome, QStringLiteral("independent"));
    QCOMPARE(s.daysElapsed, 16);
    QCOMPARE(s.daysLeft, 0);
    QVERIFY(!s.nextReview);
    QCOMPARE(s.plannedVisits, 3); // the call on 21 March is after the end
    QCOMPARE(s.plannedMinutes, 45 + 30 + 30);
}

void TestReablementSummary::unknownOrWithdrawnEpisode()
{
    Episode e;
    const QDateTime now = londonTime(QStringLiteral("2025-03-20 10:00")).toUTC();
    QCOMPARE(
        summariseReablementEpisode(e.records, QStringLiteral("nope"), now, london()).error().field,
        QStringLiteral("episodeId"));
    e.records.append(withdrawal(e.episode));
    QCOMPARE(summariseReablementEpisode(e.records, e.episode.id, now, london()).error().field,
             QStringLiteral("episodeId"));
}

QTEST_GUILESS_MAIN(TestReablementSummary)
#include "tst_reablementsummary.moc"
