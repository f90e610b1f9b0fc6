// boardDelta (src/server/office/boarddelta.h): which of a day's rota rows an incremental board
// read sends again. A changed person brings every visit of theirs; their workers' lanes come
// whole, so every visit of those workers (and of those visits' people) comes too; nothing else.
#include "server/office/boarddelta.h"

#include <QTest>

using namespace careround::server;

namespace {
VisitAssignment row(const QString &visit, const QString &person, const QStringList &workers)
{
    VisitAssignment r;
    r.visitId = visit;
    r.personId = person;
    r.workerIds = workers;
    return r;
}

QSet<QString> set(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}
} // namespace

class TestBoardDelta : public QObject
{
    Q_OBJECT
private slots:
    void nothingChangedSendsNothing();
    void aChangedPersonBringsTheirVisitsAndTheirWorkersLanes();
    void moreWorkersBringTheirLanes();
};

void TestBoardDelta::nothingChangedSendsNothing()
{
    const QList<VisitAssignment> rota {row("v1", "p1", {"w1"}), row("v2", "p2", {"w2"})};
    const BoardDelta delta = boardDelta(rota, {});
    QVERIFY(delta.visitIds.isEmpty());
    QVERIFY(delta.personIds.isEmpty());
    QVERIFY(delta.workerIds.isEmpty());
    QVERIFY(boardDelta(rota, set({"someone-else"})).visitIds.isEmpty());
}

void TestBoardDelta::aChangedPersonBringsTheirVisitsAndTheirWorkersLanes()
{
    const QList<VisitAssignment> rota {
        row("v1", "p1", {"w1"}), // p1 changed
        row("v2", "p1", {"w2"}), // p1's other visit, another worker
        row("v3", "p3", {"w1"}), // in w1's lane
        row("v4", "p3", {"w4"}), // p3's other visit: p3's rows come whole
        row("v5", "p5", {"w4"}), // w4 is not on p1's visits: not sent
        row("v6", "p6", {"w6"}), // unrelated
        row("v7", "p1", {}), // p1's cancelled visit (nobody on the rota)
    };
    const BoardDelta delta = boardDelta(rota, set({"p1"}));
    QCOMPARE(delta.visitIds, set({"v1", "v2", "v3", "v4", "v7"}));
    QCOMPARE(delta.personIds, set({"p1", "p3"}));
    QCOMPARE(delta.workerIds, set({"w1", "w2"}));
}

void TestBoardDelta::moreWorkersBringTheirLanes()
{
    const QList<VisitAssignment> rota {row("v1", "p1", {}), row("v2", "p2", {"w9"}),
                                       row("v3", "p3", {"w8"})};
    const BoardDelta delta = boardDelta(rota, set({"p1"}), set({"w9"}));
    QCOMPARE(delta.visitIds, set({"v1", "v2"}));
    QCOMPARE(delta.workerIds, set({"w9"}));
}

QTEST_GUILESS_MAIN(TestBoardDelta)
#include "tst_boarddelta.moc"
