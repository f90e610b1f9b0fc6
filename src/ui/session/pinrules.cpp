#include "pinrules.h"

#include <algorithm>

namespace careround::ui {

namespace {
Error pinError(const QString &message)
{
    return Error {QStringLiteral("pin"), message};
}

bool isStraightRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if (pin.at(i).digitValue() - pin.at(i - 1).digitValue() != step)
            return false;
    }
    return true;
}
} // namespace

Result<void> PinRules::check(const QString &pin)
{
    if (pin.isEmpty())
        return pinError(tr("Enter a PIN."));
    if (!std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return pinError(tr("Use digits 0 to 9 only."));
    if (pin.size() < MinimumLength)
        return pinError(tr("Use at least %1 digits.").arg(MinimumLength));
    if (pin.size() > MaximumLength)
        return pinError(tr("Use at most %1 digits.").arg(MaximumLength));
    if (std::all_of(pin.begin(), pin.end(), [&pin](QChar c) { return c == pin.front(); }))
        return pinError(tr("Do not repeat one digit (like 111111): it is guessed first."));
    if (isStraightRun(pin, 1) || isStraightRun(pin, -1))
        return pinError(tr("Do not use digits in a row (like 123456): it is guessed first."));
    return {};
}

QString PinRules::description()
{
    return tr("Use %1 to %2 digits that others would not guess: no repeats like 111111, no runs "
              "like 123456, not your birthday.")
        .arg(MinimumLength)
        .arg(MaximumLength);
}

} // namespace careround::ui
