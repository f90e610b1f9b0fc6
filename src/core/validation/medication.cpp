// medication.order (the MAR line, NICE NG67 content) and medication.administration (one support
// with one medicine on one occasion, including prompting).
#include "core/medicationoutcome.h"
#include "payloads.h"

namespace careround::validation {

namespace {
constexpr int MinutesPerDay = 24 * 60;
constexpr int MaxTimeCriticalWindow = 240;
} // namespace

const QStringList &supportLevels()
{
    static const QStringList list {QStringLiteral("prompt"), QStringLiteral("assist"),
                                   QStringLiteral("administer")};
    return list;
}

const QStringList &medicationRoutes()
{
    static const QStringList list {QStringLiteral("oral"),          QStringLiteral("sublingual"),
                                   QStringLiteral("buccal"),        QStringLiteral("topical"),
                                   QStringLiteral("transdermal"),   QStringLiteral("inhaled"),
                                   QStringLiteral("nasal"),         QStringLiteral("eye"),
                                   QStringLiteral("ear"),           QStringLiteral("rectal"),
                                   QStringLiteral("vaginal"),       QStringLiteral("subcutaneous"),
                                   QStringLiteral("intramuscular"), QStringLiteral("enteral_tube"),
                                   QStringLiteral("other")};
    return list;
}

void checkPrnProtocol(FieldCheck &p)
{
    p.text("indication", Required, LongText);
    p.text("doseRule", Required, LongText);
    p.integer("minimumIntervalMinutes", 1, MinutesPerDay);
    p.integer("maxDosesPer24h", 1, 48);
    p.text("signsToLookFor", Optional, LongText);
    p.text("tryFirst", Optional, LongText);
    p.date("reviewDate", Optional);
}

void checkMedicationOrder(FieldCheck &c)
{
    c.text("medicine");
    c.text("formulation");
    c.text("strength");
    c.text("dose");
    c.choice("route", medicationRoutes());
    c.choice("supportLevel", supportLevels());
    c.text("prescriber");
    const bool prn = c.boolean("prn", Optional);
    // A regular medicine has its times; a PRN one may have none (given when needed).
    const QStringList times = c.textList("times", prn ? Optional : Required, prn ? 0 : 1, 24, 5);
    for (int i = 0; i < times.size() && c.ok(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(c.path("times")).arg(i);
        if (!QTime::fromString(times.at(i), QStringLiteral("HH:mm")).isValid()
            || times.at(i).size() != 5)
            c.failPath(where, QStringLiteral("must be a time of day (HH:mm)"));
        else if (times.indexOf(times.at(i)) != i)
            c.failPath(where, QStringLiteral("is listed twice"));
    }
    if (prn)
        c.object("prnProtocol", Required, checkPrnProtocol);
    else if (c.has("prnProtocol"))
        c.fail("prnProtocol",
               QStringLiteral("is only for PRN (as required) medicines: set prn to true"));
    c.known({"timeCriticalWindowMinutes"}); // read when timeCritical
    if (c.boolean("timeCritical", Optional))
        c.integer("timeCriticalWindowMinutes", 1, MaxTimeCriticalWindow);
    const QDate start = c.date("startDate", Optional);
    const QDate stop = c.date("stopDate", Optional);
    if (c.ok() && start.isValid() && stop.isValid() && stop < start)
        c.fail("stopDate", QStringLiteral("must not be before startDate"));
    c.date("reviewDate", Optional);
    c.text("instructions", Optional, LongText);
    c.boolean("secondSignatureRequired", Optional);
    c.text("stopReason", Optional, LongText); // why the office stopped it (with stopDate)
    c.text("externalId", Optional); // the import file's id of the row (idempotent imports)
}

void checkMedicationAdministration(FieldCheck &c)
{
    c.id("orderId");
    const bool prn = c.boolean("prn", Optional);
    if (prn && c.has("scheduledTime"))
        c.fail("scheduledTime", QStringLiteral("must be left out for a PRN dose"));
    else if (!prn)
        c.timeOfDay("scheduledTime"); // the MAR slot, e.g. "08:00"
    const QString code = c.choice("outcome", medicationOutcomeCodes());
    if (!c.ok())
        return;
    const MedicationOutcome outcome = *medicationOutcomeFromCode(code);
    const Need whenGiven = isGiven(outcome) ? Required : Optional;
    c.text("dose", whenGiven);
    c.dateTime("administeredAt", whenGiven);
    c.text("reason", outcomeNeedsReason(outcome) ? Required : Optional, LongText);
    checkRefusalReasonFields(c,
                             outcome == MedicationOutcome::Refused
                                 || outcome == MedicationOutcome::RefusedAndDestroyed);
    if (c.has("prnEffect") && !prn)
        c.fail("prnEffect", QStringLiteral("is only recorded for PRN doses"));
    c.object("prnEffect", Optional, [](FieldCheck &e) {
        e.choice("effect",
                 {QStringLiteral("effective"), QStringLiteral("partly_effective"),
                  QStringLiteral("not_effective")});
        e.text("note", Optional, LongText);
        e.dateTime("recordedAt", Optional);
    });
    c.id("secondSignerUserId", Optional);
    c.text("note", Optional, LongText);
}

} // namespace careround::validation
