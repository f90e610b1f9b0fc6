#include "medicationpayloads.h"

#include "core/medicationoutcome.h"
#include "core/refusalreasons.h"
#include "core/rules/administrationcheck.h"
#include "core/rules/prnquantity.h"
#include "medicationwords.h"

namespace careround::ui {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QJsonObject> MedicationPayloads::administration(const MedicationOrder &order,
                                                       const AdministrationInput &input)
{
    const auto outcome = medicationOutcomeFromCode(input.outcome);
    if (!outcome)
        return Error {QStringLiteral("outcome"),
                      tr("Choose what happened with %1").arg(order.medicine.simplified())};
    QString reason = input.reason.trimmed();
    QString reasonCode = input.reasonCode;
    const bool refusal = *outcome == MedicationOutcome::Refused
        || *outcome == MedicationOutcome::RefusedAndDestroyed;
    if (refusal) {
        // The fixed list (core refusalreasons.h); words without a code are "other".
        if (reasonCode.isEmpty() && !reason.isEmpty())
            reasonCode = OtherRefusalReason;
        if (auto why = requireRefusalReason(reasonCode, reason); !why)
            return why.error();
        if (reason.isEmpty())
            reason = refusalReasonWords(reasonCode); // the MAR and older readers show the words
    } else if (outcomeNeedsReason(*outcome) && reason.isEmpty()) {
        return Error {QStringLiteral("reason"), MedicationWords::reasonPrompt(input.outcome)};
    }
    QJsonObject p {{QStringLiteral("orderId"), order.orderId},
                   {QStringLiteral("outcome"), input.outcome}};
    if (order.prn)
        p.insert(QStringLiteral("prn"), true);
    else
        p.insert(QStringLiteral("scheduledTime"), input.scheduledTime);
    if (isGiven(*outcome)) {
        QString dose =
            input.dose.trimmed().isEmpty() ? order.dose.simplified() : input.dose.simplified();
        if (order.prn) {
            // As needed: how much, within the dose rule, and why (the indication).
            auto quantity = checkPrnQuantity(order.prnProtocol, input.dose);
            if (!quantity)
                return quantity.error();
            dose = quantity.value();
            if (reason.isEmpty())
                return Error {QStringLiteral("reason"), MedicationWords::prnReasonPrompt(order)};
        }
        if (dose.isEmpty())
            return Error {QStringLiteral("dose"), tr("Say the dose that was given")};
        p.insert(QStringLiteral("dose"), dose);
        p.insert(QStringLiteral("administeredAt"), isoUtc(input.at));
    }
    if (refusal)
        p.insert(QStringLiteral("reasonCode"), reasonCode);
    if (!reason.isEmpty())
        p.insert(QStringLiteral("reason"), reason);
    if (!input.note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), input.note.trimmed());
    if (!input.secondSignerUserId.isEmpty())
        p.insert(QStringLiteral("secondSignerUserId"), input.secondSignerUserId);
    return p;
}

Result<void> MedicationPayloads::checkAgainstOrder(const MedicationOrder &order,
                                                   const QJsonObject &payload,
                                                   const QString &authorUserId,
                                                   const QDate &careDay)
{
    auto checked = checkAdministrationAgainstOrder(order, payload, authorUserId, careDay);
    if (checked)
        return checked;
    const QString field = checked.error().field;
    const QString medicine = order.medicine.simplified();
    if (field == QLatin1String("payload.secondSignerUserId")) {
        if (payload.value(QLatin1String("secondSignerUserId")).toString() == authorUserId)
            return Error {QStringLiteral("secondSigner"),
                          tr("The second signature must be another worker's, not yours")};
        return Error {QStringLiteral("secondSigner"),
                      tr("%1 needs a second worker to sign that they saw it given. Ask them to "
                         "confirm below, or record why it was not given.")
                          .arg(medicine)};
    }
    if (field == QLatin1String("careDay"))
        return Error {QStringLiteral("careDay"), checked.error().message}; // already in words
    if (field == QLatin1String("payload.scheduledTime"))
        return Error {
            QStringLiteral("scheduledTime"),
            tr("This dose time is not on the order for %1: sync, or ask the office").arg(medicine)};
    if (field == QLatin1String("payload.prn"))
        return Error {QStringLiteral("prn"),
                      order.prn ? tr("%1 is an as-needed (PRN) medicine: record it under As "
                                     "needed")
                                      .arg(medicine)
                                : tr("%1 is given at set times, not as needed").arg(medicine)};
    return Error {QStringLiteral("orderId"),
                  tr("This record is not for %1: open the dose again").arg(medicine)};
}

Result<QJsonObject> MedicationPayloads::withPrnEffect(const QJsonObject &administration,
                                                      const QString &effect, const QString &note,
                                                      const QDateTime &at)
{
    if (!administration.value(QLatin1String("prn")).toBool())
        return Error {QStringLiteral("recordId"),
                      tr("The effect is recorded only for as-needed (PRN) doses")};
    const auto outcome =
        medicationOutcomeFromCode(administration.value(QLatin1String("outcome")).toString());
    if (!outcome || !isGiven(*outcome))
        return Error {QStringLiteral("recordId"),
                      tr("The effect is recorded only for a dose that was given")};
    if (!MedicationWords::prnEffects().contains(effect))
        return Error {QStringLiteral("effect"), tr("Choose how well it worked")};
    QJsonObject e {{QStringLiteral("effect"), effect}, {QStringLiteral("recordedAt"), isoUtc(at)}};
    if (!note.trimmed().isEmpty())
        e.insert(QStringLiteral("note"), note.trimmed());
    QJsonObject p = administration;
    p.insert(QStringLiteral("prnEffect"), e);
    return p;
}

} // namespace careround::ui
