#pragma once
// What a medication.administration record alone cannot know: whether it fits its order. Run
// before saving (the record itself is checked by validateRecord). Errors name the Record field.
#include "core/medicationorder.h"
#include "core/record.h"
#include "core/result.h"

namespace careround {

// In this order, the first problem:
//  payload.orderId            — not this order's id
//  careDay                    — the order is not active that day (before startDate / after
//  stopDate) payload.prn                — a PRN dose of a regular order, or a regular dose of a PRN
//  order payload.scheduledTime      — not one of the order's times payload.secondSignerUserId — the
//  order needs a second signature for a given-type outcome and
//                               there is none; or (any order) the second signer is the author
Result<void> checkAdministrationAgainstOrder(const MedicationOrder &order,
                                             const QJsonObject &payload,
                                             const QString &authorUserId, const QDate &careDay);
inline Result<void> checkAdministrationAgainstOrder(const MedicationOrder &order,
                                                    const Record &administration)
{
    return checkAdministrationAgainstOrder(order, administration.payload,
                                           administration.authorUserId, administration.careDay);
}

} // namespace careround
