#pragma once
// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) cost parameters for deriving the key that
// wraps the data key from the worker's PIN. Real vaults calibrate them on the device at set-up
// (250-500 ms); the chosen values are stored beside the wrap, so unlock always uses the
// values the wrap was made with.
#include "securekey.h"
#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace careround {

struct KdfParams
{
    // 0 means "not chosen": the vault calibrates at set-up. This is the default for real use.
    std::uint64_t opslimit = 0;
    std::size_t memlimit = 0; // bytes
    double measuredMs = 0; // what one derivation took when calibrated (0 when not measured)

    bool isAuto() const { return opslimit == 0 || memlimit == 0; }
    // Within what this vault accepts (also protects unlock from a tampered file that asks for
    // terabytes of memory or hours of work).
    bool isValid() const;

    // The cheapest Argon2id allowed (OPSLIMIT_MIN, MEMLIMIT_MIN): microseconds, for tests only.
    static KdfParams forTests();

    static constexpr std::size_t DefaultMemlimit = std::size_t(64) << 20; // 64 MiB
    static constexpr std::size_t LowestCalibratedMemlimit = std::size_t(16) << 20;
    static constexpr std::size_t MaxMemlimit = std::size_t(1) << 30; // 1 GiB
    static constexpr std::uint64_t MaxOpslimit = 256;
    static constexpr int SaltSize = 16; // crypto_pwhash_SALTBYTES
};

namespace vault {

// Argon2id(pin, salt) -> 32 bytes in secure memory; an error only if the KDF could not run
// (out of memory). The PIN's UTF-8 copy is wiped before returning.
Result<SecureKey> derivePinKey(const QString &pin, const QByteArray &salt, const KdfParams &params);

// Picks opslimit (memlimit 64 MiB, lowered only on a device too slow for opslimit 1) so one
// derivation takes between targetMsLow and targetMsHigh on this machine. Takes a few seconds.
KdfParams calibrateKdf(int targetMsLow, int targetMsHigh);

// Wall time of one derivation with these parameters, in milliseconds.
double measureKdfMs(const KdfParams &params);

} // namespace vault
} // namespace careround
