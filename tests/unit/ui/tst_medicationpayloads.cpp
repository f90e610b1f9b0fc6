// The eMAR's payloads (medicationpayloads.h), table-driven over the whole outcome list: a reason
// is required exactly where the domain says, errors name the field in words, and every payload
// built passes the store's own validation; the order check's errors in words; the PRN effect.
#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "medfixtures.h"
#include "roundfixtures.h"
#include "samplerecords.h"
#include "ui/meds/medicationpayloads.h"

#include <QTest>

using namespace careround;
using namespace careround::fixtures;
using namespace careround::ui;

namespace {

Result<void> validAsRecord(const QJsonObject &payload)
{
    Record r = samples::record(QString::fromLatin1(RecordType::MedicationAdministration), Person);
    r.payload = payload;
    return validateRecord(r);
}

AdministrationInput input(const QString &outcome, const QString &reason)
{
    AdministrationInput in;
    in.outcome = outcome;
    in.reason = reason;
    in.scheduledTime = QStringLiteral("08:00");
    in.at = londonTime(QStringLiteral("2025-03-04 08:05"));
    return in;
}

} // namespace

class TestMedicationPayloads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(ui::testing::useBritishEnglish()); }

    void everyOutcome_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("needsReason");
        QTest::addColumn<QString>("prompt");
        const QString notGiven = QStringLiteral("Say why it was not given (required)");
        const struct
        {
            const char *code;
            bool reason;
            QString prompt;
        } table[] = {
            {"given", false, {}},
            {"prompted_and_taken", false, {}},
            {"assisted", false, {}},
            {"self_administered", false, {}},
            {"partly_taken", true,
             QStringLiteral("Say how much was taken, and why not all (required)")},
            // A refusal first needs its reason from the fixed list (core refusalreasons.h).
            {"refused", true, QStringLiteral("Choose why it was refused")},
            {"refused_and_destroyed", true, QStringLiteral("Choose why it was refused")},
            {"nausea_vomiting", true, notGiven},
            {"in_hospital", true, notGiven},
            {"away", true, notGiven},
            {"asleep", true, notGiven},
            {"not_required_prn", true, notGiven},
            {"not_available", true, notGiven},
            {"already_taken", true, notGiven},
            {"withheld_on_instruction", true, notGiven},
            {"no_visit", true, notGiven},
            {"other", true, QStringLiteral("Say what happened (required for Other)")},
        };
        QCOMPARE(int(std::size(table)), int(medicationOutcomeCodes().size()));
        for (const auto &row : table)
            QTest::newRow(row.code) << QString::fromLatin1(row.code) << row.reason << row.prompt;
    }
    void everyOutcome()
    {
        QFETCH(QString, outcome);
        QFETCH(bool, needsReason);
        QFETCH(QString, prompt);
        const MedicationOrder order = orderOf(orderRecord("Metformin", "08:00"));
        auto withoutReason = MedicationPayloads::administration(order, input(outcome, "  "));
        if (needsReason) {
            QVERIFY(!withoutReason);
            QCOMPARE(withoutReason.error().field,
                     outcome.startsWith(u"refused") ? QStringLiteral("reasonCode")
                                                    : QStringLiteral("reason"));
            QCOMPARE(withoutReason.error().message, prompt);
        } else {
            QVERIFY(withoutReason);
            QVERIFY2(validAsRecord(withoutReason.value()).ok(),
                     qPrintable(validAsRecord(withoutReason.value()).error().toString()));
            QCOMPARE(withoutReason.value().value("dose").toString(), QStringLiteral("two tablets"));
            QVERIFY(withoutReason.value().contains("administeredAt"));
        }
        auto withReason =
            MedicationPayloads::administration(order, input(outcome, "She was asleep"));
        QVERIFY(withReason);
        QCOMPARE(withReason.value().value("outcome").toString(), outcome);
        QCOMPARE(withReason.value().value("scheduledTime").toString(), QStringLiteral("08:00"));
        QVERIFY2(validAsRecord(withReason.value()).ok(),
                 qPrintable(validAsRecord(withReason.value()).error().toString()));
    }

    void refusalReasonFromTheList()
    {
        const MedicationOrder order = orderOf(orderRecord("Metformin", "08:00"));
        AdministrationInput in = input("refused", "");
        in.reasonCode = QStringLiteral("unwell");
        auto p = MedicationPayloads::administration(order, in);
        QVERIFY(p);
        QCOMPARE(p.value().value("reasonCode").toString(), QStringLiteral("unwell"));
        QCOMPARE(p.value().value("reason").toString(), QStringLiteral("Felt unwell"));
        QVERIFY(validAsRecord(p.value()).ok());
        in.reasonCode = QStringLiteral("other"); // "other" needs the words
        QCOMPARE(MedicationPayloads::administration(order, in).error().field,
                 QStringLiteral("reason"));
        in.reason = QStringLiteral("Wanted to wait for her daughter");
        p = MedicationPayloads::administration(order, in);
        QVERIFY(p);
        QCOMPARE(p.value().value("reasonCode").toString(), QStringLiteral("other"));
        QVERIFY(validAsRecord(p.value()).ok());
        // Words alone (an older form) count as "other".
        p = MedicationPayloads::administration(order, input("refused", "Said no"));
        QCOMPARE(p.value().value("reasonCode").toString(), QStringLiteral("other"));
    }

    void unknownOutcomeNamesTheField()
    {
        const MedicationOrder order = orderOf(orderRecord("Metformin", "08:00"));
        auto p = MedicationPayloads::administration(order, input("", ""));
        QVERIFY(!p);
        QCOMPARE(p.error().field, QStringLiteral("outcome"));
        QCOMPARE(p.error().message, QStringLiteral("Choose what happened with Metformin"));
    }

    void prnDoseAndEffect()
    {
        const MedicationOrder order = orderOf(prnOrderRecord("Paracetamol", 240, 4));
        AdministrationInput in = input("given", "");
        in.scheduledTime.clear();
        in.dose = QStringLiteral("one tablet");
        // Given as needed: the reason (indication) is required, and the quantity within the rule
        // ("one or two tablets").
        auto noReason = MedicationPayloads::administration(order, in);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        in.reason = QStringLiteral("Pain in her hip");
        in.dose = QStringLiteral("3");
        auto tooMuch = MedicationPayloads::administration(order, in);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().field, QStringLiteral("dose"));
        QVERIFY2(tooMuch.error().message.contains(u"1 to 2 tablets"),
                 qPrintable(tooMuch.error().message));
        in.dose.clear();
        QCOMPARE(MedicationPayloads::administration(order, in).error().field,
                 QStringLiteral("dose"));
        in.dose = QStringLiteral("one tablet");
        auto p = MedicationPayloads::administration(order, in);
        QVERIFY(p);
        QCOMPARE(p.value().value("reason").toString(), QStringLiteral("Pain in her hip"));
        QVERIFY(p.value().value("prn").toBool());
        QVERIFY(!p.value().contains("scheduledTime"));
        QCOMPARE(p.value().value("dose").toString(), QStringLiteral("one tablet"));
        QVERIFY(validAsRecord(p.value()).ok());

        auto effect = MedicationPayloads::withPrnEffect(p.value(), "partly_effective", "still sore",
                                                        in.at.addSecs(3600));
        QVERIFY(effect);
        QCOMPARE(effect.value().value("prnEffect").toObject().value("effect").toString(),
                 QStringLiteral("partly_effective"));
        QVERIFY(validAsRecord(effect.value()).ok());
        QCOMPARE(MedicationPayloads::withPrnEffect(p.value(), "great", "", in.at).error().field,
                 QStringLiteral("effect"));
        const MedicationOrder regular = orderOf(orderRecord("Metformin", "08:00"));
        auto regularDose = MedicationPayloads::administration(regular, input("given", ""));
        QCOMPARE(MedicationPayloads::withPrnEffect(regularDose.value(), "effective", "", in.at)
                     .error()
                     .field,
                 QStringLiteral("recordId"));
    }

    void orderCheckInWords()
    {
        const Record orderRec = orderRecord("Warfarin", "08:00,18:00",
                                            {{"secondSignatureRequired", true},
                                             {"startDate", "2025-03-01"},
                                             {"stopDate", "2025-03-10"}});
        const MedicationOrder order = orderOf(orderRec);
        auto given = MedicationPayloads::administration(order, input("given", ""));
        auto check = MedicationPayloads::checkAgainstOrder(order, given.value(), "worker-1",
                                                           QDate(2025, 3, 4));
        QVERIFY(!check);
        QCOMPARE(check.error().field, QStringLiteral("secondSigner"));
        QVERIFY(check.error().message.startsWith("Warfarin needs a second worker to sign"));
        // A refusal needs no witness.
        auto refused =
            MedicationPayloads::administration(order, input("refused", "did not want it"));
        QVERIFY(MedicationPayloads::checkAgainstOrder(order, refused.value(), "worker-1",
                                                      QDate(2025, 3, 4)));
        // Signed by the partner: fine; signed by oneself: refused.
        AdministrationInput signedIn = input("given", "");
        signedIn.secondSignerUserId = QStringLiteral("worker-2");
        auto witnessed = MedicationPayloads::administration(order, signedIn);
        QVERIFY(MedicationPayloads::checkAgainstOrder(order, witnessed.value(), "worker-1",
                                                      QDate(2025, 3, 4)));
        signedIn.secondSignerUserId = QStringLiteral("worker-1");
        auto self = MedicationPayloads::administration(order, signedIn);
        QCOMPARE(MedicationPayloads::checkAgainstOrder(order, self.value(), "worker-1",
                                                       QDate(2025, 3, 4))
                     .error()
                     .message,
                 QStringLiteral("The second signature must be another worker's, not yours"));
        // After the stop date: the core sentence, already in words.
        auto stopped = MedicationPayloads::checkAgainstOrder(order, witnessed.value(), "worker-1",
                                                             QDate(2025, 3, 11));
        QCOMPARE(stopped.error().field, QStringLiteral("careDay"));
        QVERIFY2(stopped.error().message.contains("Warfarin was stopped"),
                 qPrintable(stopped.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMedicationPayloads)
#include "tst_medicationpayloads.moc"
