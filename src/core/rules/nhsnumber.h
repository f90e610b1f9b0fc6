#pragma once
// NHS number: 10 digits, the last a modulus-11 check digit.
#include "core/result.h"
#include <QString>

namespace careround {

// Accepts "9434765919" or "943 476 5919" (single spaces in the 3-3-4 positions; surrounding spaces
// trimmed) and returns the 10 digits. Check digit: sum of the first nine digits weighted 10..2,
// 11 − (sum mod 11); 11 becomes 0; 10 means the number can never be valid. Errors name "nhsNumber".
Result<QString> checkNhsNumber(const QString &text);
bool isValidNhsNumber(const QString &text);

} // namespace careround
