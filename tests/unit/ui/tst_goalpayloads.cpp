// Goal and reablement payloads (goalpayloads.h), table-driven: scores 0–10, review scores, dates
// as typed, and the six-week limit on the planned end, refused in words.
#include "roundfixtures.h"
#include "ui/goals/goalpayloads.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::ui;

class TestGoalPayloads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(testing::useBritishEnglish()); }

    void progressScores_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0") << 0 << true;
        QTest::newRow("10") << 10 << true;
        QTest::newRow("-1 (none chosen)") << -1 << false;
        QTest::newRow("11") << 11 << false;
    }
    void progressScores()
    {
        QFETCH(int, score);
        QFETCH(bool, ok);
        auto p = GoalPayloads::progress("g1", score, " walked to the gate ", false, "plan-1", {});
        QCOMPARE(p.ok(), ok);
        if (!ok) {
            QCOMPARE(p.error().field, QStringLiteral("score"));
            QCOMPARE(p.error().message, QStringLiteral("Choose a score from 0 to 10"));
            return;
        }
        QCOMPARE(p.value().value("score").toInt(), score);
        QCOMPARE(p.value().value("note").toString(), QStringLiteral("walked to the gate"));
        QCOMPARE(p.value().value("carePlanId").toString(), QStringLiteral("plan-1"));
        QVERIFY(!p.value().contains("episodeId"));
    }

    void reviewScores()
    {
        const QDate day(2026, 12, 8);
        auto none = GoalPayloads::review("ep", day, "weekly",
                                         {QVariantMap {{"goalId", "g1"}, {"score", -1}}}, {});
        QCOMPARE(none.error().field, QStringLiteral("scores"));
        QCOMPARE(GoalPayloads::review("ep", day, "monthly", {}, {}).error().field,
                 QStringLiteral("kind"));
        auto bad = GoalPayloads::review("ep", day, "weekly",
                                        {QVariantMap {{"goalId", "g1"}, {"score", 12}}}, {});
        QCOMPARE(bad.error().field, QStringLiteral("scores[0].score"));
        auto ok = GoalPayloads::review(
            "ep", day, "week_3",
            {QVariantMap {{"goalId", "g1"}, {"score", 4}, {"comment", "better"}},
             QVariantMap {{"goalId", "g2"}, {"score", -1}}},
            "Good week");
        QVERIFY(ok);
        QCOMPARE(ok.value().value("scores").toArray().size(), 1);
        QCOMPARE(ok.value().value("reviewDate").toString(), QStringLiteral("2026-12-08"));
    }

    void plannedEndWithinSixWeeks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("exactly six weeks") << "12/01/2027"
                                           << "2027-01-12"
                                           << "";
        QTest::newRow("ISO") << "2027-01-05"
                             << "2027-01-05"
                             << "";
        QTest::newRow("short year") << "5/1/27"
                                    << "2027-01-05"
                                    << "";
        QTest::newRow("one day over")
            << "13/01/2027"
            << ""
            << "Reablement lasts at most 6 weeks: the planned end can be 12 January 2027 at the "
               "latest (6 weeks after the start on 1 December 2026)";
        QTest::newRow("before the start")
            << "30/11/2026"
            << ""
            << "The planned end cannot be before the start on 1 December 2026";
        QTest::newRow("not a date") << "next Friday"
                                    << ""
                                    << "Write the planned end as a date, for example 12/01/2027";
    }
    void plannedEndWithinSixWeeks()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, message);
        const QJsonObject episode {{"startDate", "2026-12-01"},
                                   {"plannedEndDate", "2027-01-01"},
                                   {"therapistUserId", "therapist-1"}};
        auto p = GoalPayloads::withPlannedEnd(episode, typed);
        if (stored.isEmpty()) {
            QVERIFY(!p);
            QCOMPARE(p.error().field, QStringLiteral("plannedEndDate"));
            QCOMPARE(p.error().message, message);
        } else {
            QVERIFY2(p, qPrintable(p.error().toString()));
            QCOMPARE(p.value().value("plannedEndDate").toString(), stored);
            QCOMPARE(p.value().value("therapistUserId").toString(), QStringLiteral("therapist-1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGoalPayloads)
#include "tst_goalpayloads.moc"
