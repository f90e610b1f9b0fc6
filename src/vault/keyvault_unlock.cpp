// KeyVault's PIN check: the attempt counter, lockout and wipe (LockoutPolicy).
#include "keyvault_p.h"

#include "keywrap.h"

#include <sodium.h>

#include <QDebug>

#include <cmath>

namespace careround {

using vault::VaultFile;
using vault::VaultState;

namespace {
QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

int minutesUntil(const QDateTime &from, const QDateTime &until)
{
    return int(std::ceil(double(from.secsTo(until)) / 60.0));
}
} // namespace

Error KeyVault::lockedOut(const QDateTime &until) const
{
    return Error {QStringLiteral("pin"),
                  tr("Too many wrong PINs. Try again after %1 (in %n minute(s)).", nullptr,
                     minutesUntil(now(), until))
                      .arg(clockTime(until))};
}

Error KeyVault::wrongPin(const VaultState &counted) const
{
    const int beforeWipe = LockoutPolicy::attemptsBeforeWipe(counted.failures);
    if (!counted.lockedUntil.isValid())
        return Error {QStringLiteral("pin"),
                      tr("That PIN is not right. %n attempt(s) left.", nullptr,
                         LockoutPolicy::attemptsLeft(counted.failures))};
    return Error {QStringLiteral("pin"),
                  tr("That PIN is not right. Try again after %1 (in %n minute(s)).", nullptr,
                     minutesUntil(now(), counted.lockedUntil))
                          .arg(clockTime(counted.lockedUntil))
                      + QLatin1Char(' ')
                      + tr("After %n more wrong PIN(s) the key to this device's records is "
                           "destroyed.",
                           nullptr, beforeWipe)};
}

Error KeyVault::wipe(VaultState state)
{
    state.wiped = true;
    state.wipedAt = now();
    state.lockedUntil = {};
    if (!state.wrappedKey.isEmpty())
        sodium_memzero(state.wrappedKey.data(), std::size_t(state.wrappedKey.size()));
    state.nonce.clear();
    state.wrappedKey.clear();
    if (auto written = writeState(state); !written)
        qWarning("KeyVault: the wipe could not be saved (%s); it is retried at the next unlock",
                 qPrintable(written.error().message));
    // Without the platform key, old copies of the wrap (say, in flash blocks the file system
    // has not reused yet) cannot be opened either.
    if (state.usesPlatformKey() && m_platformKeyStore)
        m_platformKeyStore->remove(state.platformKeyName);
    return fail(Failure::Wiped,
                Error {QStringLiteral("vault"),
                       tr("Too many wrong PINs: the key to this device's records has been "
                          "destroyed. Ask the office to enrol this device again; records not yet "
                          "sent are sealed for the office and can still be delivered.")});
}

Result<SecureKey> KeyVault::loadPlatformKey(const VaultState &state)
{
    auto unavailable = [this](const QString &why) {
        return fail(Failure::PlatformKeyUnavailable,
                    Error {QStringLiteral("platformKeyStore"),
                           tr("This device's key store did not unlock (%1). Your PIN was not "
                              "checked and no attempt was counted; try again.")
                               .arg(why)});
    };
    if (!m_platformKeyStore)
        return unavailable(QStringLiteral("no platform key store in this build"));
    auto loaded = m_platformKeyStore->load(state.platformKeyName);
    if (!loaded)
        return unavailable(loaded.error().message);
    auto key = SecureKey::fromBytes(loaded.value());
    sodium_memzero(loaded.value().data(), std::size_t(loaded.value().size()));
    if (!key)
        return unavailable(QStringLiteral("the stored key has the wrong size"));
    return std::move(key).value();
}

Result<KeyVault::Unwrapped> KeyVault::checkPin(const QString &pin)
{
    m_lastFailure = Failure::None;
    if (pin.isEmpty())
        return fail(Failure::InvalidPin, Error {QStringLiteral("pin"), tr("Enter your PIN.")});
    auto read = readState();
    if (!read)
        return fail(Failure::Corrupt, corrupt(read.error()));
    if (!read.value())
        return fail(Failure::NotSetUp,
                    Error {QStringLiteral("vault"), tr("No PIN is set up on this device yet.")});
    const VaultState state = *read.value();
    if (state.wiped)
        return wipe(state); // says so again (and retries removing the platform key)
    if (state.failures >= LockoutPolicy::WipeAfterFailures)
        return wipe(state); // the app died during the last allowed check
    const QDateTime checkedAt = now();
    if (state.lockedUntil.isValid() && checkedAt < state.lockedUntil)
        return fail(Failure::LockedOut, lockedOut(state.lockedUntil));

    SecureKey platformKey;
    if (state.usesPlatformKey()) {
        auto loaded = loadPlatformKey(state);
        if (!loaded)
            return loaded.error();
        platformKey = std::move(loaded).value();
    }

    // Count the attempt, and start any wait it earns, before Argon2id runs: a process killed
    // during the check has then already paid for the guess.
    VaultState counted = state;
    counted.failures += 1;
    const auto wait = LockoutPolicy::lockoutAfter(counted.failures);
    counted.lockedUntil = wait.count() > 0 ? checkedAt.addSecs(wait.count()) : QDateTime();
    if (auto written = writeState(counted); !written)
        return storageFailed(written.error(), tr("Your PIN was not checked."));

    auto pinKey = vault::derivePinKey(pin, state.salt, state.kdf);
    if (!pinKey) {
        writeState(state); // not the worker's fault: give the attempt back
        return fail(Failure::KdfFailed, pinKey.error());
    }
    const SecureKey kek =
        vault::keyEncryptionKey(pinKey.value(), platformKey.isNull() ? nullptr : &platformKey);
    SecureKey dataKey =
        vault::unwrapKey(state.nonce, state.wrappedKey, kek, vault::associatedData(state));
    if (dataKey.isNull()) {
        if (counted.failures >= LockoutPolicy::WipeAfterFailures)
            return wipe(counted);
        return fail(Failure::WrongPin, wrongPin(counted));
    }

    VaultState reset = state;
    reset.failures = 0;
    reset.lockedUntil = {};
    if (auto written = writeState(reset); !written)
        qWarning("KeyVault: the right PIN could not reset the attempt count (%s)",
                 qPrintable(written.error().message));
    return Unwrapped {std::move(dataKey), std::move(platformKey), std::move(reset)};
}

Result<SecureKey> KeyVault::unlock(const QString &pin)
{
    auto unwrapped = checkPin(pin);
    if (!unwrapped)
        return unwrapped.error();
    return std::move(unwrapped.value().dataKey);
}

} // namespace careround
