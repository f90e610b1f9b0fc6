#pragma once
// How a medicine and its doses read for a care worker and on the MAR chart: the medicine's name
// with strength and formulation, the dose and route in plain words, the support level (prompt /
// assist / administer) as what the worker does, outcomes in full and in short words (the grid),
// letter codes for the printed MAR with their legend, and the PRN protocol. Only words; the rules
// are in core/rules. Tested in tst_medicationwords.
#include "core/medicationorder.h"
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace careround::ui {

class MedicationWords
{
    Q_DECLARE_TR_FUNCTIONS(MedicationWords)
public:
    static QString title(const MedicationOrder &order); // "Metformin 500 mg tablets"
    static QString route(const QString &route); // "oral" → "by mouth"
    static QString doseLine(const MedicationOrder &order); // "1 tablet, by mouth"
    static QString supportLevel(SupportLevel level); // "Prompt", "Assist", "Administer"
    // What the worker does: "Prompt: remind them and watch them take it".
    static QString supportLevelDetail(SupportLevel level);
    // The outcome's full words (medicationOutcomeWords), or the code when it is unknown.
    static QString outcome(const QString &code);
    // Short words for a grid cell: "Given", "Prompted", "Refused", "Hospital", …
    static QString outcomeShort(const QString &code);
    // One or two letters for the printed MAR ("G", "PT", "R", …), explained by pdfLegend().
    static QString outcomeLetter(const QString &code);
    static QList<QPair<QString, QString>> pdfLegend(); // (letters, full words), in list order
    static QString prnEffect(const QString &effect); // "Effective", "Partly effective", …
    static const QStringList &prnEffects(); // effective, partly_effective, not_effective
    // The PRN protocol, one line each: "For: pain", "Dose: 1–2 tablets", "At least 4 hours
    // between doses, at most 4 doses in 24 hours", "Look for: …", "Try first: …".
    static QStringList prnProtocol(const MedicationOrder &order);
    // What the worker must write for this outcome ("Say why it was not given"); empty when the
    // reason is optional.
    static QString reasonPrompt(const QString &outcomeCode);
    // A PRN dose given: the reason (indication) field's label, and the quantity field's.
    static QString prnReasonPrompt(const MedicationOrder &order);
    static QString prnQuantityPrompt(const MedicationOrder &order);
};

} // namespace careround::ui
