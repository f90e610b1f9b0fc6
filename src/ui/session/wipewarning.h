#pragma once
// The warning on the PIN screen before the attempt that would erase the phone (the vault
// destroys its key at the 10th wrong PIN in a row, LockoutPolicy). It says what happens to the
// records not sent yet, and only what is true: they were sealed to the organisation's key when
// they were saved, and the sealed copies are sent to the office without the PIN (docs/sync.md,
// "Sealed escrow"), so the office still receives them; nobody can read them on the phone.
#include <QCoreApplication>
#include <QString>

namespace careround::ui {

class WipeWarning
{
    Q_DECLARE_TR_FUNCTIONS(WipeWarning)

public:
    // Empty unless the next wrong PIN erases the phone (exactly one attempt before the wipe).
    static QString beforeAttempt(int attemptsBeforeWipe);
};

} // namespace careround::ui
