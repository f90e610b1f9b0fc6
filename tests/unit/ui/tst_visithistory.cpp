// A visit's history: originals as first written, corrections and withdrawals as entries of their
// own, attributed and timed, in clock order; only one's own standing entries are correctable.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/visit/visithistory.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDateTime Start(QDate(2026, 11, 2), QTime(8, 0));
} // namespace

class TestVisitHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }
    void originalsAndCorrectionsBothShow();
};

void TestVisitHistory::originalsAndCorrectionsBothShow()
{
    const Record visit = rotaVisit({"v1", "p1", Start});
    const Record in = checkIn("p1", "v1", ThisUser, Start.addSecs(180));
    const Record refused = task("p1", "v1", ThisUser, "Breakfast", "refused", Start.addSecs(600));
    const Record partnerNote =
        nextWorkerNote("p1", "v1", PartnerUser, "Low on milk", Start.addSecs(700));
    auto clock = std::make_shared<HybridLogicalClock>(QStringLiteral("device-worker-1"));
    clock->observe(partnerNote.hlc);
    RecordAuthor author(ThisUser, QStringLiteral("device-worker-1"), clock);
    const Record fix = author.correction(refused, "pressed the wrong button",
                                         {{"task", "Breakfast"}, {"outcome", "done"}});
    const Record withdrawnIn = author.withdrawal(in, "checked in at the wrong house");

    const QHash<QString, QString> names {{ThisUser, "Amira Khan"}};
    const auto entries =
        VisitHistory::build({withdrawnIn, fix, partnerNote, refused, in, visit}, names, ThisUser);
    QCOMPARE(entries.size(), 5); // the rota version is not an entry
    QCOMPARE(entries[0].recordId, in.id);
    QVERIFY(entries[0].withdrawn);
    QVERIFY(!entries[0].correctable);
    QCOMPARE(entries[0].byText, QStringLiteral("Amira Khan at 08:03"));
    QCOMPARE(entries[1].recordId, refused.id);
    QCOMPARE(entries[1].detail, QStringLiteral("Breakfast: refused")); // as first written
    QVERIFY(entries[1].corrected);
    QVERIFY(entries[1].statusText.contains("Breakfast: done"));
    QVERIFY(entries[1].correctable);
    QCOMPARE(entries[1].currentOutcome, QStringLiteral("done"));
    QCOMPARE(entries[1].fields, (QStringList {"outcome", "note"}));
    QCOMPARE(entries[2].recordId, partnerNote.id);
    QCOMPARE(entries[2].byText, QStringLiteral("another worker at 08:11"));
    QVERIFY(!entries[2].correctable); // not mine
    QCOMPARE(entries[3].recordId, fix.id);
    QVERIFY(entries[3].isCorrection);
    QCOMPARE(entries[3].title, QStringLiteral("Correction of the Task entry of 08:10"));
    QVERIFY(entries[3].detail.contains("pressed the wrong button"));
    QVERIFY(entries[3].detail.contains("Breakfast: done"));
    QCOMPARE(entries[4].recordId, withdrawnIn.id);
    QCOMPARE(entries[4].title, QStringLiteral("Withdrawn: the Check-in entry of 08:03"));
    QCOMPARE(entries[4].reason, QStringLiteral("checked in at the wrong house"));
}

QTEST_GUILESS_MAIN(TestVisitHistory)
#include "tst_visithistory.moc"
