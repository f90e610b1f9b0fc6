// Building the round from records: only this worker's visits on the day (current rota version),
// in time order, with the person's preferred name, the partner and the corrected status.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/round/roundvisits.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDate Day(2026, 11, 2);
QDateTime at(int h, int m)
{
    return QDateTime(Day, QTime(h, m));
}
} // namespace

class TestRoundVisits : public QObject
{
    Q_OBJECT
private slots:
    void onlyMyVisitsOfTheDayInTimeOrder();
    void currentRotaVersionDecides();
    void statusFromCorrectedEvents();
};

void TestRoundVisits::onlyMyVisitsOfTheDayInTimeOrder()
{
    RotaVisit lunch {"v-lunch", "p1", at(12, 30), 30};
    RotaVisit morning {"v-morning", "p2", at(8, 0), 45};
    morning.workerIds = {ThisUser, PartnerUser};
    morning.workerNames = {{PartnerUser, "Sam Cole"}};
    RotaVisit someoneElse {"v-other", "p1", at(9, 0)};
    someoneElse.workerIds = {PartnerUser};
    RotaVisit tomorrow {"v-tomorrow", "p1", at(8, 0).addDays(1)};
    const QList<Record> visits {rotaVisit(lunch), rotaVisit(morning), rotaVisit(someoneElse),
                                rotaVisit(tomorrow)};
    const QList<Record> people {person("p1", "Edith Brown", "Edie"),
                                person("p2", "Arthur Penn", "")};
    const auto round = buildRound(visits, people, Day, ThisUser, at(7, 30));
    QCOMPARE(round.size(), 2);
    QCOMPARE(round[0].visit.visitId, QStringLiteral("v-morning"));
    QCOMPARE(round[0].person.displayName(), QStringLiteral("Arthur Penn"));
    QCOMPARE(round[0].partnerId, PartnerUser);
    QCOMPARE(round[0].partnerName, QStringLiteral("Sam Cole"));
    QCOMPARE(round[1].visit.visitId, QStringLiteral("v-lunch"));
    QCOMPARE(round[1].person.displayName(), QStringLiteral("Edie"));
    QCOMPARE(round[1].person.addressText,
             QStringLiteral("Rose Cottage, 3 Mill Lane, Goudhurst, TN17 1AB"));
    QVERIFY(round[1].partnerId.isEmpty());
    QCOMPARE(round[0].state.status, VisitStatus::Due);
    QCOMPARE(round[1].state.status, VisitStatus::Upcoming);

    const auto unknownPerson = buildRound({rotaVisit(lunch)}, {}, Day, ThisUser, at(7, 0));
    QCOMPARE(unknownPerson.size(), 1);
    QVERIFY(!unknownPerson[0].person.known);
}

void TestRoundVisits::currentRotaVersionDecides()
{
    RotaVisit v {"v1", "p1", at(8, 0)};
    const Record planned = rotaVisit(v);
    RotaVisit moved = v;
    moved.plannedStart = at(8, 0).addDays(1); // the office moved it to tomorrow
    QVERIFY(buildRound({planned, rotaVisit(moved)}, {}, Day, ThisUser, at(7, 0)).isEmpty());
    RotaVisit reassigned = v;
    reassigned.workerIds = {PartnerUser};
    QVERIFY(buildRound({planned, rotaVisit(reassigned)}, {}, Day, ThisUser, at(7, 0)).isEmpty());
    RotaVisit cancelled = v;
    cancelled.cancelled = true;
    cancelled.cancelReason = "in hospital";
    const auto round = buildRound({planned, rotaVisit(cancelled)}, {}, Day, ThisUser, at(7, 0));
    QCOMPARE(round.size(), 1);
    QCOMPARE(round[0].state.status, VisitStatus::Cancelled);
    QCOMPARE(round[0].cancelReason(), QStringLiteral("in hospital"));
}

void TestRoundVisits::statusFromCorrectedEvents()
{
    const Record visit = rotaVisit({"v1", "p1", at(8, 0)});
    const Record in = checkIn("p1", "v1", ThisUser, at(8, 5));
    const Record out = checkOut("p1", "v1", ThisUser, at(8, 47));
    auto round = buildRound({visit, in, out}, {}, Day, ThisUser, at(9, 0));
    QCOMPARE(round[0].state.status, VisitStatus::Done);
    QCOMPARE(round[0].state.deliveredMinutes, 42);

    auto clock = std::make_shared<HybridLogicalClock>(QStringLiteral("device-worker-1"));
    clock->observe(out.hlc);
    RecordAuthor author(ThisUser, QStringLiteral("device-worker-1"), clock);
    const Record withdrawn = author.withdrawal(out, "pressed too early");
    round = buildRound({visit, in, out, withdrawn}, {}, Day, ThisUser, at(9, 0));
    QCOMPARE(round[0].state.status, VisitStatus::InProgress);
    refold(round[0], at(9, 30));
    QCOMPARE(round[0].state.status, VisitStatus::InProgress);
}

QTEST_GUILESS_MAIN(TestRoundVisits)
#include "tst_roundvisits.moc"
