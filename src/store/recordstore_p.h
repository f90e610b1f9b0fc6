#pragma once
// RecordStore's private state, shared by recordstore.cpp (public API, readers) and
// recordstore_writer.cpp (the writer thread). Not part of the store's API.
#include "devicestate.h"
#include "recordrepository.h"
#include "recordstore.h"
#include "sql/database.h"
#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>
#include <vector>

namespace careround::store {

struct PendingSave
{
    Record record;
    QPromise<Result<void>> promise;
};

struct StoreConnection
{
    sql::Database db;
    std::unique_ptr<RecordRepository> repo;
    std::unique_ptr<DeviceStateRepository> state;
};

inline Error storeClosedError()
{
    return Error {QStringLiteral("store"), QStringLiteral("store is closed")};
}

struct RecordStore::Private
{
    enum class State { Closed, Opening, Open, Failed };

    // Upper bound on saves committed together, so one transaction never grows without limit.
    static constexpr int MaxGroupCommit = 256;

    RecordStore *q = nullptr;
    QThreadPool writerPool; // one thread: owns the write connection
    QThreadPool readerPool; // ReaderCount threads sharing ReaderCount read-only connections
    std::atomic<State> state {State::Closed};

    QMutex mutex; // guards everything below
    QFuture<Result<void>> openFuture;
    Error openError;
    std::vector<std::shared_ptr<PendingSave>> queue;
    bool drainScheduled = false;
    std::unique_ptr<StoreConnection> writer; // used only by tasks on writerPool
    std::vector<std::unique_ptr<StoreConnection>> idleReaders;
    HlcTimestamp clockFloor; // highest clock value stored; written by the writer thread
    CommitObserver commitObserver; // called on the writer thread around a local commit

    // Writer thread (recordstore_writer.cpp).
    Result<void> openOnWriter(const QString &path, const QByteArray &key);
    void drain();
    void commitGroup(std::vector<std::shared_ptr<PendingSave>> &group);
    void announce(const QStringList &insertedIds, bool pendingMayHaveChanged);
    // Inside the writer's transaction: raises the stored clock floor to the highest clock of the
    // records just inserted, so the device clock never restarts below a stored record.
    Result<void> raiseClockFloor(const QList<HlcTimestamp> &inserted);
    // The ids and clocks of the records a batch save newly inserted (outcomes in record order).
    struct Inserted
    {
        QStringList ids;
        QList<HlcTimestamp> clocks;
    };
    static Inserted insertedOf(const QList<Record> &records, const QList<SaveOutcome> &outcomes);
    // recordstore_sync.cpp: a pulled page and the sync state beside it, in one transaction.
    Result<int> applyPage(StoreConnection &c, const PreparedRecords &page,
                          const QList<QPair<QString, QByteArray>> &state);

    // Error a call gets when the store is not usable (closed, or failed to open).
    Error unusableError();
    void reportError(const Error &error);

    // Runs job(repository) on a reader thread with an idle read-only connection, after open()
    // finished. On error: T{} and errorOccurred().
    template<typename T, typename Query>
    QFuture<T> read(Query query);

    // Runs job(repository) on the writer thread, in order with saves.
    template<typename T, typename Job>
    QFuture<Result<T>> write(Job job);
    // The same with the whole connection (records and device state).
    template<typename T, typename Job>
    QFuture<Result<T>> writeWith(Job job);
};

template<typename T, typename Query>
QFuture<T> RecordStore::Private::read(Query query)
{
    return QtConcurrent::run(&readerPool, [this, query]() -> T {
        QFuture<Result<void>> opening;
        {
            QMutexLocker lock(&mutex);
            opening = openFuture;
        }
        opening
            .waitForFinished(); // on a reader thread: waits for open() without blocking the caller
        std::unique_ptr<StoreConnection> connection;
        {
            QMutexLocker lock(&mutex);
            if (state != State::Open || idleReaders.empty()) {
                const Error error = unusableError();
                lock.unlock();
                reportError(error);
                return T {};
            }
            connection = std::move(idleReaders.back());
            idleReaders.pop_back();
        }
        auto result = query(*connection->repo);
        {
            QMutexLocker lock(&mutex);
            idleReaders.push_back(std::move(connection));
        }
        if (!result) {
            reportError(result.error());
            return T {};
        }
        return T(std::move(result).value());
    });
}

template<typename T, typename Job>
QFuture<Result<T>> RecordStore::Private::write(Job job)
{
    return writeWith<T>([job](StoreConnection &c) { return job(*c.repo); });
}

template<typename T, typename Job>
QFuture<Result<T>> RecordStore::Private::writeWith(Job job)
{
    {
        QMutexLocker lock(&mutex);
        if (state == State::Closed || state == State::Failed)
            return QtFuture::makeReadyFuture(Result<T>(unusableError()));
    }
    return QtConcurrent::run(&writerPool, [this, job]() -> Result<T> {
        if (!writer) {
            QMutexLocker lock(&mutex);
            return unusableError();
        }
        return job(*writer);
    });
}

} // namespace careround::store
