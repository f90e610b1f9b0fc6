#pragma once
// What the eMAR's forms become: a medication.administration payload (docs/domain.md) from the
// outcome the worker chose, the reason they wrote, the dose and the second signer, with errors
// in words next to the field at fault; then the check against the order
// (core checkAdministrationAgainstOrder) with its error put in words for the worker. The store
// validates every record again on save.
#include "core/medicationorder.h"
#include "core/result.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace careround::ui {

struct AdministrationInput
{
    QString outcome; // a code of the fixed list
    QString reason; // required for every not-given outcome, "other" and "partly taken"; a PRN
                    // dose given: the indication (why it was needed)
    QString reasonCode; // a refusal: the fixed list (core refusalreasons.h); words alone = "other"
    QString note;
    QString dose; // PRN: the quantity given, within the dose rule (core prnquantity.h)
    QString scheduledTime; // regular doses: the slot "HH:mm"; empty for PRN
    QString secondSignerUserId; // empty = none
    QDateTime at; // when it happened (administeredAt for a given-type outcome)
};

class MedicationPayloads
{
    Q_DECLARE_TR_FUNCTIONS(MedicationPayloads)
public:
    // Errors name "outcome", "reasonCode", "reason" or "dose" and say what to do.
    static Result<QJsonObject> administration(const MedicationOrder &order,
                                              const AdministrationInput &input);
    // The order check before saving, its error in words (fields "secondSigner", "careDay",
    // "scheduledTime", "prn", "orderId").
    static Result<void> checkAgainstOrder(const MedicationOrder &order, const QJsonObject &payload,
                                          const QString &authorUserId, const QDate &careDay);
    // A PRN dose's payload with its effect added (the follow-up, saved as a correction). Error
    // field "effect" for an unknown effect, "recordId" when the dose is not a PRN dose given.
    static Result<QJsonObject> withPrnEffect(const QJsonObject &administration,
                                             const QString &effect, const QString &note,
                                             const QDateTime &at);
};

} // namespace careround::ui
