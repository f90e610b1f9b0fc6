#pragma once
// The device's sync engine (docs/sync.md). One cycle: refresh the access token if needed, push
// the outbox in batches (the record id is the idempotency key: accepted and duplicate both mean
// delivered), pull pages after the saved cursor (each page and its cursor in one store
// transaction), apply purge instructions, confirm them. Failures back off exponentially with
// jitter; a revoked device asks to be wiped. Cycles start by themselves after start(), after
// local saves (debounced), when the network returns, periodically, and on syncNow().
// Lives on the GUI thread but only waits there: the network is asynchronous, disk goes to the
// store's threads, crypto and parsing to a worker.
#include "core/record.h"
#include "credentials.h"
#include "escrowspool.h"
#include "pulledpage.h"
#include "store/deviceprofile.h"
#include "store/recordrepository.h"
#include "transport.h"
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace careround {
class HybridLogicalClock;
namespace store {
class RecordStore;
}
} // namespace careround

namespace careround::sync {

class EscrowSealer;

struct SyncEngineConfig
{
    QString dataDirectory; // the escrow spool lives in <dataDirectory>/escrow
    store::DeviceProfile profile;
    TransportConfig transport;
    int pushBatch = 500; // records per push (the server takes up to 1,000)
    // Records per pull page (server: up to 5,000). With three pages in the pipeline, 1,000
    // overlapped the stages best in bench_sync (250–2,000 tried): smaller pages fill and drain
    // the pipeline sooner, larger ones cost fewer commits.
    int pullLimit = 1000;
    bool pipelinePulls = true; // ask for the next page while storing one (server protocol 2)
    int debounceMs = 2000; // after a local save
    int minBackoffMs = 1000; // first retry after a failure, doubled each time...
    int maxBackoffMs = 5 * 60 * 1000; // ...up to this, with jitter (50-100 %)
    int periodicMs = 10 * 60 * 1000; // a cycle at least this often while unlocked
    bool watchNetwork = true; // QNetworkInformation, when a backend exists
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Connecting, Pushing, Pulling, Purging, Waiting, Offline };
    Q_ENUM(Phase)

    SyncEngine(store::RecordStore *store, std::shared_ptr<HybridLogicalClock> clock,
               SyncEngineConfig config, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Loads credentials and cursor, seals outbox entries that have no sealed copy yet, removes
    // copies of delivered ones, installs sealing after each local commit, then syncs.
    void start();
    // A person asked: sync now, and offer records the server refused before once more.
    void syncNow();
    // A cycle soon (as after a save), without offering refused records again.
    void requestSync() { scheduleCycle(0); }
    SyncTransport &transport() { return *m_transport; }
    // An authorised GET for other screens (the office's reports, syncengine_office.cpp). Uses
    // the current access token; without a usable one (or on "expired") it waits for a sync
    // cycle, which refreshes it, and tries once more. Asked before start() has finished, it
    // waits for it. `done` runs on this thread.
    using Done = std::function<void(const SyncReply &)>;
    void getAuthorised(const QString &pathAndQuery, Done done);

    Phase phase() const { return m_phase; }
    bool online() const { return m_online; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccessfulSync() const { return m_lastSuccess; }
    int rejectedCount() const { return int(m_rejected.size()); }
    // Records the office refused, kept on this device with its reason (oldest first).
    QList<store::RefusedEntry> refusedRecords() const { return m_refused; }
    qint64 cursor() const { return m_cursor; }
    bool running() const { return m_running; }

signals:
    void phaseChanged(careround::sync::SyncEngine::Phase phase);
    void progressChanged(double progress); // 0..1, -1 unknown
    void onlineChanged(bool online);
    void lastErrorChanged(const QString &message);
    void synced(const QDateTime &at); // a whole cycle succeeded
    void cycleFinished(bool ok);
    void clockSkewChanged(qint64 skewMs);
    // Pulled records whose clock is more than a day ahead of the office's time (their device's
    // clock was wrong): stored, but this device's clock did not follow them.
    void clockNotAdopted(int records, qint64 furthestWallMs);
    void deviceRevoked(); // 403 device_revoked with wipe: the owner must wipe the device
    void signInRequired(const QString &message); // the sign-in ended (refresh refused)
    void started(); // start() finished loading and reconciling
    void refusedChanged(); // refusedRecords() changed
    // The server's purge list was applied: every record of these people received from the office
    // is gone from the store (a rota change; on a family member's device, consent withdrawn or
    // the link ended). Repeated each cycle while the server still lists them.
    void peoplePurged(const QStringList &personIds);

private:
    using Step = std::function<void()>;
    void scheduleCycle(int delayMs);
    void runCycle();
    void finishCycle(bool ok);
    void failCycle(const SyncReply &reply);
    void failCycle(const QString &message);
    void setPhase(Phase phase);
    void setOnline(bool online);
    void setError(const QString &message);
    void onPendingCount(int count);
    void reconcileEscrow();
    void afterNextCycle(std::function<void()> next); // syncengine_office.cpp

    // syncengine_auth.cpp
    void withAccess(Step next);
    void refresh(Step next);
    void authed(const QByteArray &method, const QString &path, const QByteArray &body,
                std::function<void(const SyncReply &)> handle, const QByteArray &protocols = "2, 1",
                const QByteArray &watchHeader = {}, SyncTransport::HeadersSeen headersSeen = {});
    // syncengine_push.cpp
    void pushNext();
    void pushed(const QStringList &offered, const SyncReply &reply);
    void loadRefused(Step next);
    void adoptLegacyRefusals(const QByteArray &json, Step next);
    void updatePendingDetail(int count);
    // syncengine_pull.cpp
    void pullNext();
    void requestPage(qint64 after, int limit);
    void requestAhead();
    struct PulledAnswer;
    PulledAnswer *pulledAnswer(int id);
    void pageAnswered(int id, const SyncReply &reply);
    void applyPulled();
    void applyPage(const PulledPage &page);
    void purge(const PulledPage &page);

    store::RecordStore *m_store;
    std::shared_ptr<HybridLogicalClock> m_clock;
    SyncEngineConfig m_config;
    std::unique_ptr<SyncTransport> m_transport;
    std::shared_ptr<EscrowSealer> m_sealer;
    QThreadPool m_pool; // parsing, sealing, spool files
    QTimer m_cycleTimer;
    QTimer m_periodicTimer;

    SyncCredentials m_credentials;
    bool m_ready = false; // start() finished
    bool m_signedOut = false; // the office ended the sign-in or withdrew the device
    bool m_running = false;
    bool m_again = false; // another cycle was asked for while one ran
    bool m_retryRejected = false;
    int m_failures = 0;
    int m_lastPending = -1;
    int m_pushTotal = 0;
    int m_pushDone = 0;
    qint64 m_cursor = 0; // as applied to the store
    // Pulls: a version 2 server is asked for the next page while earlier ones are decoded and
    // stored.
    int m_serverProtocol = 1; // as its first answer of this cycle said
    int m_pullGeneration = 0; // bumped when a pull phase starts or a cycle ends: late answers drop
    bool m_applying = false;
    struct PulledAnswer
    {
        int id = 0;
        std::optional<qint64> next; // there is more after it, from `after` = next (once known)
        bool nextAsked = false;
        SyncReply reply; // once answered
        std::optional<Result<PulledPage>> page; // once answered and decoded
    };
    std::deque<PulledAnswer> m_pulled; // pages asked for and not yet stored, in order
    int m_lastPulledId = 0;
    QHash<QString, QString> m_rejected; // record id -> the server's reason (from the outbox)
    QList<store::RefusedEntry> m_refused;
    QSet<QString> m_offeredThisCycle; // pushed in this cycle: not offered twice
    Phase m_phase = Phase::Idle;
    bool m_online = false;
    QString m_lastError;
    QString m_cycleError; // a problem noted during this cycle that did not fail it
    qint64 m_clockSkewMs = 0; // device - office, as the last answer said
    QDateTime m_lastSuccess;
    QDate m_historyPurged; // the history cut-off last applied
    std::optional<QStringList> m_entryCodesPurged; // the entry-code holders last applied
    bool m_entryCodesArrived = false; // a page of this cycle brought entry codes
};

// Seals local records for escrow and writes them to the spool: on the store's writer thread
// after each commit, and at start for entries that have no sealed copy yet.
class EscrowSealer
{
public:
    EscrowSealer(QString dataDirectory, QByteArray deviceSecretKey, QByteArray escrowPublicKey);
    void seal(const QString &recordId, const QByteArray &recordJson);
    // Around a store commit (writer thread): the copy is staged before COMMIT and published or
    // discarded after it, so a record acknowledged to the worker always has its sealed copy.
    void stage(const QList<Record> &records);
    void finish(const QList<Record> &records, bool committed);
    // Staged files of engines that crashed before publishing them (at start, before sealing).
    void removeStaleStaged() { m_spool.removeStaged(m_tag); }
    EscrowSpool &spool() { return m_spool; }

private:
    EscrowSpool m_spool;
    QString m_tag; // random, names this engine's staged files
    QByteArray m_secretKey;
    QByteArray m_escrowKey;
};

} // namespace careround::sync
