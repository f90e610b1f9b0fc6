#pragma once
// Which PINs the vault accepts for a new wrap. The attempt limit stops online guessing; these
// rules stop the PINs guessed first. The same rules as the set-up screen (ui::PinRules), checked
// again here because the vault is the boundary that stores the wrap.
#include "core/result.h"
#include <QCoreApplication>
#include <QString>

namespace careround {

class PinPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PinPolicy)
public:
    static constexpr int MinimumLength = 6;
    static constexpr int MaximumLength = 12;

    // Ok, or an Error on `field` saying what to change. Digits 0-9 only; 6-12 of them; not one
    // digit repeated (111111); not a straight run up or down (123456, 987654).
    static Result<void> check(const QString &pin, const QString &field = QStringLiteral("pin"));
};

} // namespace careround
