#include "sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace careround::vault {

void ensureSodium()
{
    static const bool initialised = [] {
        if (sodium_init() < 0) {
            std::fputs("careround: libsodium could not be initialised\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)initialised;
}

} // namespace careround::vault
