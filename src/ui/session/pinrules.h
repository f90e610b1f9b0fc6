#pragma once
// What makes a new PIN acceptable. The vault limits guesses (attempts, lockout); these rules
// stop the PINs that would be guessed first: too short, one digit repeated, a straight run.
#include "core/result.h"
#include <QCoreApplication>
#include <QString>

namespace careround::ui {

class PinRules
{
    Q_DECLARE_TR_FUNCTIONS(PinRules)
public:
    static constexpr int MinimumLength = 6;
    static constexpr int MaximumLength = 12;

    // Ok, or an Error on field "pin" saying what to change.
    static Result<void> check(const QString &pin);
    // The rules in one or two sentences, for the set-up screen.
    static QString description();
};

} // namespace careround::ui
