#include "kdfparams.h"

#include "sodium.h"

#include <sodium.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace careround {

bool KdfParams::isValid() const
{
    return opslimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opslimit <= MaxOpslimit
        && memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memlimit <= MaxMemlimit;
}

KdfParams KdfParams::forTests()
{
    return KdfParams {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN, 0};
}

namespace vault {

static_assert(KdfParams::SaltSize == crypto_pwhash_SALTBYTES);

Result<SecureKey> derivePinKey(const QString &pin, const QByteArray &salt, const KdfParams &params)
{
    ensureSodium();
    if (salt.size() != KdfParams::SaltSize || !params.isValid())
        return Error {QStringLiteral("kdf"),
                      QStringLiteral("The PIN key parameters are not valid.")};
    QByteArray utf8 = pin.toUtf8();
    SecureKey key = SecureKey::zeroed();
    int rc = -1;
    key.withWritableBytes([&](unsigned char *out, std::size_t size) {
        rc = crypto_pwhash(out, size, utf8.constData(), quint64(utf8.size()),
                           reinterpret_cast<const unsigned char *>(salt.constData()),
                           params.opslimit, params.memlimit, crypto_pwhash_ALG_ARGON2ID13);
    });
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (rc != 0)
        return Error {QStringLiteral("kdf"),
                      QStringLiteral("Not enough memory to check the PIN (Argon2id needs %1 MiB).")
                          .arg(params.memlimit >> 20)};
    return key;
}

double measureKdfMs(const KdfParams &params)
{
    QByteArray salt(KdfParams::SaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    QElapsedTimer timer;
    timer.start();
    const auto derived = derivePinKey(QStringLiteral("20481024"), salt, params);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return derived ? ms : -1;
}

KdfParams calibrateKdf(int targetMsLow, int targetMsHigh)
{
    ensureSodium();
    // Aim below the middle: an unlock also makes two durable file writes (about 25 ms here) and
    // shares the machine, and the whole unlock should stay under targetMsHigh.
    const double target = targetMsLow + (targetMsHigh - targetMsLow) * 0.4;
    auto inRange = [&](double ms) {
        return ms >= targetMsLow && ms <= targetMsHigh;
    };

    KdfParams params {1, KdfParams::DefaultMemlimit, 0};
    measureKdfMs(params); // warm-up: the first run also pays for mapping the memory
    KdfParams best = params;
    double bestDistance = INFINITY;
    for (int round = 0; round < 10; ++round) {
        double ms = measureKdfMs(params);
        if (ms < 0) { // not enough memory: ask for less
            if (params.memlimit <= KdfParams::LowestCalibratedMemlimit)
                break;
            params.memlimit /= 2;
            continue;
        }
        params.measuredMs = ms;
        if (std::abs(ms - target) < bestDistance) {
            bestDistance = std::abs(ms - target);
            best = params;
        }
        if (inRange(ms)) {
            // One reading can be a fluke on a shared machine: confirm before settling.
            const double again = measureKdfMs(params);
            if (inRange(again)) {
                params.measuredMs = again;
                return params;
            }
            ms = again;
        }
        if (ms > targetMsHigh && params.opslimit == 1) {
            if (params.memlimit <= KdfParams::LowestCalibratedMemlimit)
                break; // a very slow device: the cheapest calibrated setting is what it gets
            params.memlimit /= 2;
            continue;
        }
        // Argon2id's time grows linearly with opslimit (passes over memory).
        auto next = std::uint64_t(std::llround(double(params.opslimit) * target / ms));
        if (next == params.opslimit)
            next = ms < target ? next + 1 : next - 1;
        params.opslimit = std::clamp<std::uint64_t>(next, 1, KdfParams::MaxOpslimit);
    }
    return best;
}

} // namespace vault
} // namespace careround
