#include "core/recordtypes.h"
#include "core/rules/goalprogress.h"
#include "medfixtures.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
const QString Episode = QStringLiteral("episode-1");

// "p:<goal>:<score>[:achieved|:not-achieved][@<day offset>]" goal.progress (untied) on
// 2025-03-0<day> "pe:…" the same tied to the episode, "pc:…" tied to care plan "plan-1"
// "r:<goal>=<score>,<goal>=<score>@<day>" a review of the episode, "ro:…" a review of another one
// "withdraw-last", "rescore-last:<score>" (replacement of the last record with another score)
QList<Record> script(const QStringList &steps)
{
    QList<Record> out;
    for (const QString &step : steps) {
        const QString body = step.section(QLatin1Char('@'), 0, 0);
        const QDate day =
            QDate(2025, 3, 1)
                .addDays(step.contains(QLatin1Char('@')) ? step.section(QLatin1Char('@'), 1).toInt()
                                                         : 0);
        const QStringList parts = body.split(QLatin1Char(':'));
        const QString kind = parts.at(0);
        if (kind == QLatin1String("withdraw-last")) {
            out.append(withdrawal(out.last()));
        } else if (kind == QLatin1String("rescore-last")) {
            QJsonObject payload = out.last().payload;
            if (out.last().type == QLatin1String(RecordType::GoalProgress))
                payload.insert(QStringLiteral("score"), parts.at(1).toInt());
            else
                payload = samples::withPath(payload, QStringLiteral("scores[0].score"),
                                            parts.at(1).toInt());
            out.append(replacement(out.last(), payload));
        } else if (kind.startsWith(QLatin1Char('p'))) {
            Record r = samples::record(QString::fromLatin1(RecordType::GoalProgress), Person);
            r.careDay = day;
            r.payload = QJsonObject {{QStringLiteral("goalId"), parts.at(1)},
                                     {QStringLiteral("score"), parts.at(2).toInt()}};
            if (kind == QLatin1String("pe"))
                r.payload.insert(QStringLiteral("episodeId"), Episode);
            if (kind == QLatin1String("pc"))
                r.payload.insert(QStringLiteral("carePlanId"), QStringLiteral("plan-1"));
            if (parts.size() > 3)
                r.payload.insert(QStringLiteral("achieved"),
                                 parts.at(3) == QLatin1String("achieved"));
            out.append(r);
        } else {
            Record r = samples::record(QString::fromLatin1(RecordType::ReablementReview), Person);
            r.payload.insert(QStringLiteral("episodeId"),
                             kind == QLatin1String("r") ? Episode : QStringLiteral("episode-2"));
            r.payload.insert(QStringLiteral("reviewDate"), day.toString(Qt::ISODate));
            QJsonArray scores;
            for (const QString &s : parts.at(1).split(QLatin1Char(',')))
                scores.append(QJsonObject {
                    {QStringLiteral("goalId"), s.section(QLatin1Char('='), 0, 0)},
                    {QStringLiteral("score"), s.section(QLatin1Char('='), 1).toInt()}});
            r.payload.insert(QStringLiteral("scores"), scores);
            out.append(r);
        }
    }
    return out;
}

// "goal-1: 2,4,6 latest 6 first 2 achieved"
QStringList describe(const QList<GoalProgress> &goals)
{
    QStringList out;
    for (const GoalProgress &g : goals) {
        QStringList scores;
        for (const GoalScore &s : g.history)
            scores.append(QString::number(s.score));
        out.append(QStringLiteral("%1: %2 first %3 latest %4%5")
                       .arg(g.goalId, scores.join(QLatin1Char(',')))
                       .arg(*g.firstScore)
                       .arg(*g.latestScore)
                       .arg(g.achieved ? QStringLiteral(" achieved") : QString()));
    }
    return out;
}
} // namespace

class TestGoalProgress : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void seriesIsByDay();
    void listOrderDoesNotMatter();
};

void TestGoalProgress::fold_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("episode"); // scope
    QTest::addColumn<QString>("carePlan"); // scope
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    QTest::newRow("nothing") << L {} << ""
                             << "" << L {};
    QTest::newRow("visit scores") << L {"p:g1:2", "p:g1:4", "p:g1:5"} << ""
                                  << "" << L {"g1: 2,4,5 first 2 latest 5"};
    QTest::newRow("review scores join in")
        << L {"p:g1:2", "r:g1=5,g2=3", "p:g1:6"} << ""
        << "" << L {"g1: 2,5,6 first 2 latest 6", "g2: 3 first 3 latest 3"};
    QTest::newRow("achieved") << L {"p:g1:9:achieved"} << ""
                              << "" << L {"g1: 9 first 9 latest 9 achieved"};
    QTest::newRow("achieved then not") << L {"p:g1:9:achieved", "p:g1:7:not-achieved"} << ""
                                       << "" << L {"g1: 9,7 first 9 latest 7"};
    QTest::newRow("a score without the flag keeps it")
        << L {"p:g1:9:achieved", "p:g1:8"} << ""
        << "" << L {"g1: 9,8 first 9 latest 8 achieved"};
    QTest::newRow("withdrawn score dropped") << L {"p:g1:2", "p:g1:9", "withdraw-last"} << ""
                                             << "" << L {"g1: 2 first 2 latest 2"};
    QTest::newRow("withdrawn review dropped") << L {"p:g1:2", "r:g1=8", "withdraw-last"} << ""
                                              << "" << L {"g1: 2 first 2 latest 2"};
    QTest::newRow("replacement applied") << L {"p:g1:2", "p:g1:9", "rescore-last:4"} << ""
                                         << "" << L {"g1: 2,4 first 2 latest 4"};
    QTest::newRow("review replacement applied") << L {"r:g1=8", "rescore-last:5"} << ""
                                                << "" << L {"g1: 5 first 5 latest 5"};
    QTest::newRow("episode scope")
        << L {"pe:g1:3", "p:g1:4", "pc:g1:9", "r:g1=5", "ro:g1=1"} << "episode-1"
        << "" << L {"g1: 3,4,5 first 3 latest 5"};
    QTest::newRow("care plan scope") << L {"pe:g1:3", "p:g1:4", "pc:g1:9", "r:g1=5"} << ""
                                     << "plan-1" << L {"g1: 4,9 first 4 latest 9"};
    QTest::newRow("no scope: everything") << L {"pe:g1:3", "pc:g1:9", "ro:g1=1"} << ""
                                          << "" << L {"g1: 3,9,1 first 3 latest 1"};
}

void TestGoalProgress::fold()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, episode);
    QFETCH(QString, carePlan);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(goalProgress(script(steps), GoalScope {episode, carePlan})), expected);
}

void TestGoalProgress::seriesIsByDay()
{
    // Recorded out of day order (a review entered after later visits): history is HLC order,
    // the chart series is by day.
    const QList<GoalProgress> goals = goalProgress(script({"p:g1:2@1", "p:g1:6@10", "r:g1=4@7"}));
    QCOMPARE(describe(goals), QStringList {"g1: 2,6,4 first 2 latest 4"});
    const QList<GoalChartPoint> series = goals.first().series();
    QCOMPARE(series,
             (QList<GoalChartPoint> {
                 {QDate(2025, 3, 2), 2}, {QDate(2025, 3, 8), 4}, {QDate(2025, 3, 11), 6}}));
    QCOMPARE(goals.first().history.at(2).source, GoalScoreSource::Review);
}

void TestGoalProgress::listOrderDoesNotMatter()
{
    QList<Record> records = script({"p:g1:2", "p:g1:4", "p:g1:6"});
    std::reverse(records.begin(), records.end());
    QCOMPARE(describe(goalProgress(records)), QStringList {"g1: 2,4,6 first 2 latest 6"});
}

QTEST_GUILESS_MAIN(TestGoalProgress)
#include "tst_goalprogress.moc"
