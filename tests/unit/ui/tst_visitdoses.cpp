// The eMAR's rows at a visit (visitdoses.h) from real records: the doses each visit gives over
// several days (orders starting and stopping, two visits a day), the clock changes as the page
// words them, what is recorded (this phone or another), conflicts from the slot and from the
// office's alert, and the PRN rows: refusal with a dose recorded on another device, follow-up.
#include "core/recordtypes.h"
#include "medfixtures.h"
#include "roundfixtures.h"
#include "samplerecords.h"
#include "ui/meds/visitdoses.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::fixtures;
using namespace careround::ui;

namespace {

DoseContext contextOn(const QDate &day, const QList<Record> &records, const QString &visitId,
                      const QList<PlannedVisit> &visits, const QString &now)
{
    DoseContext c;
    c.records = records;
    c.orders = currentMedicationOrders(records);
    c.dayVisits = visits;
    c.visitId = visitId;
    c.day = day;
    c.now = londonTime(now);
    c.zone = london();
    c.deviceId = QStringLiteral("device-1");
    c.names = {{QStringLiteral("worker-1"), QStringLiteral("Amira Khan")},
               {QStringLiteral("worker-2"), QStringLiteral("Sam Cole")}};
    return c;
}

QStringList titlesAndTimes(const QList<DoseRow> &rows)
{
    QStringList out;
    for (const DoseRow &r : rows)
        out << r.order.medicine + QLatin1Char(' ') + r.dose.scheduledTime;
    return out;
}

Record onDevice(Record r, const QString &device, const QString &author)
{
    r.deviceId = device;
    r.authorUserId = author;
    return r;
}

} // namespace

class TestVisitDoses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(ui::testing::useBritishEnglish()); }

    void dosesAcrossDays_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("visitId");
        QTest::addColumn<QStringList>("expected");
        // Metformin 08:00 and 18:00 every day; Sinemet from 3 March; Warfarin stopped after 3
        // March.
        QTest::newRow("2 Mar morning")
            << "2025-03-02"
            << "am-2" << QStringList {"Metformin 08:00", "Warfarin 08:00"};
        QTest::newRow("2 Mar tea") << "2025-03-02"
                                   << "tea-2" << QStringList {"Metformin 18:00"};
        QTest::newRow("3 Mar morning")
            << "2025-03-03"
            << "am-3" << QStringList {"Metformin 08:00", "Sinemet 08:00", "Warfarin 08:00"};
        QTest::newRow("4 Mar morning")
            << "2025-03-04"
            << "am-4" << QStringList {"Metformin 08:00", "Sinemet 08:00"};
        QTest::newRow("4 Mar late tea: 18:00 is within an hour")
            << "2025-03-04"
            << "tea-4" << QStringList {"Metformin 18:00"};
    }
    void dosesAcrossDays()
    {
        QFETCH(QString, day);
        QFETCH(QString, visitId);
        QFETCH(QStringList, expected);
        const QList<Record> records {
            orderRecord("Metformin", "08:00,18:00"),
            orderRecord("Sinemet", "08:00", {{"startDate", "2025-03-03"}}),
            orderRecord("Warfarin", "08:00",
                        {{"startDate", "2025-01-01"}, {"stopDate", "2025-03-03"}}),
        };
        const QDate d = QDate::fromString(day, Qt::ISODate);
        const QList<PlannedVisit> visits {
            visit("am-" + QString::number(d.day()), d, "07:45", 45),
            visit("tea-" + QString::number(d.day()), d, d.day() == 4 ? "18:50" : "17:30", 30),
        };
        const auto rows =
            VisitDoses::scheduled(contextOn(d, records, visitId, visits, day + " 07:50"));
        QCOMPARE(titlesAndTimes(rows), expected);
        // The previous day's visit never takes this day's doses.
        const auto other = VisitDoses::scheduled(
            contextOn(d.addDays(1), records, visitId, visits, day + " 07:50"));
        QVERIFY(other.isEmpty());
    }

    void wordsForAWorker()
    {
        const Record order = orderRecord("Sinemet", "08:00",
                                         {{"timeCritical", true},
                                          {"timeCriticalWindowMinutes", 30},
                                          {"secondSignatureRequired", true},
                                          {"instructions", "Give with water, not with milk"}});
        const QDate day(2025, 3, 4);
        const auto rows = VisitDoses::scheduled(
            contextOn(day, {order}, "am", {visit("am", day, "07:45", 45)}, "2025-03-04 07:50"));
        QCOMPARE(rows.size(), 1);
        const DoseRow &r = rows.first();
        QCOMPARE(r.title, QStringLiteral("Sinemet 500 mg tablet"));
        QCOMPARE(r.doseLine, QStringLiteral("two tablets, by mouth"));
        QCOMPARE(r.supportText, QStringLiteral("Administer: you give the medicine"));
        QCOMPARE(r.timeText, QStringLiteral("08:00 · give between 07:30 and 08:30"));
        QCOMPARE(r.timeCriticalText,
                 QStringLiteral("Time-critical: give between 07:30 and 08:30, no later"));
        QCOMPARE(r.instructions, QStringLiteral("Give with water, not with milk"));
        QVERIFY(!r.secondSignatureText.isEmpty());
        QCOMPARE(r.statusText, QStringLiteral("Due now"));
        // Half an hour later the window is over.
        const auto later = VisitDoses::scheduled(
            contextOn(day, {order}, "am", {visit("am", day, "07:45", 45)}, "2025-03-04 08:31"));
        QCOMPARE(later.first().statusText, QStringLiteral("Overdue: give by 08:30 was missed"));
        QCOMPARE(later.first().tone, DoseRow::Tone::Alert);
    }

    void clockChanges_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("timeText");
        QTest::addColumn<QString>("clockChange");
        // UK spring day 2026-03-29: 01:00 GMT becomes 02:00 BST; 01:30 does not happen.
        QTest::newRow("spring")
            << "2026-03-29"
            << "01:30 · give between 00:30 and 03:30"
            << "so 01:30 does not happen: give this dose at 02:30 by the new time";
        // UK autumn day 2026-10-25: 02:00 BST becomes 01:00 GMT; 01:30 happens twice.
        QTest::newRow("autumn")
            << "2026-10-25"
            << "01:30 · give between 00:30 and 01:30"
            << "so 01:30 happens twice: give this dose once, at the first 01:30";
        QTest::newRow("ordinary night") << "2026-03-22"
                                        << "01:30 · give between 00:30 and 02:30"
                                        << "";
    }
    void clockChanges()
    {
        QFETCH(QString, day);
        QFETCH(QString, timeText);
        QFETCH(QString, clockChange);
        const QDate d = QDate::fromString(day, Qt::ISODate);
        const Record order = orderRecord("Levetiracetam", "01:30");
        const auto rows = VisitDoses::scheduled(
            contextOn(d, {order}, "night", {visit("night", d, "00:45", 90)}, day + " 00:50"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().timeText, timeText);
        if (clockChange.isEmpty())
            QVERIFY(rows.first().clockChangeText.isEmpty());
        else
            QVERIFY2(rows.first().clockChangeText.contains(clockChange),
                     qPrintable(rows.first().clockChangeText));
    }

    void recordedHereOrElsewhereAndConflicts()
    {
        const Record order = orderRecord("Metformin", "08:00");
        const QString id = order.id;
        const QDate day(2025, 3, 4);
        const QList<PlannedVisit> visits {visit("am", day, "07:45", 45)};
        const Record mine =
            onDevice(dose(id, day, "08:00", "given", "2025-03-04 08:05"), "device-1", "worker-1");
        auto rows =
            VisitDoses::scheduled(contextOn(day, {order, mine}, "am", visits, "2025-03-04 08:10"));
        QVERIFY(rows.first().recorded());
        QCOMPARE(rows.first().recordedText, QStringLiteral("Given: Amira Khan at 08:05"));
        QVERIFY2(rows.first().repeatWarning.startsWith(
                     "Already recorded on this phone: Given: Amira Khan at 08:05."),
                 qPrintable(rows.first().repeatWarning));
        QVERIFY(!rows.first().conflict);
        QCOMPARE(rows.first().statusText, QStringLiteral("Given"));

        // The same dose recorded on the partner's phone and synced: a conflict, shown.
        const Record theirs =
            onDevice(dose(id, day, "08:00", "given", "2025-03-04 08:07"), "device-2", "worker-2");
        rows = VisitDoses::scheduled(
            contextOn(day, {order, mine, theirs}, "am", visits, "2025-03-04 08:10"));
        QVERIFY(rows.first().conflict);
        QVERIFY2(rows.first().conflictText.startsWith("2 records for this one dose"),
                 qPrintable(rows.first().conflictText));
        QCOMPARE(rows.first().statusText, QStringLiteral("Two records: tell the office"));

        // Only the partner's record on this phone: a warning that names the other phone, and the
        // office's conflict alert (naming a record this phone has not got) flags it.
        rows = VisitDoses::scheduled(
            contextOn(day, {order, theirs}, "am", visits, "2025-03-04 08:10"));
        QVERIFY(rows.first().repeatWarning.startsWith(
            "Already recorded on another phone: Given: Sam Cole at 08:07."));
        QVERIFY(!rows.first().conflict);
        Record alert = samples::record(QString::fromLatin1(RecordType::Alert), Person);
        alert.payload = {
            {"rule", "conflict"},
            {"severity", "urgent"},
            {"summary", "Metformin 08:00 on 4 March was recorded twice."},
            {"relatedRecordIds", QJsonArray {theirs.id, "0190aaaa-0000-7000-8000-000000000000"}}};
        rows = VisitDoses::scheduled(
            contextOn(day, {order, theirs, alert}, "am", visits, "2025-03-04 08:10"));
        QVERIFY(rows.first().conflict);
        QCOMPARE(rows.first().conflictText,
                 QStringLiteral("The office has flagged this dose: Metformin 08:00 on 4 March was "
                                "recorded twice."));
        // Withdrawn, the record no longer shows nor clashes.
        rows = VisitDoses::scheduled(
            contextOn(day, {order, theirs, withdrawal(theirs)}, "am", visits, "2025-03-04 08:10"));
        QVERIFY(!rows.first().recorded());
    }

    void asNeededRefusedAfterAnotherDevicesDose()
    {
        const Record order = prnOrderRecord("Paracetamol", 240, 4);
        const QDate day(2025, 3, 4);
        auto rows = VisitDoses::asNeeded(contextOn(day, {order}, "am", {}, "2025-03-04 10:00"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().decision.allowed);
        QCOMPARE(rows.first().statusText, QStringLiteral("Can be given now"));
        QVERIFY(rows.first().protocol.contains("For: pain"));
        QVERIFY(rows.first().protocol.contains(
            "At least 4 hours between doses; at most 4 doses in 24 hours"));

        // A dose given at 08:15 on the partner's phone, synced: now it is too soon.
        const Record theirs =
            onDevice(prnDose(order.id, "2025-03-04 08:15"), "device-2", "worker-2");
        rows = VisitDoses::asNeeded(contextOn(day, {order, theirs}, "am", {}, "2025-03-04 10:00"));
        QVERIFY(!rows.first().decision.allowed);
        QCOMPARE(rows.first().decision.reason,
                 QStringLiteral("Paracetamol was last given at 08:15. The minimum gap is 4 hours, "
                                "so the next dose can be given from 12:15."));
        QCOMPARE(rows.first().statusText, QStringLiteral("Not now"));
        // Its effect is still to be recorded.
        QCOMPARE(rows.first().followUpRecordId, theirs.id);
        QCOMPARE(rows.first().followUpText,
                 QStringLiteral("Given at 08:15 by Sam Cole: how well did it work?"));
        // Once the effect is in (a correction of the dose), nothing is waiting.
        QJsonObject withEffect = theirs.payload;
        withEffect.insert("prnEffect", QJsonObject {{"effect", "effective"}});
        rows = VisitDoses::asNeeded(contextOn(day, {order, theirs, replacement(theirs, withEffect)},
                                              "am", {}, "2025-03-04 10:00"));
        QVERIFY(rows.first().followUpRecordId.isEmpty());
        QVERIFY2(rows.first().recordedText.contains("effect: Effective"),
                 qPrintable(rows.first().recordedText));
    }
};

QTEST_GUILESS_MAIN(TestVisitDoses)
#include "tst_visitdoses.moc"
