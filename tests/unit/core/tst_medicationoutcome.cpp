#include "core/medicationoutcome.h"
#include <QSet>
#include <QTest>

using namespace careround;

class TestMedicationOutcome : public QObject
{
    Q_OBJECT
private slots:
    void fixedList_data();
    void fixedList();
    void listIsCompleteAndCodesAreUnique();
};

void TestMedicationOutcome::fixedList_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("given");
    QTest::addColumn<bool>("needsReason");
    QTest::newRow("given") << "given"
                           << "Given" << true << false;
    QTest::newRow("prompted") << "prompted_and_taken"
                              << "Prompted and taken" << true << false;
    QTest::newRow("assisted") << "assisted"
                              << "Assisted" << true << false;
    QTest::newRow("self") << "self_administered"
                          << "Self-administered" << true << false;
    QTest::newRow("refused") << "refused"
                             << "Refused" << false << true;
    QTest::newRow("destroyed") << "refused_and_destroyed"
                               << "Refused and destroyed" << false << true;
    QTest::newRow("nausea") << "nausea_vomiting"
                            << "Nausea or vomiting" << false << true;
    QTest::newRow("partly") << "partly_taken"
                            << "Partly taken" << true << true;
    QTest::newRow("hospital") << "in_hospital"
                              << "In hospital" << false << true;
    QTest::newRow("away") << "away"
                          << "Away" << false << true;
    QTest::newRow("asleep") << "asleep"
                            << "Asleep" << false << true;
    QTest::newRow("prn") << "not_required_prn"
                         << "Not required (PRN)" << false << true;
    QTest::newRow("not available") << "not_available"
                                   << "Not available" << false << true;
    QTest::newRow("already") << "already_taken"
                             << "Already taken" << false << true;
    QTest::newRow("withheld") << "withheld_on_instruction"
                              << "Withheld on instruction" << false << true;
    QTest::newRow("no visit") << "no_visit"
                              << "No visit" << false << true;
    QTest::newRow("other") << "other"
                           << "Other" << false << true;
}

void TestMedicationOutcome::fixedList()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QFETCH(bool, given);
    QFETCH(bool, needsReason);
    const auto outcome = medicationOutcomeFromCode(code);
    QVERIFY(outcome.has_value());
    QCOMPARE(medicationOutcomeCode(*outcome), code);
    QCOMPARE(medicationOutcomeWords(*outcome), words);
    QCOMPARE(isGiven(*outcome), given);
    QCOMPARE(outcomeNeedsReason(*outcome), needsReason);
}

void TestMedicationOutcome::listIsCompleteAndCodesAreUnique()
{
    const QStringList codes = medicationOutcomeCodes();
    QCOMPARE(codes.size(), 17); // product.md's fixed list
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    QVERIFY(!medicationOutcomeFromCode(QStringLiteral("Given")).has_value());
    QVERIFY(!medicationOutcomeFromCode(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestMedicationOutcome)
#include "tst_medicationoutcome.moc"
