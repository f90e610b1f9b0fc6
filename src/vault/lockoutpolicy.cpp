#include "lockoutpolicy.h"

#include <algorithm>

namespace careround {

std::chrono::seconds LockoutPolicy::lockoutAfter(int failures)
{
    if (failures < FreeAttempts || failures >= WipeAfterFailures)
        return std::chrono::seconds {0};
    std::chrono::seconds wait = FirstLockout;
    for (int i = FreeAttempts; i < failures && wait < MaxLockout; ++i)
        wait *= 2;
    return std::min(wait, MaxLockout);
}

int LockoutPolicy::attemptsLeft(int failures)
{
    if (failures >= WipeAfterFailures)
        return 0;
    if (failures < FreeAttempts)
        return FreeAttempts - failures;
    return 1;
}

int LockoutPolicy::attemptsBeforeWipe(int failures)
{
    return std::max(0, WipeAfterFailures - failures);
}

} // namespace careround
