// What the round card flags (roundflags.h): a time-critical medicine with its window on the visit
// that gives it (not on the person's other visits), and a running reablement episode's days left.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/round/roundflags.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

class TestRoundFlags : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void timeCriticalAndDaysLeft()
    {
        const QDate day = QDate::currentDate();
        const QList<Record> rota {
            rotaVisit({"am", "p1", QDateTime(day, QTime(7, 45)), 45}),
            rotaVisit({"lunch", "p1", QDateTime(day, QTime(12, 30)), 30}),
            rotaVisit({"tea", "p2", QDateTime(day, QTime(17, 0)), 30}),
        };
        const QList<Record> files {
            medicationOrder("p1", "Sinemet", "08:00",
                            {{"timeCritical", true}, {"timeCriticalWindowMinutes", 30}}),
            medicationOrder("p1", "Metformin", "12:30"),
            reablementEpisode("p2", day.addDays(-30), day.addDays(12), "therapist-1", {}),
        };
        const QDateTime now(day, QTime(7, 0));
        const QList<RoundVisit> round = buildRound(rota, {}, day, ThisUser, now);
        QCOMPARE(round.size(), 3);
        const auto flags = roundFlags(round, rota, files, day, now, QTimeZone::systemTimeZone());
        QCOMPARE(flags.value("am").timeCriticalText,
                 QStringLiteral("Time-critical medicine: Sinemet 08:00 ±30 min"));
        QVERIFY(flags.value("lunch").timeCriticalText.isEmpty());
        QVERIFY(flags.value("am").reablementText.isEmpty());
        QCOMPARE(flags.value("tea").reablementText, QStringLiteral("Reablement: 12 days left"));
        QCOMPARE(flags.value("tea").reablementDaysLeft, 12);
    }
};

QTEST_GUILESS_MAIN(TestRoundFlags)
#include "tst_roundflags.moc"
