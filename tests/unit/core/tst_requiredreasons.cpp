// Required reasons (issue 17): the refusal reason list, and a PRN dose's quantity within the
// order's dose rule.
#include "core/recordvalidation.h"
#include "core/refusalreasons.h"
#include "core/rules/prnquantity.h"
#include <QJsonArray>
#include <QJsonObject>
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
        QTest::newRow("unknown") << QStringLiteral("bored") << QString()
                                 << QStringLiteral("reasonCode");
        QTest::newRow("from the list") << QStringLiteral("unwell") << QString() << QString();
        QTest::newRow("other without words")
            << QStringLiteral("other") << QStringLiteral("  ") << QStringLiteral("reason");
        QTest::newRow("other with words")
            << QStringLiteral("other") << QStringLiteral("Wanted to wait for her daughter")
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

    // What the store and the server accept: the new fields when present, never required, so
    // records made before the list stay valid.
    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("errorField"); // empty = valid
        const QString task = QStringLiteral("visit.task");
        const QJsonObject refused {{"task", "Breakfast"}, {"outcome", "refused"}};
        QTest::newRow("old refusal without code") << task << refused << QString();
        QJsonObject coded = refused;
        coded.insert("reasonCode", "unwell");
        QTest::newRow("refusal with code") << task << coded << QString();
        QJsonObject other = refused;
        other.insert("reasonCode", "other");
        QTest::newRow("other without words") << task << other << QStringLiteral("payload.reason");
        other.insert("reason", "Waiting for her son");
        QTest::newRow("other with words") << task << other << QString();
        QJsonObject unknown = refused;
        unknown.insert("reasonCode", "bored");
        QTest::newRow("unknown code") << task << unknown << QStringLiteral("payload.reasonCode");
        QJsonObject done {{"task", "Breakfast"}, {"outcome", "done"}, {"reasonCode", "unwell"}};
        QTest::newRow("code on done") << task << done << QStringLiteral("payload.reasonCode");
        const QString out = QStringLiteral("visit.checkout");
        const QJsonObject noFix {{"verification", "no_fix"}};
        QTest::newRow("check-out without review") << out << noFix << QString();
        QJsonObject reviewed = noFix;
        reviewed.insert("review",
                        QJsonArray {QJsonObject {{"item", "short_visit"},
                                                 {"deliveredMinutes", 8},
                                                 {"plannedMinutes", 45},
                                                 {"reason", "Called to a fall"}}});
        QTest::newRow("review with reason") << out << reviewed << QString();
        QJsonObject noReason = noFix;
        noReason.insert(
            "review",
            QJsonArray {QJsonObject {{"item", "task_not_recorded"}, {"subject", "Breakfast"}}});
        QTest::newRow("review item without reason")
            << out << noReason << QStringLiteral("payload.review[0].reason");
        QJsonObject badItem = noFix;
        badItem.insert("review", QJsonArray {QJsonObject {{"item", "tea"}, {"reason", "x"}}});
        QTest::newRow("unknown review item")
            << out << badItem << QStringLiteral("payload.review[0].item");
    }
    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, errorField);
        const auto result =
            validatePayload(type, payload, QStringLiteral("payload"), UnknownFields::Refuse);
        QVERIFY2(bool(result) == errorField.isEmpty(),
                 qPrintable(result ? QStringLiteral("valid") : result.error().toString()));
        if (!result)
            QCOMPARE(result.error().field, errorField);
    }

    void doseRange_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<QString>("unit");
        QTest::newRow("or") << QStringLiteral("1 or 2 tablets") << 1.0 << 2.0
                            << QStringLiteral("tablets");
        QTest::newRow("dash") << QStringLiteral("1-2 tablets") << 1.0 << 2.0
                              << QStringLiteral("tablets");
        QTest::newRow("words") << QStringLiteral("one or two tablets") << 1.0 << 2.0
                               << QStringLiteral("tablets");
        QTest::newRow("single") << QStringLiteral("two tablets") << 2.0 << 2.0
                                << QStringLiteral("tablets");
        QTest::newRow("decimal") << QStringLiteral("2.5 to 5 ml") << 2.5 << 5.0
                                 << QStringLiteral("ml");
        QTest::newRow("interval later") << QStringLiteral("1 or 2 puffs every 4 hours") << 1.0
                                        << 2.0 << QStringLiteral("puffs");
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
        QTest::newRow("above") << QStringLiteral("1 or 2 tablets") << QStringLiteral("3")
                               << QString();
        QTest::newRow("below") << QStringLiteral("2.5 to 5 ml") << QStringLiteral("2") << QString();
        QTest::newRow("decimal") << QStringLiteral("2.5 to 5 ml") << QStringLiteral("2.5")
                                 << QStringLiteral("2.5 ml");
        QTest::newRow("empty") << QStringLiteral("1 or 2 tablets") << QString() << QString();
        QTest::newRow("zero") << QStringLiteral("1 or 2 tablets") << QStringLiteral("0")
                              << QString();
        QTest::newRow("two numbers")
            << QStringLiteral("1 or 2 tablets") << QStringLiteral("1 or 2") << QString();
        QTest::newRow("rule without number")
            << QStringLiteral("as the GP says") << QStringLiteral("1 sachet")
            << QStringLiteral("1 sachet");
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
