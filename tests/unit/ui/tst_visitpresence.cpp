// Who is at a visit: check-in/out per worker, assignment, the partner, workers' names from the
// rota, the current rota version, and when entry codes may be shown (table-driven).
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "ui/common/correctedrecords.h"
#include "ui/visit/visitpresence.h"

#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {
const QDateTime Start(QDate(2026, 11, 2), QTime(8, 0));

PlannedVisit planned(const QStringList &workers, bool cancelled = false)
{
    RotaVisit v {QStringLiteral("v1"), QStringLiteral("p1"), Start};
    v.workerIds = workers;
    v.cancelled = cancelled;
    v.cancelReason = QStringLiteral("in hospital");
    return PlannedVisit::fromRecord(rotaVisit(v)).value();
}
} // namespace

class TestVisitPresence : public QObject
{
    Q_OBJECT
private slots:
    void presencePerWorker();
    void assignmentAndPartner();
    void namesAndVersions();
    void entryCodes_data();
    void entryCodes();
};

void TestVisitPresence::presencePerWorker()
{
    const Record in = checkIn("p1", "v1", ThisUser, Start.addSecs(120));
    const Record partnerIn = checkIn("p1", "v1", PartnerUser, Start.addSecs(300));
    const Record out = checkOut("p1", "v1", ThisUser, Start.addSecs(120 + 42 * 60 + 30));
    const WorkerPresence mine = presenceOf({in, partnerIn, out}, ThisUser);
    QVERIFY(mine.left());
    QCOMPARE(mine.checkIn->id, in.id);
    QCOMPARE(mine.minutesHere(), 42);
    const WorkerPresence partner = presenceOf({in, partnerIn, out}, PartnerUser);
    QVERIFY(partner.here());
    QCOMPARE(partner.minutesHere(), 0);
    QVERIFY(!presenceOf({out}, ThisUser).checkedIn()); // a check-out alone is not a visit
}

void TestVisitPresence::assignmentAndPartner()
{
    QVERIFY(isAssigned(planned({ThisUser}), ThisUser));
    QVERIFY(!isAssigned(planned({PartnerUser}), ThisUser));
    QVERIFY(!isAssigned(planned({ThisUser}), QString()));
    QCOMPARE(partnerOf(planned({ThisUser, PartnerUser}), ThisUser), PartnerUser);
    QCOMPARE(partnerOf(planned({PartnerUser, ThisUser}), ThisUser), PartnerUser);
    QCOMPARE(partnerOf(planned({ThisUser}), ThisUser), QString());
}

void TestVisitPresence::namesAndVersions()
{
    RotaVisit v {QStringLiteral("v1"), QStringLiteral("p1"), Start};
    v.workerNames = {{PartnerUser, " Sam  Cole "}};
    const Record first = rotaVisit(v);
    v.durationMinutes = 30;
    const Record second = rotaVisit(v);
    QCOMPARE(workerName(first, PartnerUser), QStringLiteral("Sam Cole"));
    QCOMPARE(workerName(first, ThisUser), QString());
    const QList<Record> records {second, checkIn("p1", "v1", ThisUser, Start), first};
    const Record *current = currentVisitVersion(records, "v1");
    QVERIFY(current);
    QCOMPARE(current->id, second.id);
    const QList<Record> firstOnly {first};
    QVERIFY(!currentVisitVersion(firstOnly, "v2"));
}

void TestVisitPresence::entryCodes_data()
{
    QTest::addColumn<QStringList>("workers");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("events"); // 0 none, 1 checked in, 2 in and out, 3 in then withdrawn
    QTest::addColumn<bool>("allowed");
    QTest::newRow("assigned, checked in") << QStringList {ThisUser} << false << 1 << true;
    QTest::newRow("assigned, not checked in") << QStringList {ThisUser} << false << 0 << false;
    QTest::newRow("assigned, checked out") << QStringList {ThisUser} << false << 2 << false;
    QTest::newRow("check-in withdrawn") << QStringList {ThisUser} << false << 3 << false;
    QTest::newRow("not assigned, checked in") << QStringList {PartnerUser} << false << 1 << false;
    QTest::newRow("double-handed, checked in")
        << QStringList {PartnerUser, ThisUser} << false << 1 << true;
    QTest::newRow("cancelled") << QStringList {ThisUser} << true << 1 << false;
}

void TestVisitPresence::entryCodes()
{
    QFETCH(QStringList, workers);
    QFETCH(bool, cancelled);
    QFETCH(int, events);
    QFETCH(bool, allowed);
    QList<Record> records;
    const Record in = checkIn("p1", "v1", ThisUser, Start);
    if (events >= 1)
        records.append(in);
    if (events == 2)
        records.append(checkOut("p1", "v1", ThisUser, Start.addSecs(1800)));
    if (events == 3) {
        Record withdrawal = makeRecord(
            QString::fromLatin1(RecordType::Amendment), "p1", "v1",
            {{"reason", "wrong visit"}, {"amendedType", "visit.checkin"}, {"withdrawn", true}},
            ThisUser, Start.addSecs(60));
        withdrawal.amends = in.id;
        records.append(withdrawal);
    }
    QCOMPARE(mayRevealEntryCodes(planned(workers, cancelled), correctedRecords(records), ThisUser),
             allowed);
}

QTEST_GUILESS_MAIN(TestVisitPresence)
#include "tst_visitpresence.moc"
