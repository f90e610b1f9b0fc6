#include "pinpolicy.h"

#include <algorithm>

namespace careround {

namespace {
bool isStraightRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).unicode() - pin.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}
} // namespace

Result<void> PinPolicy::check(const QString &pin, const QString &field)
{
    if (pin.isEmpty())
        return Error {field, tr("Enter a PIN.")};
    if (!std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Error {field, tr("Use digits 0 to 9 only.")};
    if (pin.size() < MinimumLength)
        return Error {field, tr("Use at least %1 digits.").arg(MinimumLength)};
    if (pin.size() > MaximumLength)
        return Error {field, tr("Use at most %1 digits.").arg(MaximumLength)};
    if (std::all_of(pin.begin(), pin.end(), [&pin](QChar c) { return c == pin.front(); }))
        return Error {field, tr("Do not repeat one digit (like 111111): it is guessed first.")};
    if (isStraightRun(pin, 1) || isStraightRun(pin, -1))
        return Error {field, tr("Do not use digits in a row (like 123456): it is guessed first.")};
    return {};
}

} // namespace careround
