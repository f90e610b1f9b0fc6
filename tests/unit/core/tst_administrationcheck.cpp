#include "core/rules/administrationcheck.h"
#include "medfixtures.h"
#include <QTest>

using namespace careround;
using namespace careround::fixtures;

class TestAdministrationCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
};

// The order: Warfarin at 08:00 and 18:00, 2025-03-01 to 2025-03-10, second signature required
// ("prn-order": a PRN Paracetamol). The author of every dose is "worker-1".
void TestAdministrationCheck::check_data()
{
    QTest::addColumn<QString>("orderKind");
    QTest::addColumn<QString>(
        "edits"); // key=value;… applied to a valid dose payload ("-key" removes)
    QTest::addColumn<QDate>("careDay");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("message");
    const QDate ok(2025, 3, 3);
    QTest::newRow("valid") << "regular"
                           << "" << ok << ""
                           << "";
    QTest::newRow("another order") << "regular"
                                   << "orderId=someone-else" << ok << "payload.orderId"
                                   << "must be the id of the Warfarin order";
    QTest::newRow("before the start")
        << "regular"
        << "" << QDate(2025, 2, 28) << "careDay"
        << "Warfarin starts on 1 March 2025: it is not due on this day";
    QTest::newRow("on the start day") << "regular"
                                      << "" << QDate(2025, 3, 1) << ""
                                      << "";
    QTest::newRow("on the stop day") << "regular"
                                     << "" << QDate(2025, 3, 10) << ""
                                     << "";
    QTest::newRow("after the stop day") << "regular"
                                        << "" << QDate(2025, 3, 11) << "careDay"
                                        << "Warfarin was stopped: the last day was 10 March 2025";
    QTest::newRow("PRN dose of a regular order")
        << "regular"
        << "prn=true;-scheduledTime" << ok << "payload.prn"
        << "must be false: Warfarin is given at set times, not as needed (PRN)";
    QTest::newRow("regular dose of a PRN order")
        << "prn-order"
        << "" << ok << "payload.prn"
        << "must be true: Paracetamol is given as needed (PRN)";
    QTest::newRow("PRN dose of a PRN order")
        << "prn-order"
        << "prn=true;-scheduledTime;-secondSignerUserId" << ok << ""
        << "";
    QTest::newRow("time not in the order") << "regular"
                                           << "scheduledTime=09:00" << ok << "payload.scheduledTime"
                                           << "must be one of the times of Warfarin: 08:00, 18:00";
    QTest::newRow("second signature missing")
        << "regular"
        << "-secondSignerUserId" << ok << "payload.secondSignerUserId"
        << "is required: Warfarin needs a second signature";
    QTest::newRow("second signature blank")
        << "regular"
        << "secondSignerUserId= " << ok << "payload.secondSignerUserId"
        << "is required: Warfarin needs a second signature";
    QTest::newRow("second signer is the author")
        << "regular"
        << "secondSignerUserId=worker-1" << ok << "payload.secondSignerUserId"
        << "must be a second person, not the one recording the dose";
    QTest::newRow("refused needs no second signature")
        << "regular"
        << "-secondSignerUserId;outcome=refused;-administeredAt;-dose;reason=said no" << ok << ""
        << "";
    QTest::newRow("second signer is the author, PRN")
        << "prn-order"
        << "prn=true;-scheduledTime;secondSignerUserId=worker-1" << ok
        << "payload.secondSignerUserId"
        << "must be a second person, not the one recording the dose";
}

void TestAdministrationCheck::check()
{
    QFETCH(QString, orderKind);
    QFETCH(QString, edits);
    QFETCH(QDate, careDay);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const MedicationOrder order = orderKind == QLatin1String("regular")
        ? orderOf(
            orderRecord(QStringLiteral("Warfarin"), QStringLiteral("08:00,18:00"),
                        QJsonObject {{QStringLiteral("startDate"), QStringLiteral("2025-03-01")},
                                     {QStringLiteral("stopDate"), QStringLiteral("2025-03-10")},
                                     {QStringLiteral("secondSignatureRequired"), true}}))
        : orderOf(prnOrderRecord(QStringLiteral("Paracetamol"), 240, 4));
    Record r = dose(order.orderId, careDay, QStringLiteral("18:00"), QStringLiteral("given"),
                    QStringLiteral("2025-03-03 18:05"));
    r.payload.insert(QStringLiteral("secondSignerUserId"), QStringLiteral("senior-1"));
    for (const QString &edit : edits.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (edit.startsWith(QLatin1Char('-')))
            r.payload.remove(edit.mid(1));
        else if (edit.endsWith(QLatin1String("=true")))
            r.payload.insert(edit.section(QLatin1Char('='), 0, 0), true);
        else
            r.payload.insert(edit.section(QLatin1Char('='), 0, 0),
                             edit.section(QLatin1Char('='), 1));
    }
    const Result<void> result = checkAdministrationAgainstOrder(order, r);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.ok(), field.isEmpty());
}

QTEST_GUILESS_MAIN(TestAdministrationCheck)
#include "tst_administrationcheck.moc"
