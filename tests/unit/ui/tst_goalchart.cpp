// GoalChart: points placed by day and score inside the chart area (several on one day stay
// apart), the series as the goal models give it, and the words a screen reader says.
#include "roundfixtures.h"
#include "ui/goals/goalchart.h"

#include <QGuiApplication>
#include <QTest>

using namespace careround::ui;

class TestGoalChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(careround::ui::testing::useBritishEnglish()); }

    void placesPointsByDayAndScore()
    {
        const QRectF area(10, 0, 100, 50);
        const QList<GoalChart::Point> points {
            {QDate(2026, 11, 1), 0}, {QDate(2026, 11, 6), 5}, {QDate(2026, 11, 11), 10}};
        const auto at = GoalChart::place(points, area);
        QCOMPARE(at, (QList<QPointF> {{10, 50}, {60, 25}, {110, 0}}));
        QCOMPARE(GoalChart::place({{QDate(2026, 11, 1), 4}}, area), (QList<QPointF> {{60, 30}}));
        const auto sameDay =
            GoalChart::place({{QDate(2026, 11, 1), 2}, {QDate(2026, 11, 1), 4}}, area);
        QCOMPARE(sameDay.at(0).x(), 10.0);
        QCOMPARE(sameDay.at(1).x(), 110.0);
    }

    void seriesAndWords()
    {
        GoalChart chart;
        QCOMPARE(chart.accessibleText(), QStringLiteral("No scores yet"));
        chart.setSeries({QVariantMap {{"day", "2026-11-10"}, {"score", 2}},
                         QVariantMap {{"day", "not a day"}, {"score", 9}},
                         QVariantMap {{"day", "2026-11-28"}, {"score", 14}}});
        QCOMPARE(chart.points().size(), 2);
        QCOMPARE(chart.points().last().score, 10); // clamped to the scale
        QCOMPARE(chart.accessibleText(),
                 QStringLiteral("Scores over time: 2 on 10 November, 10 on 28 November"));
    }
};

QTEST_MAIN(TestGoalChart)
#include "tst_goalchart.moc"
