#include "wipewarning.h"

namespace careround::ui {

QString WipeWarning::beforeAttempt(int attemptsBeforeWipe)
{
    if (attemptsBeforeWipe != 1)
        return {};
    return tr("Last try. A wrong PIN now erases the records on this phone. Records not sent yet "
              "still reach the office, sealed. Not sure of your PIN? Phone the office instead.");
}

} // namespace careround::ui
