#include "medicationwords.h"

#include "core/medicationoutcome.h"
#include "core/rules/localtime.h"
#include <QHash>
#include <QLocale>

namespace careround::ui {

namespace {

struct OutcomeText
{
    const char *code;
    const char *shortWords;
    const char *letters;
};

// Short words fit a grid cell on a phone; letters fit a printed day column. Both tables follow
// medicationOutcomeCodes() order.
constexpr OutcomeText OutcomeTexts[] = {
    {"given", QT_TRANSLATE_NOOP("MedicationWords", "Given"), "G"},
    {"prompted_and_taken", QT_TRANSLATE_NOOP("MedicationWords", "Prompted"), "P"},
    {"assisted", QT_TRANSLATE_NOOP("MedicationWords", "Assisted"), "A"},
    {"self_administered", QT_TRANSLATE_NOOP("MedicationWords", "Self"), "S"},
    {"refused", QT_TRANSLATE_NOOP("MedicationWords", "Refused"), "R"},
    {"refused_and_destroyed", QT_TRANSLATE_NOOP("MedicationWords", "Destroyed"), "RD"},
    {"nausea_vomiting", QT_TRANSLATE_NOOP("MedicationWords", "Sick"), "N"},
    {"partly_taken", QT_TRANSLATE_NOOP("MedicationWords", "Part"), "PT"},
    {"in_hospital", QT_TRANSLATE_NOOP("MedicationWords", "Hospital"), "H"},
    {"away", QT_TRANSLATE_NOOP("MedicationWords", "Away"), "AW"},
    {"asleep", QT_TRANSLATE_NOOP("MedicationWords", "Asleep"), "AS"},
    {"not_required_prn", QT_TRANSLATE_NOOP("MedicationWords", "Not needed"), "NR"},
    {"not_available", QT_TRANSLATE_NOOP("MedicationWords", "No stock"), "NA"},
    {"already_taken", QT_TRANSLATE_NOOP("MedicationWords", "Taken"), "AT"},
    {"withheld_on_instruction", QT_TRANSLATE_NOOP("MedicationWords", "Withheld"), "W"},
    {"no_visit", QT_TRANSLATE_NOOP("MedicationWords", "No visit"), "NV"},
    {"other", QT_TRANSLATE_NOOP("MedicationWords", "Other"), "O"},
};

const OutcomeText *outcomeText(const QString &code)
{
    for (const OutcomeText &t : OutcomeTexts) {
        if (code == QLatin1String(t.code))
            return &t;
    }
    return nullptr;
}

} // namespace

QString MedicationWords::title(const MedicationOrder &order)
{
    QStringList parts {order.medicine.simplified()};
    if (!order.strength.trimmed().isEmpty())
        parts << order.strength.simplified();
    if (!order.formulation.trimmed().isEmpty())
        parts << order.formulation.simplified();
    return parts.join(QLatin1Char(' '));
}

QString MedicationWords::route(const QString &route)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("oral"), QT_TR_NOOP("by mouth")},
        {QStringLiteral("sublingual"), QT_TR_NOOP("under the tongue")},
        {QStringLiteral("buccal"), QT_TR_NOOP("inside the cheek")},
        {QStringLiteral("topical"), QT_TR_NOOP("on the skin")},
        {QStringLiteral("transdermal"), QT_TR_NOOP("as a patch on the skin")},
        {QStringLiteral("inhaled"), QT_TR_NOOP("breathed in (inhaler)")},
        {QStringLiteral("nasal"), QT_TR_NOOP("in the nose")},
        {QStringLiteral("eye"), QT_TR_NOOP("in the eye")},
        {QStringLiteral("ear"), QT_TR_NOOP("in the ear")},
        {QStringLiteral("rectal"), QT_TR_NOOP("rectally")},
        {QStringLiteral("vaginal"), QT_TR_NOOP("vaginally")},
        {QStringLiteral("subcutaneous"), QT_TR_NOOP("injection under the skin")},
        {QStringLiteral("intramuscular"), QT_TR_NOOP("injection into a muscle")},
        {QStringLiteral("enteral_tube"), QT_TR_NOOP("through the feeding tube")},
        {QStringLiteral("other"), QT_TR_NOOP("another way: see the instructions")},
    };
    const char *w = words.value(route);
    return w ? tr(w) : route;
}

QString MedicationWords::doseLine(const MedicationOrder &order)
{
    //: a dose and its route, e.g. "1 tablet, by mouth"
    return tr("%1, %2").arg(order.dose.simplified(), route(order.route));
}

QString MedicationWords::supportLevel(SupportLevel level)
{
    switch (level) {
    case SupportLevel::Prompt:
        return tr("Prompt");
    case SupportLevel::Assist:
        return tr("Assist");
    case SupportLevel::Administer:
        return tr("Administer");
    }
    return {};
}

QString MedicationWords::supportLevelDetail(SupportLevel level)
{
    switch (level) {
    case SupportLevel::Prompt:
        return tr("Prompt: remind them, and see them take it themselves");
    case SupportLevel::Assist:
        return tr("Assist: help them take it, for example open the pack or pour the dose");
    case SupportLevel::Administer:
        return tr("Administer: you give the medicine");
    }
    return {};
}

QString MedicationWords::outcome(const QString &code)
{
    const auto outcome = medicationOutcomeFromCode(code);
    return outcome ? medicationOutcomeWords(*outcome) : code;
}

QString MedicationWords::outcomeShort(const QString &code)
{
    const OutcomeText *t = outcomeText(code);
    return t ? tr(t->shortWords) : code;
}

QString MedicationWords::outcomeLetter(const QString &code)
{
    const OutcomeText *t = outcomeText(code);
    return t ? QString::fromLatin1(t->letters) : QStringLiteral("?");
}

QList<QPair<QString, QString>> MedicationWords::pdfLegend()
{
    QList<QPair<QString, QString>> legend;
    for (const OutcomeText &t : OutcomeTexts)
        legend.append({QString::fromLatin1(t.letters), outcome(QString::fromLatin1(t.code))});
    return legend;
}

const QStringList &MedicationWords::prnEffects()
{
    static const QStringList effects {QStringLiteral("effective"),
                                      QStringLiteral("partly_effective"),
                                      QStringLiteral("not_effective")};
    return effects;
}

QString MedicationWords::prnEffect(const QString &effect)
{
    if (effect == QLatin1String("effective"))
        return tr("Effective");
    if (effect == QLatin1String("partly_effective"))
        return tr("Partly effective");
    if (effect == QLatin1String("not_effective"))
        return tr("Not effective");
    return effect;
}

QStringList MedicationWords::prnProtocol(const MedicationOrder &order)
{
    if (!order.prn)
        return {};
    const PrnProtocol &p = order.prnProtocol;
    QStringList lines;
    lines << tr("For: %1").arg(p.indication.simplified());
    lines << tr("Dose: %1").arg(p.doseRule.simplified());
    //: e.g. "At least 4 hours between doses; at most 4 doses in 24 hours"
    lines << tr("At least %1 between doses; at most %n dose(s) in 24 hours", nullptr,
                p.maxDosesPer24h)
                 .arg(durationText(p.minimumIntervalMinutes));
    if (!p.signsToLookFor.trimmed().isEmpty())
        lines << tr("Look for: %1").arg(p.signsToLookFor.simplified());
    if (!p.tryFirst.trimmed().isEmpty())
        lines << tr("Try first: %1").arg(p.tryFirst.simplified());
    if (p.reviewDate.isValid())
        lines << tr("Review due: %1").arg(QLocale().toString(p.reviewDate, QLocale::LongFormat));
    return lines;
}

QString MedicationWords::reasonPrompt(const QString &outcomeCode)
{
    const auto outcome = medicationOutcomeFromCode(outcomeCode);
    if (!outcome || !outcomeNeedsReason(*outcome))
        return {};
    if (*outcome == MedicationOutcome::Other)
        return tr("Say what happened (required for Other)");
    if (*outcome == MedicationOutcome::PartlyTaken)
        return tr("Say how much was taken, and why not all (required)");
    return tr("Say why it was not given (required)");
}

QString MedicationWords::prnReasonPrompt(const MedicationOrder &order)
{
    const QString indication = order.prnProtocol.indication.simplified();
    if (indication.isEmpty())
        return tr("Say why it was needed (required)");
    //: e.g. "Say why it was needed: the protocol says "Pain" (required)"
    return tr("Say why it was needed: the protocol says \"%1\" (required)").arg(indication);
}

QString MedicationWords::prnQuantityPrompt(const MedicationOrder &order)
{
    //: e.g. "Quantity given (the prescription says "1 or 2 tablets")"
    return tr("Quantity given (the prescription says \"%1\")")
        .arg(order.prnProtocol.doseRule.simplified());
}

} // namespace careround::ui
