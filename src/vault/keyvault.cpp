#include "keyvault_p.h"

#include "keywrap.h"
#include "pinpolicy.h"
#include "sodium.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace careround {

using vault::VaultFile;
using vault::VaultState;

KeyVault::KeyVault(QString directory, KdfParams params,
                   std::shared_ptr<PlatformKeyStore> platformKeyStore)
    : m_directory(std::move(directory))
    , m_params(params)
    , m_platformKeyStore(std::move(platformKeyStore))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    vault::ensureSodium();
}

KeyVault::~KeyVault() = default;

void KeyVault::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime KeyVault::now() const
{
    return m_clock().toUTC();
}

QString KeyVault::filePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(VaultFile::FileName));
}

KdfParams KeyVault::calibrate(int targetMsLow, int targetMsHigh)
{
    return vault::calibrateKdf(targetMsLow, targetMsHigh);
}

Result<std::optional<VaultState>> KeyVault::readState() const
{
    return VaultFile::read(filePath());
}

Result<void> KeyVault::writeState(const VaultState &state)
{
    return VaultFile::write(filePath(), state);
}

Error KeyVault::fail(Failure failure, Error error)
{
    m_lastFailure = failure;
    return error;
}

Error KeyVault::corrupt(const Error &detail) const
{
    return Error {QStringLiteral("vault"),
                  tr("The key vault file %1 is damaged: %2. Nothing was changed; ask the office "
                     "for help.")
                      .arg(filePath(), detail.message)};
}

Error KeyVault::storageFailed(const Error &detail, const QString &consequence)
{
    return fail(Failure::StorageFailed,
                Error {QStringLiteral("vault"),
                       tr("The key vault file %1 could not be saved (%2). %3")
                           .arg(filePath(), detail.message, consequence)});
}

// ---- state getters: a damaged or missing file reads as "nothing allowed" ----

bool KeyVault::isSetUp() const
{
    return QFile::exists(filePath());
}

bool KeyVault::isWiped() const
{
    const auto state = readState();
    return state && state.value() && state.value()->wiped;
}

bool KeyVault::usesPlatformKeyStore() const
{
    const auto state = readState();
    return state && state.value() && state.value()->usesPlatformKey();
}

int KeyVault::attemptsLeft() const
{
    const auto state = readState();
    if (!state || !state.value() || state.value()->wiped)
        return 0;
    return LockoutPolicy::attemptsLeft(state.value()->failures);
}

int KeyVault::attemptsBeforeWipe() const
{
    const auto state = readState();
    if (!state || !state.value() || state.value()->wiped)
        return 0;
    return LockoutPolicy::attemptsBeforeWipe(state.value()->failures);
}

bool KeyVault::isLockedOut(const QDateTime &now) const
{
    const auto state = readState();
    if (!state || !state.value())
        return false;
    const QDateTime until = state.value()->lockedUntil;
    return until.isValid() && now.toUTC() < until;
}

QDateTime KeyVault::lockedUntil() const
{
    const auto state = readState();
    if (!state || !state.value())
        return {};
    const QDateTime until = state.value()->lockedUntil;
    return until.isValid() && now() < until ? until : QDateTime();
}

std::optional<Error> KeyVault::fileError() const
{
    const auto state = readState();
    if (!state)
        return corrupt(state.error());
    return std::nullopt;
}

// ---- set-up, PIN change, erase ----

void KeyVault::setPlatformWrap(VaultState &state, SecureKey &platformKey)
{
    if (!m_platformKeyStore) {
        state.platformNote = QStringLiteral("PIN only: this build has no platform key store");
        return;
    }
    // A round trip (store, read back, compare) is the only proof the store really works:
    // on headless Linux the service may be absent, locked, or answer with an error.
    QByteArray nameBytes(16, Qt::Uninitialized);
    randombytes_buf(nameBytes.data(), std::size_t(nameBytes.size()));
    const QString name = QStringLiteral("vault-") + QString::fromLatin1(nameBytes.toHex());
    SecureKey candidate = SecureKey::random();
    QByteArray secret;
    candidate.withBytes([&secret](const unsigned char *bytes, std::size_t size) {
        secret = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
    });
    auto stored = m_platformKeyStore->store(name, secret);
    std::optional<Error> problem;
    if (!stored) {
        problem = stored.error();
    } else if (auto loaded = m_platformKeyStore->load(name); !loaded) {
        problem = loaded.error();
    } else {
        if (loaded.value() != secret)
            problem = Error {QStringLiteral("platformKeyStore"),
                             QStringLiteral("the key read back differs from the key stored")};
        sodium_memzero(loaded.value().data(), std::size_t(loaded.value().size()));
    }
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    if (problem) {
        m_platformKeyStore->remove(name); // best effort: leave nothing half-made behind
        state.platformNote = QStringLiteral("PIN only: %1 unavailable at set-up: %2")
                                 .arg(m_platformKeyStore->description(), problem->message);
        return;
    }
    state.platformKeyName = name;
    state.platformNote =
        QStringLiteral("wrapped with PIN and %1").arg(m_platformKeyStore->description());
    platformKey = std::move(candidate);
}

Result<void> KeyVault::wrapAndWrite(VaultState state, const SecureKey &dataKey, const QString &pin,
                                    const SecureKey *platformKey, const QString &consequence)
{
    state.salt.resize(KdfParams::SaltSize);
    randombytes_buf(state.salt.data(), std::size_t(state.salt.size()));
    auto pinKey = vault::derivePinKey(pin, state.salt, state.kdf);
    if (!pinKey)
        return fail(Failure::KdfFailed, pinKey.error());
    const SecureKey kek = vault::keyEncryptionKey(pinKey.value(), platformKey);
    const vault::WrappedKey wrapped = vault::wrapKey(dataKey, kek, vault::associatedData(state));
    state.nonce = wrapped.nonce;
    state.wrappedKey = wrapped.ciphertext;
    state.createdAt = now();
    if (auto written = writeState(state); !written)
        return storageFailed(written.error(), consequence);
    return {};
}

Result<SecureKey> KeyVault::setUp(const QString &pin)
{
    m_lastFailure = Failure::None;
    if (auto checked = PinPolicy::check(pin); !checked)
        return fail(Failure::InvalidPin, checked.error());
    if (isSetUp())
        return fail(Failure::AlreadySetUp,
                    Error {QStringLiteral("vault"),
                           tr("A PIN is already set up on this device; unlock with it instead.")});
    const bool folderExisted = QFileInfo(m_directory).isDir();
    if (!QDir().mkpath(m_directory))
        return fail(Failure::StorageFailed,
                    Error {QStringLiteral("vault"),
                           tr("The folder %1 could not be created.").arg(m_directory)});
    if (!folderExisted) // owner-only, like the vault file itself
        QFile::setPermissions(
            m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    VaultState state;
    state.kdf = m_params.isAuto() ? calibrate() : m_params;
    SecureKey platformKey;
    setPlatformWrap(state, platformKey);
    SecureKey dataKey = SecureKey::random();
    auto written = wrapAndWrite(state, dataKey, pin, platformKey.isNull() ? nullptr : &platformKey,
                                tr("No PIN was set up."));
    if (!written) {
        if (!state.platformKeyName.isEmpty())
            m_platformKeyStore->remove(state.platformKeyName);
        return written.error();
    }
    return dataKey;
}

Result<void> KeyVault::changePin(const QString &oldPin, const QString &newPin)
{
    m_lastFailure = Failure::None;
    if (auto checked = PinPolicy::check(newPin, QStringLiteral("newPin")); !checked)
        return fail(Failure::InvalidPin, checked.error());
    if (newPin == oldPin)
        return fail(
            Failure::InvalidPin,
            Error {QStringLiteral("newPin"), tr("Choose a PIN different from the old one.")});
    auto unwrapped = checkPin(oldPin);
    if (!unwrapped) {
        Error error = unwrapped.error();
        if (error.field == QLatin1String("pin"))
            error.field = QStringLiteral("oldPin");
        return error;
    }
    Unwrapped &current = unwrapped.value();
    VaultState next = current.state;
    if (!m_params.isAuto())
        next.kdf = m_params; // otherwise keep the parameters calibrated on this device
    const SecureKey *platformKey = current.platformKey.isNull() ? nullptr : &current.platformKey;
    return wrapAndWrite(next, current.dataKey, newPin, platformKey,
                        tr("The PIN was not changed; the old PIN still works."));
}

Result<void> KeyVault::erase()
{
    m_lastFailure = Failure::None;
    const auto state = readState();
    if (state && state.value() && state.value()->usesPlatformKey() && m_platformKeyStore)
        m_platformKeyStore->remove(state.value()->platformKeyName);
    QFile file(filePath());
    if (file.exists() && !file.remove())
        return fail(Failure::StorageFailed,
                    Error {QStringLiteral("vault"),
                           tr("The key vault file %1 could not be removed (%2).")
                               .arg(filePath(), file.errorString())});
    return {};
}

} // namespace careround
