// Records as they stand after corrections: withdrawals remove, the latest replacement of the same
// type wins, amendments of absent records change nothing, duplicates count once.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/common/correctedrecords.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QDateTime At = QDateTime(QDate(2026, 11, 2), QTime(8, 0));

Record noteRecord(const QString &text, int minute)
{
    return makeRecord(QString::fromLatin1(RecordType::VisitNote), QStringLiteral("p1"),
                      QStringLiteral("v1"), {{"note", text}}, QStringLiteral("worker-1"),
                      At.addSecs(minute * 60));
}

RecordAuthor author()
{
    static auto clock = std::make_shared<HybridLogicalClock>(QStringLiteral("device-worker-1"));
    return RecordAuthor(QStringLiteral("worker-1"), QStringLiteral("device-worker-1"), clock);
}

} // namespace

class TestCorrectedRecords : public QObject
{
    Q_OBJECT
private slots:
    void withoutAmendmentsNothingChanges();
    void latestCorrectionWins();
    void withdrawalRemovesForGood();
    void mismatchedTypeAndStrangersAreIgnored();
    void duplicatesCountOnce();
};

void TestCorrectedRecords::withoutAmendmentsNothingChanges()
{
    const Record a = noteRecord("a", 0), b = noteRecord("b", 1);
    const auto out = correctedRecords({b, a});
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].id, a.id); // clock order
    QCOMPARE(out[1], b);
}

void TestCorrectedRecords::latestCorrectionWins()
{
    const Record original = noteRecord("Ate toast", 0);
    const Record first = author().correction(original, "typo", {{"note", "Ate porridge"}});
    const Record second =
        author().correction(original, "again", {{"note", "Ate porridge and toast"}});
    const auto all = withCorrections({second, original, first});
    QCOMPARE(all.size(), 1);
    QVERIFY(all[0].corrected());
    QCOMPARE(all[0].record.payload.value("note").toString(),
             QStringLiteral("Ate porridge and toast"));
    QCOMPARE(all[0].original.payload.value("note").toString(), QStringLiteral("Ate toast"));
    QCOMPARE(all[0].amendments.size(), 2);
    QCOMPARE(all[0].amendments[0].id, first.id);
    QCOMPARE(all[0].record.id, original.id); // the envelope stays the original's
}

void TestCorrectedRecords::withdrawalRemovesForGood()
{
    const Record original = noteRecord("Wrong person", 0);
    const Record withdrawn = author().withdrawal(original, "entered in error");
    const Record later = author().correction(original, "revive?", {{"note", "x"}});
    const auto all = withCorrections({original, withdrawn, later});
    QCOMPARE(all.size(), 1);
    QVERIFY(all[0].withdrawn);
    QVERIFY(!all[0].corrected());
    QVERIFY(correctedRecords({original, withdrawn, later}).isEmpty());
}

void TestCorrectedRecords::mismatchedTypeAndStrangersAreIgnored()
{
    const Record original = noteRecord("Kept", 0);
    Record wrongType = author().correction(original, "r", {{"task", "x"}, {"outcome", "done"}});
    QJsonObject p = wrongType.payload;
    p["amendedType"] = QStringLiteral("visit.task");
    wrongType.payload = p;
    const Record stranger = author().withdrawal(noteRecord("elsewhere", 1), "r");
    const auto out = correctedRecords({original, wrongType, stranger});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].payload.value("note").toString(), QStringLiteral("Kept"));
}

void TestCorrectedRecords::duplicatesCountOnce()
{
    const Record a = noteRecord("a", 0);
    QCOMPARE(correctedRecords({a, a, a}).size(), 1);
}

QTEST_GUILESS_MAIN(TestCorrectedRecords)
#include "tst_correctedrecords.moc"
