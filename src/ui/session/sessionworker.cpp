#include "sessionworker.h"

#include "sql/privatefiles.h"
#include "vault/keyvault.h"

#include <QDir>

namespace careround::ui::detail {

SessionWorker::SessionWorker(QString dataDirectory, bool fastKdfForTests, WallClock clock)
    : m_dataDirectory(std::move(dataDirectory))
    , m_fastKdfForTests(fastKdfForTests)
    , m_clock(std::move(clock))
{ }

SessionWorker::~SessionWorker() = default;

QString SessionWorker::storePath(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("records.db"));
}

std::optional<Error> SessionWorker::ensureVault()
{
    if (m_vault)
        return std::nullopt;
    // Owner-only (0700), tightened if an older version left it looser: everything of this device
    // lives below it.
    if (!files::ensurePrivateFolder(m_dataDirectory))
        return Error {QStringLiteral("dataDirectory"),
                      tr("The folder for this device's records (%1) cannot be created. Check the "
                         "device has free space.")
                          .arg(m_dataDirectory)};
    const KdfParams params = m_fastKdfForTests ? KdfParams::forTests() : KdfParams {};
    m_vault = std::make_unique<KeyVault>(m_dataDirectory, params);
    if (m_clock)
        m_vault->setClock(m_clock);
    return std::nullopt;
}

VaultStatus SessionWorker::status() const
{
    VaultStatus status;
    status.isSetUp = m_vault->isSetUp();
    status.wiped = m_vault->isWiped(); // the 10th wrong PIN: Wiped, and the sealed spool goes out
    status.attemptsLeft = m_vault->attemptsLeft();
    status.attemptsBeforeWipe = m_vault->attemptsBeforeWipe();
    status.maximumAttempts = KeyVault::MaxAttempts;
    status.lockedUntil = m_vault->lockedUntil();
    return status;
}

VaultOutcome SessionWorker::probe()
{
    VaultOutcome outcome;
    if (auto error = ensureVault()) {
        outcome.error = std::move(error);
        return outcome;
    }
    outcome.status = status();
    return outcome;
}

VaultOutcome SessionWorker::setUp(const QString &pin)
{
    VaultOutcome outcome = probe();
    if (outcome.error)
        return outcome;
    auto key = m_vault->setUp(pin);
    outcome.status = status();
    if (!key) {
        outcome.error = key.error();
        return outcome;
    }
    outcome.key = key.value().toByteArray();
    return outcome;
}

VaultOutcome SessionWorker::unlock(const QString &pin)
{
    VaultOutcome outcome = probe();
    if (outcome.error)
        return outcome;
    auto key = m_vault->unlock(pin);
    outcome.status = status();
    if (!key) {
        outcome.wrongPin = true;
        outcome.error = Error {QStringLiteral("pin"), tr("That PIN is not right.")};
        return outcome;
    }
    outcome.key = key.value().toByteArray();
    return outcome;
}

VaultOutcome SessionWorker::erase()
{
    VaultOutcome outcome = probe();
    if (outcome.error)
        return outcome;
    if (auto erased = m_vault->erase(); !erased)
        outcome.error = erased.error();
    outcome.status = status();
    return outcome;
}

} // namespace careround::ui::detail
