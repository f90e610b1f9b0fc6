#pragma once
// Internals shared by keyvault.cpp and keyvault_unlock.cpp.
#include "keyvault.h"
#include "vaultfile.h"

namespace careround {

struct KeyVault::Unwrapped
{
    SecureKey dataKey;
    SecureKey platformKey; // null for a PIN-only wrap
    vault::VaultState state; // as written after the successful check
};

} // namespace careround
