#pragma once
// The fixed list of medication administration outcomes (product.md: there is no national code set,
// so the list is ours; screens always show the full words, never the code).
#include <QString>
#include <QStringList>
#include <optional>

namespace careround {

enum class MedicationOutcome {
    Given,
    PromptedAndTaken,
    Assisted,
    SelfAdministered,
    Refused,
    RefusedAndDestroyed,
    NauseaVomiting,
    PartlyTaken,
    InHospital,
    Away,
    Asleep,
    NotRequiredPrn,
    NotAvailable,
    AlreadyTaken,
    WithheldOnInstruction,
    NoVisit,
    Other,
};

// Stored code, e.g. "prompted_and_taken".
QString medicationOutcomeCode(MedicationOutcome outcome);
std::optional<MedicationOutcome> medicationOutcomeFromCode(const QString &code);
// Full words for screens and the MAR chart, e.g. "Prompted and taken" (translatable).
QString medicationOutcomeWords(MedicationOutcome outcome);
// Every code, in list order (for validation messages and pickers).
const QStringList &medicationOutcomeCodes();

// Given = the medicine (or part of it) went in with our support or under our eyes: given,
// prompted and taken, assisted, self-administered, partly taken. Everything else is not given.
bool isGiven(MedicationOutcome outcome);
// A reason (free text) is required for every not-given outcome, for "other" and for "partly taken".
bool outcomeNeedsReason(MedicationOutcome outcome);

} // namespace careround
