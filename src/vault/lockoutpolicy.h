#pragma once
// How many wrong PINs the vault allows, as pure functions of the count of consecutive failures.
//   failures 1-4: no wait (5 free attempts in all)
//   failure 5:    wait 1 minute; each later failure doubles the wait (2, 4, 8, 16 min ...),
//                 capped at 1 hour; after a wait ends, one more attempt is allowed
//   failure 10:   the wrapped data key is destroyed; the device must be enrolled again
// Only a correct PIN resets the count. Changing the device clock can shorten a wait, never the
// count, so the wipe still comes after 10 wrong PINs.
#include <QtGlobal>
#include <chrono>

namespace careround {

struct LockoutPolicy
{
    static constexpr int FreeAttempts = 5;
    static constexpr int WipeAfterFailures = 10;
    static constexpr std::chrono::seconds FirstLockout {60};
    static constexpr std::chrono::seconds MaxLockout {3600};

    // The wait that starts with the `failures`-th consecutive wrong PIN (zero for none).
    static std::chrono::seconds lockoutAfter(int failures);
    // Wrong PINs still allowed before the next wait or the wipe (once any wait has ended).
    static int attemptsLeft(int failures);
    // Wrong PINs still allowed before the key is destroyed.
    static int attemptsBeforeWipe(int failures);
};

} // namespace careround
