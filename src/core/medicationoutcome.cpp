#include "medicationoutcome.h"
#include <QCoreApplication>

namespace careround {

namespace {

struct OutcomeInfo
{
    MedicationOutcome outcome;
    const char *code;
    const char *words;
    bool given;
};

constexpr OutcomeInfo Outcomes[] = {
    {MedicationOutcome::Given, "given", QT_TRANSLATE_NOOP("MedicationOutcome", "Given"), true},
    {MedicationOutcome::PromptedAndTaken, "prompted_and_taken",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Prompted and taken"), true},
    {MedicationOutcome::Assisted, "assisted", QT_TRANSLATE_NOOP("MedicationOutcome", "Assisted"),
     true},
    {MedicationOutcome::SelfAdministered, "self_administered",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Self-administered"), true},
    {MedicationOutcome::Refused, "refused", QT_TRANSLATE_NOOP("MedicationOutcome", "Refused"),
     false},
    {MedicationOutcome::RefusedAndDestroyed, "refused_and_destroyed",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Refused and destroyed"), false},
    {MedicationOutcome::NauseaVomiting, "nausea_vomiting",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Nausea or vomiting"), false},
    {MedicationOutcome::PartlyTaken, "partly_taken",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Partly taken"), true},
    {MedicationOutcome::InHospital, "in_hospital",
     QT_TRANSLATE_NOOP("MedicationOutcome", "In hospital"), false},
    {MedicationOutcome::Away, "away", QT_TRANSLATE_NOOP("MedicationOutcome", "Away"), false},
    {MedicationOutcome::Asleep, "asleep", QT_TRANSLATE_NOOP("MedicationOutcome", "Asleep"), false},
    {MedicationOutcome::NotRequiredPrn, "not_required_prn",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Not required (PRN)"), false},
    {MedicationOutcome::NotAvailable, "not_available",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Not available"), false},
    {MedicationOutcome::AlreadyTaken, "already_taken",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Already taken"), false},
    {MedicationOutcome::WithheldOnInstruction, "withheld_on_instruction",
     QT_TRANSLATE_NOOP("MedicationOutcome", "Withheld on instruction"), false},
    {MedicationOutcome::NoVisit, "no_visit", QT_TRANSLATE_NOOP("MedicationOutcome", "No visit"),
     false},
    {MedicationOutcome::Other, "other", QT_TRANSLATE_NOOP("MedicationOutcome", "Other"), false},
};

const OutcomeInfo &info(MedicationOutcome outcome)
{
    for (const OutcomeInfo &i : Outcomes)
        if (i.outcome == outcome)
            return i;
    return Outcomes[std::size(Outcomes) - 1];
}

} // namespace

QString medicationOutcomeCode(MedicationOutcome outcome)
{
    return QString::fromLatin1(info(outcome).code);
}

std::optional<MedicationOutcome> medicationOutcomeFromCode(const QString &code)
{
    for (const OutcomeInfo &i : Outcomes)
        if (code == QLatin1String(i.code))
            return i.outcome;
    return std::nullopt;
}

QString medicationOutcomeWords(MedicationOutcome outcome)
{
    return QCoreApplication::translate("MedicationOutcome", info(outcome).words);
}

const QStringList &medicationOutcomeCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const OutcomeInfo &i : Outcomes)
            list.append(QString::fromLatin1(i.code));
        return list;
    }();
    return codes;
}

bool isGiven(MedicationOutcome outcome)
{
    return info(outcome).given;
}

bool outcomeNeedsReason(MedicationOutcome outcome)
{
    return !isGiven(outcome) || outcome == MedicationOutcome::PartlyTaken;
}

} // namespace careround
