#pragma once
// libsodium must be initialised once per process before any call; every vault entry point
// calls ensureSodium() first. Safe to call from several threads.
namespace careround::vault {

// Initialises libsodium; aborts the process if it cannot (no usable random source), because
// nothing in the vault may run without a working CSPRNG.
void ensureSodium();

} // namespace careround::vault
