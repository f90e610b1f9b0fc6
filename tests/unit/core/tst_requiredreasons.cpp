// Required reasons (issue 17): the refusal reason list, and a PRN dose's quantity within the
// order's dose rule.
#include "core/refusalreasons.h"
#include "core/rules/prnquantity.h"
#include <QtTest>

using namespace careround;

class TestRequiredReasons : public QObject
{
    Q_OBJECT
private slots:
    void refusalReasonList()
    {
        QCOMPARE(refusalReasonCodes().size(), 5);
        QCOMPARE(refusalReasonCodes().last(), QStringLiteral("other"));
        for (const QString &code : refusalReasonCodes())
            QVERIFY(!refusalReasonWords(code).isEmpty());
        QVERIFY(refusalReasonWords(QStringLiteral("nope")).isEmpty());
    }

    void refusalReasonRequired_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("errorField"); // empty = accepted
        QTest::newRow("none") << QString() << QString() << QStringLiteral("reasonCode");
        QTest::newRow("unknown") << QStringLiteral("bored") << QString() << QStringLiteral("reasonCode");
        QTest::newRow("from the list") << QStringLiteral("unwell") << QString() << QString();
        QTest::newRow("other without words") << QStringLiteral("other") << QStringLiteral("  ")
                                             << QStringLiteral("reason");
        QTest::newRow("other with words") << QStringLiteral("other")
                                          << QStringLiteral("Wanted to wait for her daughter")
                                          << QString();
    }
    void refusalReasonRequired()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        QFETCH(QString, errorField);
        const auto result = requireRefusalReason(code, words);
        QCOMPARE(bool(result), errorField.isEmpty());
        if (!result)
            QCOMPARE(result.error().field, errorField);
    }

    void doseRange_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<QString>("unit");
        QTest::newRow("or") << QStringLiteral("1 or 2 tablets") << 1.0 << 2.0 << QStringLiteral("tablets");
        QTest::newRow("dash") << QStringLiteral("1-2 tablets") << 1.0 << 2.0 << QStringLiteral("tablets");
        QTest::newRow("words") << QStringLiteral("one or two tablets") << 1.0 << 2.0
                               << QStringLiteral("tablets");
        QTest::newRow("single") << QStringLiteral("two tablets") << 2.0 << 2.0 << QStringLiteral("tablets");
        QTest::newRow("decimal") << QStringLiteral("2.5 to 5 ml") << 2.5 << 5.0 << QStringLiteral("ml");
        QTest::newRow("interval later") << QStringLiteral("1 or 2 puffs every 4 hours") << 1.0 << 2.0
                                        << QStringLiteral("puffs");
    }
    void doseRange()
    {
        QFETCH(QString, rule);
        QFETCH(double, minimum);
        QFETCH(double, maximum);
        QFETCH(QString, unit);
        const auto range = prnDoseRange(rule);
        QVERIFY(range);
        QCOMPARE(range->minimum, minimum);
        QCOMPARE(range->maximum, maximum);
        QCOMPARE(range->unit, unit);
        QVERIFY(!prnDoseRange(QStringLiteral("as the GP says")));
    }

    void quantityWithinRule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("dose"); // empty = refused, field "dose"
        QTest::newRow("within") << QStringLiteral("1 or 2 tablets") << QStringLiteral("2")
                                << QStringLiteral("2 tablets");
        QTest::newRow("with unit") << QStringLiteral("1-2 tablets") << QStringLiteral("1 tablets")
                                   << QStringLiteral("1 tablets");
        QTest::newRow("above") << QStringLiteral("1 or 2 tablets") << QStringLiteral("3") << QString();
        QTest::newRow("below") << QStringLiteral("2.5 to 5 ml") << QStringLiteral("2") << QString();
        QTest::newRow("decimal") << QStringLiteral("2.5 to 5 ml") << QStringLiteral("2.5")
                                 << QStringLiteral("2.5 ml");
        QTest::newRow("empty") << QStringLiteral("1 or 2 tablets") << QString() << QString();
        QTest::newRow("zero") << QStringLiteral("1 or 2 tablets") << QStringLiteral("0") << QString();
        QTest::newRow("two numbers") << QStringLiteral("1 or 2 tablets") << QStringLiteral("1 or 2")
                                     << QString();
        QTest::newRow("rule without number") << QStringLiteral("as the GP says")
                                             << QStringLiteral("1 sachet") << QStringLiteral("1 sachet");
    }
    void quantityWithinRule()
    {
        QFETCH(QString, rule);
        QFETCH(QString, quantity);
        QFETCH(QString, dose);
        PrnProtocol protocol;
        protocol.doseRule = rule;
        const auto result = checkPrnQuantity(protocol, quantity);
        QCOMPARE(bool(result), !dose.isEmpty());
        if (result)
            QCOMPARE(result.value(), dose);
        else
            QCOMPARE(result.error().field, QStringLiteral("dose"));
    }

    void refusedMessageSaysTheRange()
    {
        PrnProtocol protocol;
        protocol.doseRule = QStringLiteral("1 or 2 tablets");
        const auto result = checkPrnQuantity(protocol, QStringLiteral("4"));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("1 to 2 tablets")),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRequiredReasons)
#include "tst_requiredreasons.moc"
