#pragma once
// The app's asynchronous record store. One writer thread owns the write connection and commits
// queued saves together (group commit: each future resolves only after its transaction is durable);
// a small pool of reader threads uses separate read-only connections, so reads never wait for
// writes (WAL) and nothing here blocks the caller's thread.
#include "core/record.h"
#include "core/result.h"
#include "preparedrecords.h"
#include "purge.h"
#include "recordrepository.h"
#include <QByteArray>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace careround::store {

class RecordStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int ReaderCount = 2;

    explicit RecordStore(QObject *parent = nullptr);
    ~RecordStore() override; // finishes queued writes, then closes

    // Opens (creating and migrating) the store with the 32-byte data key (empty = unencrypted,
    // for tests and benchmarks only). Calls made before it finishes wait for it.
    QFuture<Result<void>> open(const QString &path, const QByteArray &rawKey);
    // Finishes queued writes and closes every connection; later calls fail with "store is closed".
    void close();
    bool isOpen() const;

    // Validates and durably saves record + outbox entry + audit entry in one transaction.
    // Saving the same id with identical content again succeeds without a change.
    QFuture<Result<void>> save(const Record &record);

    // Ordered by hybrid logical clock. On error the list is empty and errorOccurred() is emitted.
    QFuture<QList<Record>> forPerson(const QString &personId);
    QFuture<QList<Record>> forVisit(const QString &visitId);
    QFuture<QList<Record>> forDay(const QDate &careDay);
    QFuture<QList<Record>> forPersonSince(const QString &personId, const QDateTime &since);
    // A screen that needs several queries at once runs them as one job on a reader connection
    // (one trip off the GUI thread). The job must only read.
    using ReadJob = std::function<Result<QList<Record>>(RecordRepository &)>;
    QFuture<QList<Record>> read(ReadJob job);
    QFuture<int> pendingCount();

    // For sync. Records pulled from the server: stored and audited, not queued for upload; all or
    // nothing.
    QFuture<Result<void>> saveReceived(const QList<Record> &records);
    // The oldest entries still to push (read connection); with includeRefused also those the
    // server refused (a person asked to offer them again).
    QFuture<QList<OutboxEntry>> pendingOutbox(int limit, bool includeRefused = false);
    // The records waiting to be sent: count, oldest care time, visits (read connection).
    QFuture<PendingSummary> pendingSummary(int maxVisits);
    // Records the server refused, kept with its reason (read connection).
    QFuture<QList<RefusedEntry>> refusedEntries();
    // Keeps entries as refused by the server (writer thread); they leave the pending count.
    QFuture<Result<int>> markRefused(const QHash<QString, QString> &reasonById);
    // Removes delivered entries from the outbox (writer thread, in order with saves); the count
    // removed.
    QFuture<Result<int>> markSent(const QStringList &recordIds);

    // Sync (recordstore_sync.cpp). A pulled page: its records (stored and audited, not queued for
    // upload) and the given device-state values (the cursor) in ONE transaction, so a crash
    // leaves either both or neither. The count of records newly stored. Sync prepares the page
    // on its decode thread (PreparedRecords), so the writer only inserts; given plain records,
    // the writer prepares them first.
    QFuture<Result<int>> applyPulledPage(const PreparedRecords &records,
                                         const QList<QPair<QString, QByteArray>> &state);
    QFuture<Result<int>> applyPulledPage(const QList<Record> &records,
                                         const QList<QPair<QString, QByteArray>> &state);
    // Deletes what the server says this device may no longer hold (purge.h); never unsent records.
    QFuture<Result<PurgeOutcome>> purge(const PurgeRequest &request);
    // Counts a delivery attempt on each entry (writer thread).
    QFuture<Result<int>> markAttempted(const QStringList &recordIds);
    // Watches commits that store local records (new outbox entries), on the writer thread; sync
    // seals them for escrow there. beforeCommit runs inside the transaction, so a copy can exist
    // before the record does (never the other way round); afterCommit says whether COMMIT
    // succeeded, before any caller hears of its save. Pass {} to remove.
    struct CommitObserver
    {
        std::function<void(const QList<Record> &)> beforeCommit;
        std::function<void(const QList<Record> &, bool committed)> afterCommit;
        explicit operator bool() const { return beforeCommit || afterCommit; }
    };
    void setCommitObserver(CommitObserver observer);
    // Deletes a closed store's files (database, -wal, -shm, -journal) for a device wipe.
    static Result<void> removeFiles(const QString &path);

    // Small named values beside the records (devicestate.h: profile, clock floor, sync state).
    // Both run on the writer thread, so a read sees every earlier write.
    QFuture<Result<std::optional<QByteArray>>> deviceState(const QString &key);
    QFuture<Result<void>> setDeviceState(const QString &key, const QByteArray &value);
    // The highest clock value of any stored record (null for an empty store). Valid once open()
    // has finished; a device clock is seeded with it so it never runs below a stored record.
    HlcTimestamp clockFloor() const;

signals:
    void opened();
    void saved(const QString &id); // a new record was committed
    void pendingCountChanged(int count);
    void errorOccurred(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace careround::store
