#include "core/rules/prn.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

namespace {
// "Mon 10:15" → a London time in the week of Monday 3 March 2025 (GMT).
QString london(const QString &dayAndTime)
{
    static const QStringList days {QStringLiteral("Sun"), QStringLiteral("Mon"),
                                   QStringLiteral("Tue"), QStringLiteral("Wed")};
    const QDate day = QDate(2025, 3, 2).addDays(days.indexOf(dayAndTime.left(3)));
    return day.toString(Qt::ISODate) + dayAndTime.mid(3);
}
QDateTime at(const QString &dayAndTime)
{
    return londonTime(london(dayAndTime)).toUTC();
}

// "Mon 10:15" given; "Mon 10:15 refused"; "Mon 10:15 withdrawn"; "Mon 10:15 moved Mon 07:00";
// "Mon 10:15 other-order"; "Mon 10:15 partly_taken".
QList<Record> history(const QString &orderId, const QStringList &doses)
{
    QList<Record> out;
    for (const QString &spec : doses) {
        const QString when = spec.left(9);
        const QString what = spec.mid(10);
        const QString outcome =
            what == QLatin1String("refused") || what == QLatin1String("partly_taken")
            ? what
            : QStringLiteral("given");
        const bool given = outcome != QLatin1String("refused");
        Record r = prnDose(what == QLatin1String("other-order") ? QStringLiteral("another-order")
                                                                : orderId,
                           london(when), outcome);
        if (!given)
            r.payload.remove(QStringLiteral("administeredAt"));
        out.append(r);
        if (what == QLatin1String("withdrawn"))
            out.append(withdrawal(r));
        if (what.startsWith(QLatin1String("moved "))) {
            QJsonObject moved = r.payload;
            moved.insert(QStringLiteral("administeredAt"), at(what.mid(6)).toString(Qt::ISODate));
            out.append(replacement(r, moved));
        }
    }
    return out;
}
} // namespace

class TestPrn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(fixtures::london().isValid()); }
    void decide_data();
    void decide();
    void doseFromAnotherDeviceArrivesAfterSync();
    void onlyPrnOrdersWithinTheirDates();
};

void TestPrn::decide_data()
{
    QTest::addColumn<int>("gap");
    QTest::addColumn<int>("max");
    QTest::addColumn<QStringList>("doses");
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("reason");
    using L = QStringList;
    QTest::newRow("first dose")
        << 240 << 4 << L {} << "Mon 12:00" << true << "Mon 12:00"
        << "Paracetamol can be given. No dose has been given in the last 24 hours (at most 4).";
    QTest::newRow("too soon after the last")
        << 240 << 4 << L {"Mon 10:15"} << "Mon 12:00" << false << "Mon 14:15"
        << "Paracetamol was last given at 10:15. The minimum gap is 4 hours, so the "
           "next dose can be given from 14:15.";
    QTest::newRow("exactly the gap later")
        << 240 << 4 << L {"Mon 10:15"} << "Mon 14:15" << true << "Mon 14:15"
        << "Paracetamol can be given. It was last given at 10:15; 1 of at most 4 doses "
           "in the last 24 hours.";
    QTest::newRow("most in 24 hours")
        << 60 << 4 << L {"Mon 09:10", "Mon 13:10", "Mon 17:10", "Mon 21:10"} << "Mon 23:00" << false
        << "Tue 09:10"
        << "4 doses have been given in the last 24 hours, the most allowed. The next can be "
           "given from 09:10 on Tuesday.";
    QTest::newRow("rolling, not by calendar day")
        << 60 << 4 << L {"Mon 20:00", "Mon 21:00", "Mon 22:00", "Mon 23:00"} << "Tue 00:30" << false
        << "Tue 20:00"
        << "4 doses have been given in the last 24 hours, the most allowed. The next can be given "
           "from 20:00.";
    QTest::newRow("24 hours after the first")
        << 60 << 4 << L {"Mon 09:10", "Mon 13:10", "Mon 17:10", "Mon 21:10"} << "Tue 09:10" << true
        << "Tue 09:10"
        << "Paracetamol can be given. It was last given at 21:10 on Monday; 3 of at "
           "most 4 doses in the last 24 hours.";
    QTest::newRow("refused doses do not count")
        << 240 << 4 << L {"Mon 10:15 refused"} << "Mon 12:00" << true << "Mon 12:00"
        << "Paracetamol can be given. No dose has been given in the last 24 hours "
           "(at most 4).";
    QTest::newRow("partly taken counts")
        << 240 << 4 << L {"Mon 10:15 partly_taken"} << "Mon 12:00" << false << "Mon 14:15"
        << "Paracetamol was last given at 10:15. The minimum gap is 4 hours, so the next "
           "dose can be given from 14:15.";
    QTest::newRow("withdrawn dose does not count")
        << 240 << 4 << L {"Mon 10:15 withdrawn"} << "Mon 12:00" << true << "Mon 12:00"
        << "Paracetamol can be given. No dose has been given in the last 24 "
           "hours (at most 4).";
    QTest::newRow("corrected time is used")
        << 240 << 4 << L {"Mon 10:15 moved Mon 07:00"} << "Mon 12:00" << true << "Mon 12:00"
        << "Paracetamol can be given. It was last given at 07:00; 1 of at most 4 doses "
           "in the last 24 hours.";
    QTest::newRow("another order does not count")
        << 240 << 4 << L {"Mon 10:15 other-order"} << "Mon 12:00" << true << "Mon 12:00"
        << "Paracetamol can be given. No dose has been given in the last 24 "
           "hours (at most 4).";
    QTest::newRow("dose timed in the future blocks")
        << 240 << 4 << L {"Mon 15:20"} << "Mon 12:00" << false << "Mon 19:20"
        << "Paracetamol is recorded as given at 15:20, which is later than now: a device clock may "
           "be wrong, so tell "
           "the office. The next dose can be given from 19:20.";
    QTest::newRow("future dose fills the 24 hours")
        << 60 << 2 << L {"Mon 08:00", "Mon 20:00"} << "Mon 14:00" << false << "Tue 08:00"
        << "Paracetamol is recorded as given at 20:00, which is later than now: a device clock may "
           "be wrong, so tell "
           "the office. The next dose can be given from 08:00 on Tuesday.";
    QTest::newRow("gap, then the 24-hour limit")
        << 240 << 2 << L {"Mon 10:00", "Tue 06:00"} << "Mon 12:00" << false << "Tue 10:00"
        << "Paracetamol was last given at 10:00. The minimum gap is 4 hours and at most 2 doses "
           "may be given in 24 "
           "hours, so the next dose can be given from 10:00 on Tuesday.";
    QTest::newRow("one a day")
        << 60 << 1 << L {"Sun 22:00"} << "Mon 08:00" << false << "Mon 22:00"
        << "1 dose has been given in the last 24 hours, the most allowed. The next can be given "
           "from 22:00.";
}

void TestPrn::decide()
{
    QFETCH(int, gap);
    QFETCH(int, max);
    QFETCH(QStringList, doses);
    QFETCH(QString, proposed);
    QFETCH(bool, allowed);
    QFETCH(QString, next);
    QFETCH(QString, reason);
    const MedicationOrder order = orderOf(prnOrderRecord(QStringLiteral("Paracetamol"), gap, max));
    const PrnDecision d =
        checkPrnDose(order, history(order.orderId, doses), at(proposed), fixtures::london());
    QCOMPARE(d.reason, reason);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.earliestNext, at(next));
}

void TestPrn::doseFromAnotherDeviceArrivesAfterSync()
{
    const MedicationOrder order = orderOf(prnOrderRecord(QStringLiteral("Paracetamol"), 240, 4));
    QList<Record> records = history(order.orderId, {QStringLiteral("Mon 07:00")});
    QVERIFY(
        checkPrnDose(order, records, at(QStringLiteral("Mon 12:00")), fixtures::london()).allowed);
    Record other = history(order.orderId, {QStringLiteral("Mon 10:15")}).first();
    other.deviceId = QStringLiteral("device-of-the-daughter");
    records << other << other; // delivered twice: counts once
    const PrnDecision d =
        checkPrnDose(order, records, at(QStringLiteral("Mon 12:00")), fixtures::london());
    QVERIFY(!d.allowed);
    QCOMPARE(d.earliestNext, at(QStringLiteral("Mon 14:15")));
    QCOMPARE(d.countedRecordIds.size(), 2);
    QCOMPARE(d.dosesInLast24h, 2);
    QCOMPARE(d.lastGivenAt, at(QStringLiteral("Mon 10:15")));
    QVERIFY(d.futureRecordIds.isEmpty());
}

void TestPrn::onlyPrnOrdersWithinTheirDates()
{
    const MedicationOrder regular =
        orderOf(orderRecord(QStringLiteral("Aspirin"), QStringLiteral("08:00")));
    PrnDecision d = checkPrnDose(regular, {}, at(QStringLiteral("Mon 12:00")), fixtures::london());
    QVERIFY(!d.allowed);
    QCOMPARE(
        d.reason,
        QStringLiteral("Aspirin is not an as-needed (PRN) medicine: give it at its set times."));
    QVERIFY(!d.earliestNext.isValid());

    MedicationOrder stopped = orderOf(prnOrderRecord(QStringLiteral("Paracetamol"), 240, 4));
    stopped.stopDate = QDate(2025, 3, 2);
    d = checkPrnDose(stopped, {}, at(QStringLiteral("Mon 12:00")), fixtures::london());
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason,
             QStringLiteral("Paracetamol was stopped: the last day was Sunday 2 March 2025."));
    stopped.stopDate = QDate(2025, 3, 3);
    QVERIFY(checkPrnDose(stopped, {}, at(QStringLiteral("Mon 23:59")), fixtures::london()).allowed);

    MedicationOrder later = stopped;
    later.stopDate = {};
    later.startDate = QDate(2025, 3, 4);
    d = checkPrnDose(later, {}, at(QStringLiteral("Mon 12:00")), fixtures::london());
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason, QStringLiteral("Paracetamol starts on Tuesday 4 March 2025."));
    QCOMPARE(d.earliestNext, at(QStringLiteral("Tue 00:00")));
}

QTEST_GUILESS_MAIN(TestPrn)
#include "tst_prn.moc"
