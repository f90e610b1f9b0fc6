#include "medicationcontroller.h"
#include "core/refusalreasons.h"

#include "core/medicationoutcome.h"
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "core/rules/timecritical.h"
#include "medicationpayloads.h"
#include "medicationwords.h"
#include "store/recordrepository.h"
#include "store/whenfinished.h"
#include "ui/person/personreads.h"
#include "ui/session/appsession.h"
#include "ui/visit/visitcontroller.h"
#include "ui/visit/visitpresence.h"
#include "ui/visit/visitsnapshot.h"

namespace careround::ui {

namespace {

// PRN limits look back 24 hours; a day more covers a device clock a little behind.
constexpr int PrnLookBackDays = 2;

Result<QList<Record>> readMedication(store::RecordRepository &repo, const QString &personId,
                                     const QDate &day, const QDateTime &now)
{
    QList<Record> out;
    if (auto file = PersonReads::appendPersonFile(
            repo, personId, {QString::fromLatin1(RecordType::MedicationOrder)}, out);
        !file)
        return file.error();
    // Administrations, their corrections and the office's conflict alerts; order amendments.
    auto recent = repo.forPersonSince(personId, now.addDays(-VisitSnapshot::RecentDays));
    if (!recent)
        return recent.error();
    out += std::move(recent).value();
    auto visits = PersonReads::dayVisits(repo, personId, day);
    if (!visits)
        return visits.error();
    out += std::move(visits).value();
    return PersonReads::unique(out);
}

} // namespace

MedicationController::MedicationController(QObject *parent)
    : PersonFileController(parent)
{ }

store::RecordStore::ReadJob MedicationController::readJob(const QString &personId,
                                                          const QDateTime &now) const
{
    const QDate day = careDay();
    return [personId, day, now](store::RecordRepository &repo) {
        return readMedication(repo, personId, day, now);
    };
}

void MedicationController::apply(const QList<Record> &records)
{
    m_records = records;
    m_orders = currentMedicationOrders(records);
    m_dayVisits = PersonReads::plannedVisitsOn(records, personId(), careDay());
    refold();
}

void MedicationController::forget()
{
    m_records.clear();
    m_orders.clear();
    m_dayVisits.clear();
    m_doses.setRows({});
    m_asNeeded.setRows({});
}

DoseContext MedicationController::context() const
{
    DoseContext c;
    c.records = m_records;
    c.orders = m_orders;
    c.dayVisits = m_dayVisits;
    c.visitId = visitId();
    c.day = careDay();
    c.now = now();
    c.zone = zone();
    c.deviceId = author() ? author()->deviceId() : QString();
    c.names = names();
    return c;
}

void MedicationController::refold()
{
    const DoseContext c = context();
    m_doses.setRows(c.visitId.isEmpty() ? QList<DoseRow> {} : VisitDoses::scheduled(c));
    m_asNeeded.setRows(VisitDoses::asNeeded(c));
}

QString MedicationController::summaryText() const
{
    if (!loaded())
        return {};
    const int due = m_doses.count();
    if (due == 0)
        return m_asNeeded.count() > 0 ? tr("No set doses are due at this visit")
                                      : tr("No medicines are recorded on this visit");
    int recorded = 0;
    for (const DoseRow &r : m_doses.rows())
        recorded += r.recorded() ? 1 : 0;
    //: e.g. "3 doses due at this visit, 1 recorded"
    return tr("%n dose(s) due at this visit", nullptr, due) + tr(", %1 recorded").arg(recorded);
}

QString MedicationController::timeCriticalText() const
{
    QList<DueDose> doses;
    for (const DoseRow &r : m_doses.rows())
        doses.append(r.dose);
    const auto flags = timeCriticalFlags(doses);
    const auto flag = flags.constFind(visitId());
    return flag == flags.cend() ? QString() : tr("Time-critical: %1").arg(flag->label());
}

QString MedicationController::attentionText() const
{
    int conflicts = 0, overdue = 0;
    for (const DoseRow &r : m_doses.rows()) {
        conflicts += r.conflict ? 1 : 0;
        overdue += !r.recorded() && r.tone == DoseRow::Tone::Alert ? 1 : 0;
    }
    QStringList parts;
    if (conflicts > 0)
        parts << tr("%n dose(s) with two records: tell the office", nullptr, conflicts);
    if (overdue > 0)
        parts << tr("%n dose(s) past the time they had to be given", nullptr, overdue);
    return parts.join(QStringLiteral(". "));
}

QString MedicationController::partnerId() const
{
    if (!visit() || !visit()->found())
        return {};
    return partnerOf(visit()->snapshot().visit, userId());
}

QString MedicationController::secondSignerName() const
{
    const QString partner = partnerId();
    if (partner.isEmpty())
        return {};
    return names().value(partner, tr("The second worker"));
}

QVariantList MedicationController::outcomeChoices() const
{
    QVariantList out;
    for (const QString &code : medicationOutcomeCodes())
        out.append(QVariantMap {{QStringLiteral("code"), code},
                                {QStringLiteral("text"), MedicationWords::outcome(code)}});
    return out;
}

QVariantList MedicationController::prnEffectChoices() const
{
    QVariantList out;
    for (const QString &code : MedicationWords::prnEffects())
        out.append(QVariantMap {{QStringLiteral("code"), code},
                                {QStringLiteral("text"), MedicationWords::prnEffect(code)}});
    return out;
}

QString MedicationController::reasonPrompt(const QString &outcome) const
{
    return MedicationWords::reasonPrompt(outcome);
}

QVariantList MedicationController::refusalReasonChoices() const
{
    QVariantList out;
    for (const QString &code : refusalReasonCodes())
        out.append(QVariantMap {{QStringLiteral("code"), code},
                                {QStringLiteral("text"), refusalReasonWords(code)}});
    return out;
}

bool MedicationController::isRefusal(const QString &outcome) const
{
    const auto code = medicationOutcomeFromCode(outcome);
    return code == MedicationOutcome::Refused || code == MedicationOutcome::RefusedAndDestroyed;
}

bool MedicationController::isGivenOutcome(const QString &outcome) const
{
    const auto code = medicationOutcomeFromCode(outcome);
    return code && isGiven(*code);
}

QString MedicationController::prnQuantityPrompt(int row) const
{
    const DoseRow *prn = m_asNeeded.row(row);
    return prn ? MedicationWords::prnQuantityPrompt(prn->order) : QString();
}

QString MedicationController::prnReasonPrompt(int row) const
{
    const DoseRow *prn = m_asNeeded.row(row);
    return prn ? MedicationWords::prnReasonPrompt(prn->order) : QString();
}

bool MedicationController::checkedInToRecord()
{
    if (canRecord())
        return true;
    if (visit() && visit()->presence() == VisitController::CheckedOut)
        return fail(QStringLiteral("outcome"), VisitController::checkedOutWords());
    return fail(QStringLiteral("outcome"),
                visit() && visit()->assigned() ? tr("Check in before recording medication")
                                               : tr("You are not on the rota for this visit"));
}

bool MedicationController::saveAdministration(const MedicationOrder &order,
                                              const QJsonObject &payload)
{
    auto checked = MedicationPayloads::checkAgainstOrder(order, payload, userId(), careDay());
    if (!checked)
        return fail(checked.error().field, checked.error().message);
    clearMessages();
    const QString outcome =
        MedicationWords::outcome(payload.value(QLatin1String("outcome")).toString());
    return saveAll({make(QString::fromLatin1(RecordType::MedicationAdministration), payload)},
                   QString::fromLatin1(RecordType::MedicationAdministration),
                   //: e.g. "Saved on this phone: Metformin, Given"
                   tr("Saved on this phone: %1, %2").arg(order.medicine.simplified(), outcome));
}

bool MedicationController::recordDose(int row, const QString &outcome, const QString &reason,
                                      const QString &note, bool secondSigned, bool recordAgain,
                                      const QString &reasonCode)
{
    if (!checkedInToRecord())
        return false;
    const DoseRow *dose = m_doses.row(row);
    if (!dose)
        return fail(QStringLiteral("row"), tr("That dose is no longer on this visit"));
    if (dose->recorded() && !recordAgain)
        return fail(QStringLiteral("recordAgain"), dose->repeatWarning);
    AdministrationInput input;
    input.outcome = outcome;
    input.reason = reason;
    input.reasonCode = reasonCode;
    input.note = note;
    input.scheduledTime = dose->dose.scheduledTime;
    input.secondSignerUserId = secondSigned ? partnerId() : QString();
    input.at = now();
    auto payload = MedicationPayloads::administration(dose->order, input);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    return saveAdministration(dose->order, payload.value());
}

bool MedicationController::recordAsNeeded(int row, const QString &outcome, const QString &dose,
                                          const QString &reason, const QString &note,
                                          bool secondSigned, const QString &reasonCode)
{
    if (!checkedInToRecord())
        return false;
    const DoseRow *prn = m_asNeeded.row(row);
    if (!prn)
        return fail(QStringLiteral("row"), tr("That medicine is no longer on the list"));
    if (m_prnCheckInFlight)
        return fail(QStringLiteral("prn"), tr("The last dose is still being saved"));
    AdministrationInput input;
    input.outcome = outcome;
    input.reason = reason;
    input.reasonCode = reasonCode;
    input.note = note;
    input.dose = dose;
    input.secondSignerUserId = secondSigned ? partnerId() : QString();
    input.at = now();
    auto payload = MedicationPayloads::administration(prn->order, input);
    if (!payload)
        return fail(payload.error().field, payload.error().message);
    const auto code = medicationOutcomeFromCode(outcome);
    const MedicationOrder order = prn->order;
    if (!isGiven(*code))
        return saveAdministration(order, payload.value()); // nothing went in: no limit to check
    store::RecordStore *recordStore = store();
    if (!recordStore)
        return fail({}, tr("CareRound is locked"));
    // Check against what the store holds now, not what was read when the page opened.
    m_prnCheckInFlight = true;
    emit busyChanged();
    const QString person = personId();
    const QDateTime at = input.at;
    const QTimeZone tz = zone();
    whenFinished(recordStore->read([person, at](store::RecordRepository &repo) {
        return repo.forPersonSince(person, at.addDays(-PrnLookBackDays));
    }),
                 this,
                 [this, order, payload = payload.value(), at, tz](const QList<Record> &fresh) {
                     m_prnCheckInFlight = false;
                     emit busyChanged();
                     if (!store())
                         return; // locked meanwhile
                     const PrnDecision decision = checkPrnDose(order, fresh + m_records, at, tz);
                     if (!decision.allowed) {
                         fail(QStringLiteral("prn"), decision.reason);
                         return;
                     }
                     saveAdministration(order, payload);
                 });
    return true;
}

bool MedicationController::recordPrnEffect(int row, const QString &effect, const QString &note)
{
    if (!checkedInToRecord())
        return false;
    const DoseRow *prn = m_asNeeded.row(row);
    if (!prn || prn->followUpRecordId.isEmpty())
        return fail(QStringLiteral("effect"), tr("No dose given here is waiting for its effect"));
    for (const EffectiveRecord &e : prn->records) {
        if (e.record.id != prn->followUpRecordId)
            continue;
        auto replacement = MedicationPayloads::withPrnEffect(e.record.payload, effect, note, now());
        if (!replacement)
            return fail(replacement.error().field, replacement.error().message);
        clearMessages();
        return saveAll({author()->correction(e.record, tr("Effect of the as-needed dose"),
                                             replacement.value())},
                       QString::fromLatin1(RecordType::Amendment),
                       tr("Saved on this phone: %1 was %2")
                           .arg(prn->order.medicine.simplified(),
                                MedicationWords::prnEffect(effect).toLower()));
    }
    return fail(QStringLiteral("effect"), tr("No dose given here is waiting for its effect"));
}

} // namespace careround::ui
