#pragma once
// An as-needed (PRN) dose must say how much was given, within the order's dose rule (issue 17).
// The dose rule is the prescriber's words ("1 or 2 tablets", "1-2 tablets", "one or two tablets",
// "5 ml"): its numbers (digits, decimals or the words one to ten) give the lowest and highest
// quantity; the words after the last number are the unit. A rule with no number cannot be checked
// here: any quantity above zero is taken, and the worker's words stand.
#include "core/medicationorder.h"
#include "core/result.h"
#include <optional>

namespace careround {

struct PrnDoseRange
{
    double minimum = 0;
    double maximum = 0;
    QString unit; // "tablets"; empty when the rule names none
};

std::optional<PrnDoseRange> prnDoseRange(const QString &doseRule);

// The quantity the worker typed ("2", "1.5", "2 tablets") checked against the rule. Returns the
// dose to record ("2 tablets"). Error field "dose", the message says the allowed range.
Result<QString> checkPrnQuantity(const PrnProtocol &protocol, const QString &quantity);

} // namespace careround
