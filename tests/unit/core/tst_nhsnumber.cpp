#include "core/rules/nhsnumber.h"
#include <QTest>

using namespace careround;

class TestNhsNumber : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
};

void TestNhsNumber::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits"); // empty when refused
    QTest::addColumn<QString>("message"); // words the refusal contains
    QTest::newRow("valid") << "9434765919"
                           << "9434765919" << QString();
    QTest::newRow("valid 3 3 4") << "943 476 5919"
                                 << "9434765919" << QString();
    QTest::newRow("valid with outer spaces") << " 943 476 5919 "
                                             << "9434765919" << QString();
    QTest::newRow("another valid") << "4010232137"
                                   << "4010232137" << QString();
    QTest::newRow("check 11 becomes 0") << "1000000060"
                                        << "1000000060" << QString();
    QTest::newRow("all zeros: sum 0, check 0") << "0000000000"
                                               << "0000000000" << QString();
    QTest::newRow("wrong check digit") << "9434765918" << QString() << "check digit does not match";
    QTest::newRow("check would be 10") << "1000000010" << QString() << "no check digit is possible";
    QTest::newRow("9 digits") << "943476591" << QString() << "must be 10 digits";
    QTest::newRow("11 digits") << "94347659190" << QString() << "must be 10 digits";
    QTest::newRow("dashes") << "943-476-5919" << QString() << "must be 10 digits";
    QTest::newRow("spaces in other places") << "9434 765 919" << QString() << "must be 10 digits";
    QTest::newRow("double space") << "943  476 5919" << QString() << "must be 10 digits";
    QTest::newRow("letters") << "943476591A" << QString() << "must be 10 digits";
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("٩٤٣٤٧٦٥٩١٩") << QString() << "must be 10 digits";
    QTest::newRow("empty") << "" << QString() << "is required";
}

void TestNhsNumber::check()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, message);
    const auto result = checkNhsNumber(input);
    QCOMPARE(isValidNhsNumber(input), !digits.isEmpty());
    if (!digits.isEmpty()) {
        QCOMPARE(result.value(), digits);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("nhsNumber"));
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
