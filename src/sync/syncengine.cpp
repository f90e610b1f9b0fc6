// SyncEngine: start-up (credentials, cursor, escrow reconcile), what starts a cycle, backoff and
// the state the status bar shows. The steps of a cycle are in syncengine_{auth,push,pull}.cpp.
#include "syncengine.h"
#include "core/hlc.h"
#include "core/recordcodec.h"
#include "devicekeys.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

EscrowSealer::EscrowSealer(QString dataDirectory, QByteArray deviceSecretKey,
                           QByteArray escrowPublicKey)
    : m_spool(dataDirectory)
    , m_tag(QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)))
    , m_secretKey(std::move(deviceSecretKey))
    , m_escrowKey(std::move(escrowPublicKey))
{ }

void EscrowSealer::seal(const QString &recordId, const QByteArray &recordJson)
{
    const QByteArray sealed = DeviceKeys::sealForEscrow(recordJson, m_secretKey, m_escrowKey);
    if (!sealed.isEmpty())
        (void)m_spool.put(recordId, sealed); // a failure is repaired at the next start
}

void EscrowSealer::stage(const QList<Record> &records)
{
    for (const Record &record : records) {
        const QByteArray sealed =
            DeviceKeys::sealForEscrow(RecordCodec::encode(record), m_secretKey, m_escrowKey);
        if (!sealed.isEmpty())
            (void)m_spool.stage(record.id, sealed, m_tag); // repaired at the next start
    }
}

void EscrowSealer::finish(const QList<Record> &records, bool committed)
{
    for (const Record &record : records) {
        if (committed)
            (void)m_spool.publish(record.id, m_tag);
        else
            m_spool.discard(record.id, m_tag);
    }
}

SyncEngine::SyncEngine(store::RecordStore *store, std::shared_ptr<HybridLogicalClock> clock,
                       SyncEngineConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_config(std::move(config))
    , m_transport(std::make_unique<SyncTransport>(m_config.transport))
{
    m_pool.setMaxThreadCount(1);
    m_cycleTimer.setSingleShot(true);
    connect(&m_cycleTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_periodicTimer.setInterval(m_config.periodicMs);
    connect(&m_periodicTimer, &QTimer::timeout, this, [this] { scheduleCycle(0); });
    connect(m_transport.get(), &SyncTransport::clockSkewMeasured, this, [this](qint64 skewMs) {
        m_clockSkewMs = skewMs;
        emit clockSkewChanged(skewMs);
    });
    connect(m_store, &store::RecordStore::pendingCountChanged, this, &SyncEngine::onPendingCount);
    if (m_config.watchNetwork && QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online) {
                        m_failures = 0; // the network is back: no reason to wait
                        scheduleCycle(0);
                    }
                });
    }
}

SyncEngine::~SyncEngine()
{
    m_store->setCommitObserver({});
    m_transport->abortAll();
    m_pool.waitForDone();
}

void SyncEngine::start()
{
    using Stored = Result<std::optional<QByteArray>>;
    whenFinished(
        m_store->deviceState(QString::fromLatin1(SyncStateKey::Credentials)), this,
        [this](const Stored &stored) {
            auto credentials = stored && stored.value()
                ? SyncCredentials::fromJson(*stored.value())
                : Result<SyncCredentials>(Error {QStringLiteral("credentials"), {}});
            if (!credentials) {
                // Nothing to sync with; the session stays as it is (the office can enrol again).
                m_signedOut = true;
                setError(tr("This device has no sign-in for the office, so nothing is sent."));
                return;
            }
            m_credentials = credentials.value();
            whenFinished(m_store->deviceState(QString::fromLatin1(SyncStateKey::Cursor)), this,
                         [this](const Stored &cursor) {
                             if (cursor && cursor.value())
                                 m_cursor = cursor.value()->toLongLong();
                             whenFinished(
                                 m_store->deviceState(QString::fromLatin1(SyncStateKey::Rejected)),
                                 this, [this](const Stored &rejected) {
                                     adoptLegacyRefusals(
                                         rejected && rejected.value() ? *rejected.value()
                                                                      : QByteArray(),
                                         [this] { loadRefused([this] { reconcileEscrow(); }); });
                                 });
                         });
        });
}

void SyncEngine::reconcileEscrow()
{
    const auto &profile = m_config.profile;
    m_sealer = std::make_shared<EscrowSealer>(m_config.dataDirectory, m_credentials.deviceSecretKey,
                                              profile.escrowPublicKey);
    // From now on every local commit is sealed on the writer thread, staged before it.
    m_store->setCommitObserver(
        {[sealer = m_sealer](const QList<Record> &records) { sealer->stage(records); },
         [sealer = m_sealer](const QList<Record> &records, bool committed) {
             sealer->finish(records, committed);
         }});
    const EscrowIdentity identity {QUrl(profile.serverUrl), profile.orgId, profile.deviceId};
    // The spool is listed BEFORE the outbox is read: a copy listed then belongs to a record
    // committed before the read, so it is only deleted when the outbox no longer has it.
    const auto listed = QtConcurrent::run(&m_pool, [sealer = m_sealer, identity] {
        (void)sealer->spool().writeIdentity(identity);
        sealer->removeStaleStaged();
        return sealer->spool().recordIds();
    });
    whenFinished(listed, this, [this](const QStringList &spooled) {
        // Refused entries too: they are kept, so their sealed copies are kept.
        whenFinished(m_store->pendingOutbox(std::numeric_limits<int>::max(), true), this,
                     [this, spooled](const QList<store::OutboxEntry> &outbox) {
                         const auto sealed =
                             QtConcurrent::run(&m_pool, [sealer = m_sealer, spooled, outbox] {
                                 const QSet<QString> have(spooled.cbegin(), spooled.cend());
                                 QSet<QString> pending;
                                 for (const auto &entry : outbox) {
                                     pending.insert(entry.recordId);
                                     if (!have.contains(entry.recordId))
                                         sealer->seal(entry.recordId, entry.body);
                                 }
                                 QStringList delivered;
                                 for (const QString &id : spooled) {
                                     if (!pending.contains(id))
                                         delivered.append(id);
                                 }
                                 sealer->spool().remove(delivered);
                             });
                         whenFinished(sealed, this, [this] {
                             whenFinished(m_store->pendingCount(), this, [this](int pending) {
                                 m_lastPending = pending;
                                 m_transport->setPendingCount(pending);
                                 updatePendingDetail(pending);
                                 m_ready = true;
                                 m_periodicTimer.start();
                                 emit started();
                                 scheduleCycle(0);
                             });
                         });
                     });
    });
}

void SyncEngine::syncNow()
{
    m_retryRejected = true;
    m_failures = 0;
    scheduleCycle(0);
}

void SyncEngine::onPendingCount(int count)
{
    m_transport->setPendingCount(count); // without the detail until it is read again
    const bool grew = count > m_lastPending;
    m_lastPending = count; // before the read: its answer may come at once
    updatePendingDetail(count);
    // A new local save: sync soon, unless a failure is being waited out.
    if (grew && count > 0 && m_ready && m_failures == 0 && !m_running
        && (!m_cycleTimer.isActive() || m_cycleTimer.remainingTime() > m_config.debounceMs))
        scheduleCycle(m_config.debounceMs);
}

// The oldest unsent record's care time and their visits, for the server's awaiting_sync rule
// (CareRound-Pending-Since / -Visits). Read after the count changed; kept only while the count
// is still the one it was read for.
void SyncEngine::updatePendingDetail(int count)
{
    if (count <= 0)
        return;
    whenFinished(m_store->pendingSummary(SyncTransport::MaxPendingVisits), this,
                 [this](const store::PendingSummary &summary) {
                     if (summary.count != m_lastPending || summary.count <= 0)
                         return;
                     m_transport->setPendingDetail(
                         summary.oldestDeviceTime,
                         summary.visitsComplete ? std::optional<QStringList>(summary.visitIds)
                                                : std::nullopt);
                 });
}

void SyncEngine::scheduleCycle(int delayMs)
{
    if (m_running) {
        m_again = delayMs == 0 || m_again;
        return;
    }
    m_cycleTimer.start(std::max(0, delayMs));
}

void SyncEngine::runCycle()
{
    if (!m_ready)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_cycleError.clear();
    m_offeredThisCycle.clear();
    setPhase(Phase::Connecting);
    emit progressChanged(-1);
    withAccess([this] {
        m_pushTotal = std::max(0, m_lastPending);
        m_pushDone = 0;
        pushNext();
    });
}

void SyncEngine::finishCycle(bool ok)
{
    ++m_pullGeneration; // no answer of this cycle's pulls is handled after it
    m_running = false;
    m_retryRejected = false;
    if (ok) {
        m_failures = 0;
        setOnline(true);
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        const int refused = int(m_rejected.size());
        setError(refused == 0 ? m_cycleError
                              : (refused == 1 ? tr("1 record was refused by the office and is kept "
                                                   "on this device: %1")
                                              : tr("%1 records were refused by the office and are "
                                                   "kept on this device: %2")
                                                    .arg(refused))
                                    .arg(m_rejected.cbegin().value()));
        setPhase(Phase::Idle);
        emit progressChanged(-1);
        emit synced(m_lastSuccess);
    }
    emit cycleFinished(ok);
    if (m_again) {
        m_again = false;
        scheduleCycle(ok ? 0 : m_cycleTimer.remainingTime());
    }
}

void SyncEngine::failCycle(const SyncReply &reply)
{
    ++m_pullGeneration;
    const QString words = SyncWording::describe(reply);
    if (reply.isRevocation()) {
        m_running = false;
        m_cycleTimer.stop();
        m_periodicTimer.stop();
        m_ready = false;
        m_signedOut = true;
        setError(words);
        setPhase(Phase::Idle);
        emit cycleFinished(false);
        emit deviceRevoked();
        return;
    }
    if (reply.needsSignIn()) {
        m_running = false;
        m_ready = false;
        m_signedOut = true;
        m_periodicTimer.stop();
        setError(words);
        setPhase(Phase::Idle);
        emit cycleFinished(false);
        emit signInRequired(words);
        return;
    }
    if (reply.failure == SyncReply::Failure::Unreachable)
        setOnline(false);
    else if (reply.status != 0)
        setOnline(true);
    failCycle(words);
    if (reply.retryAfterMs > 0)
        m_cycleTimer.start(int(std::min<qint64>(reply.retryAfterMs, m_config.maxBackoffMs)));
    if (!m_online)
        setPhase(Phase::Offline);
}

void SyncEngine::failCycle(const QString &message)
{
    ++m_pullGeneration;
    m_running = false;
    m_retryRejected = false;
    ++m_failures;
    const qint64 base = std::min<qint64>(
        m_config.maxBackoffMs, qint64(m_config.minBackoffMs) << std::min(m_failures - 1, 20));
    // Jitter: many devices cut off together do not all come back in the same second.
    const qint64 delay = base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
    setError(message);
    setPhase(Phase::Waiting);
    emit progressChanged(-1);
    m_again = false;
    m_cycleTimer.start(int(delay));
    emit cycleFinished(false);
}

void SyncEngine::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncEngine::setError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit lastErrorChanged(message);
}

} // namespace careround::sync
