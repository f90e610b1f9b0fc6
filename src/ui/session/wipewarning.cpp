#include "wipewarning.h"

namespace careround::ui {

QString WipeWarning::beforeAttempt(int attemptsBeforeWipe)
{
    if (attemptsBeforeWipe != 1)
        return {};
    return tr("Last try. If this PIN is wrong, CareRound erases the records on this phone and "
              "you will need the office to sign this phone in again. Records not sent yet are "
              "not lost: they were sealed when you saved them and still reach the office, sealed, "
              "the next time this phone is online. If you are not sure of your PIN, phone the "
              "office now instead.");
}

} // namespace careround::ui
