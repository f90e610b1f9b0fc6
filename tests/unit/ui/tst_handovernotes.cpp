// Notes for the next worker show at the next visit: those of the latest earlier visit, not older.
#include "roundfixtures.h"
#include "ui/visit/handovernotes.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

class TestHandoverNotes : public QObject
{
    Q_OBJECT
private slots:
    void notesOfThePreviousVisitOnly();
};

void TestHandoverNotes::notesOfThePreviousVisitOnly()
{
    const QDateTime now(QDate(2026, 11, 2), QTime(12, 30));
    const Record old =
        nextWorkerNote("p1", "v-yesterday", PartnerUser, "Old news", now.addDays(-1));
    const Record first =
        nextWorkerNote("p1", "v-morning", PartnerUser, "Low on milk", now.addSecs(-4 * 3600));
    const Record plain = makeRecord("visit.note", "p1", "v-morning", {{"note", "Chatty"}},
                                    PartnerUser, now.addSecs(-4 * 3600 + 60));
    const Record second = nextWorkerNote("p1", "v-morning", PartnerUser, "Doctor coming at 2",
                                         now.addSecs(-4 * 3600 + 120));
    const Record mine =
        nextWorkerNote("p1", "v-lunch", "worker-1", "For tea time", now.addSecs(60));
    const auto notes = notesForNextWorker({mine, second, old, plain, first}, "v-lunch", now);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].id, first.id);
    QCOMPARE(notes[1].id, second.id);
    QVERIFY(notesForNextWorker({old}, "v-yesterday", now).isEmpty());
    QVERIFY(notesForNextWorker({}, "v-lunch", now).isEmpty());
    // A visit with events but no note for the next worker means there is nothing to show.
    Record lunchTask = task("p1", "v-midmorning", PartnerUser, "Drink", "done", now.addSecs(-3600));
    lunchTask.hlc = HlcTimestamp {now.addSecs(-3600).toMSecsSinceEpoch(), 0, lunchTask.deviceId};
    QVERIFY(notesForNextWorker({first, second, lunchTask}, "v-lunch", now).isEmpty());
}

QTEST_GUILESS_MAIN(TestHandoverNotes)
#include "tst_handovernotes.moc"
