// Which new PINs are accepted, and that a refusal names the field and says what to change.
#include "ui/session/pinrules.h"

#include <QTest>

using namespace careround::ui;

class TestPinRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void descriptionStatesTheLengths();
};

void TestPinRules::check_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("problem"); // empty: accepted; else a word the message contains
    QTest::newRow("six mixed digits") << QStringLiteral("246813") << QString();
    QTest::newRow("twelve digits") << QStringLiteral("902746153820") << QString();
    QTest::newRow("leading zeros") << QStringLiteral("007362") << QString();
    QTest::newRow("a run that turns") << QStringLiteral("123321") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter");
    QTest::newRow("five digits") << QStringLiteral("24681") << QStringLiteral("at least 6");
    QTest::newRow("thirteen digits")
        << QStringLiteral("9027461538201") << QStringLiteral("at most 12");
    QTest::newRow("a letter") << QStringLiteral("24681a") << QStringLiteral("digits 0 to 9");
    QTest::newRow("a space") << QStringLiteral("246 813") << QStringLiteral("digits 0 to 9");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0662\u0664\u0666\u0668\u0661\u0663")
                                         << QStringLiteral("digits 0 to 9");
    QTest::newRow("one digit repeated") << QStringLiteral("000000") << QStringLiteral("repeat");
    QTest::newRow("ascending run") << QStringLiteral("123456") << QStringLiteral("in a row");
    QTest::newRow("descending run") << QStringLiteral("987654") << QStringLiteral("in a row");
    QTest::newRow("long ascending run") << QStringLiteral("2345678") << QStringLiteral("in a row");
}

void TestPinRules::check()
{
    QFETCH(QString, pin);
    QFETCH(QString, problem);
    const auto result = PinRules::check(pin);
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("pin"));
    QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
}

void TestPinRules::descriptionStatesTheLengths()
{
    const QString text = PinRules::description();
    QVERIFY(text.contains(QString::number(PinRules::MinimumLength)));
    QVERIFY(text.contains(QString::number(PinRules::MaximumLength)));
}

QTEST_GUILESS_MAIN(TestPinRules)
#include "tst_pinrules.moc"
