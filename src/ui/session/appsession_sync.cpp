// AppSession and sync: the engine runs while the session is unlocked and writes the sync status;
// a revoked device is wiped; from LockedOut and Wiped the sealed escrow spool is sent without a
// PIN.
#include "appsession.h"
#include "core/hlc.h"
#include "core/recordauthor.h"
#include "sessionworker.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "sync/escrowsender.h"
#include "sync/escrowspool.h"
#include "sync/syncengine.h"
#include "ui/common/wallclock.h"

#include <QtConcurrent/QtConcurrentRun>

namespace careround::ui {

void AppSession::setServerCertificatePem(const QString &pem)
{
    if (m_serverCertificatePem == pem)
        return;
    m_serverCertificatePem = pem;
    emit serverCertificatePemChanged();
}

sync::TransportConfig AppSession::transportConfig(const QString &serverUrl) const
{
    return sync::TransportConfig {QUrl(serverUrl),
                                  sync::certificatesFromPem(m_serverCertificatePem.toUtf8())};
}

void AppSession::setSyncTimingForTests(int debounceMs, int minBackoffMs)
{
    m_syncDebounceMs = debounceMs;
    m_syncMinBackoffMs = minBackoffMs;
}

void AppSession::startSync()
{
    if (m_engine || !m_store || !m_clock)
        return;
    sync::SyncEngineConfig config;
    config.dataDirectory = m_dataDirectory;
    config.profile = m_profile;
    config.transport = transportConfig(m_profile.serverUrl);
    if (m_syncDebounceMs >= 0)
        config.debounceMs = m_syncDebounceMs;
    if (m_syncMinBackoffMs >= 0)
        config.minBackoffMs = m_syncMinBackoffMs;
    m_engine = std::make_unique<sync::SyncEngine>(m_store.get(), m_clock, config);
    sync::SyncEngine *engine = m_engine.get();
    m_syncStatus.follow(engine);
    // On a family member's phone a purged person means their consent to share was withdrawn:
    // the home says so, also after a restart.
    connect(engine, &sync::SyncEngine::peoplePurged, this, &AppSession::applyPurged);
    // Queued: both end the engine, which must not happen inside its own signal.
    connect(
        engine, &sync::SyncEngine::deviceRevoked, this,
        [this] {
            wipeDevice(tr("The office has withdrawn this device, so its records have been "
                          "deleted from it."));
        },
        Qt::QueuedConnection);
    connect(
        engine, &sync::SyncEngine::signInRequired, this,
        [this](const QString &message) {
            if (m_state != Unlocked)
                return;
            stopSync();
            setError(message);
            setState(NeedsEnrolment); // the store stays open; signing in keeps the device key
        },
        Qt::QueuedConnection);
    engine->start();
}

void AppSession::stopSync()
{
    m_engine.reset();
}

void AppSession::applyPurged(const QStringList &personIds)
{
    if (m_profile.role == QLatin1String("family_member"))
        m_purgeNotices.recordPurged(personIds, wallclock::nowUtc());
    emit peoplePurged(personIds);
}

void AppSession::wipeDevice(const QString &message)
{
    ++m_generation; // nothing in flight may reopen anything
    stopSync();
    m_purgeNotices.detach();
    m_author.reset();
    m_clock.reset();
    m_profile = {};
    emit profileChanged();
    store::RecordStore *closing = m_store.release();
    const QString dataDirectory = m_dataDirectory;
    setBusy(true);
    setState(Wiped);
    whenFinished(
        QtConcurrent::run([closing, dataDirectory] {
            if (closing)
                closing->close();
            (void)store::RecordStore::removeFiles(detail::SessionWorker::storePath(dataDirectory));
            sync::EscrowSpool(dataDirectory).clear(); // a revoked device's escrow is refused too
        }),
        this, [this, closing, message] {
            if (closing)
                closing->deleteLater();
            eraseVault(message);
        });
}

void AppSession::sendEscrow()
{
    if (m_escrow && m_escrow->running())
        return;
    if (!m_escrow) {
        m_escrow = std::make_unique<sync::EscrowSender>(
            m_dataDirectory, sync::certificatesFromPem(m_serverCertificatePem.toUtf8()));
        connect(m_escrow.get(), &sync::EscrowSender::finished, this,
                [this](int delivered, int refused, const QString &error) {
                    m_syncStatus.setPhase(SyncStatus::Idle);
                    if (error.isEmpty() && refused == 0 && delivered > 0)
                        m_syncStatus.setLastSuccessfulSync(wallclock::nowUtc());
                    m_syncStatus.setLastError(
                        !error.isEmpty() ? error
                            : refused > 0
                            ? tr("Sealed records refused by the office: %1").arg(refused)
                            : QString());
                    emit escrowFinished(delivered, error);
                });
    }
    m_syncStatus.setPhase(SyncStatus::Pushing);
    m_escrow->start();
}

} // namespace careround::ui
