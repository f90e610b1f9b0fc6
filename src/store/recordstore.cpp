// RecordStore's public API. Reads go to the reader pool; saves to the writer
// (recordstore_writer.cpp).
#include "recordstore.h"
#include "recordstore_p.h"

namespace careround::store {

Error RecordStore::Private::unusableError()
{
    return state == State::Failed && !openError.message.isEmpty() ? openError : storeClosedError();
}

void RecordStore::Private::reportError(const Error &error)
{
    QMetaObject::invokeMethod(
        q, [q = q, message = error.toString()] { emit q->errorOccurred(message); },
        Qt::QueuedConnection);
}

RecordStore::RecordStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->writerPool.setMaxThreadCount(1);
    d->readerPool.setMaxThreadCount(ReaderCount);
}

RecordStore::~RecordStore()
{
    close();
}

QFuture<Result<void>> RecordStore::open(const QString &path, const QByteArray &rawKey)
{
    QMutexLocker lock(&d->mutex);
    if (d->state == Private::State::Open || d->state == Private::State::Opening)
        return QtFuture::makeReadyFuture(Result<void>(
            Error {QStringLiteral("store"), QStringLiteral("store is already open or opening")}));
    d->state = Private::State::Opening;
    d->openError = {};
    d->openFuture = QtConcurrent::run(&d->writerPool, [this, path, rawKey]() -> Result<void> {
        auto result = d->openOnWriter(path, rawKey);
        QMutexLocker lock(&d->mutex);
        if (result && d->state != Private::State::Opening)
            return storeClosedError(); // close() was called meanwhile; it releases the connections
        if (!result) {
            d->openError = result.error();
            d->writer.reset();
            d->idleReaders.clear();
            d->state = Private::State::Failed;
            lock.unlock();
            d->reportError(result.error());
            return result;
        }
        d->state = Private::State::Open;
        lock.unlock();
        QMetaObject::invokeMethod(
            this, [this] { emit opened(); }, Qt::QueuedConnection);
        return {};
    });
    return d->openFuture;
}

bool RecordStore::isOpen() const
{
    return d->state == Private::State::Open;
}

void RecordStore::close()
{
    {
        // From here on new calls are refused; what is already queued still runs.
        QMutexLocker lock(&d->mutex);
        if (d->state == Private::State::Closed && !d->writer)
            return;
        d->state = Private::State::Closed;
    }
    // Queued saves are committed first: the writer pool runs its queue to the end.
    d->writerPool.waitForDone();
    d->readerPool.waitForDone();
    QMutexLocker lock(&d->mutex);
    d->idleReaders.clear();
    d->writer.reset(); // closed last: the last connection checkpoints the WAL into the database
    d->openFuture = {};
}

QFuture<Result<void>> RecordStore::save(const Record &record)
{
    auto pending = std::make_shared<PendingSave>();
    pending->record = record;
    pending->promise.start();
    QFuture<Result<void>> future = pending->promise.future();
    bool schedule = false;
    {
        QMutexLocker lock(&d->mutex);
        const auto state = d->state.load();
        if (state == Private::State::Closed || state == Private::State::Failed) {
            pending->promise.addResult(Result<void>(d->unusableError()));
            pending->promise.finish();
            return future;
        }
        d->queue.push_back(std::move(pending));
        schedule = !d->drainScheduled;
        d->drainScheduled = true;
    }
    if (schedule)
        d->writerPool.start([this] { d->drain(); });
    return future;
}

QFuture<QList<Record>> RecordStore::forPerson(const QString &personId)
{
    return d->read<QList<Record>>(
        [personId](RecordRepository &repo) { return repo.forPerson(personId); });
}

QFuture<QList<Record>> RecordStore::forVisit(const QString &visitId)
{
    return d->read<QList<Record>>(
        [visitId](RecordRepository &repo) { return repo.forVisit(visitId); });
}

QFuture<QList<Record>> RecordStore::forDay(const QDate &careDay)
{
    return d->read<QList<Record>>(
        [careDay](RecordRepository &repo) { return repo.forDay(careDay); });
}

QFuture<QList<Record>> RecordStore::forPersonSince(const QString &personId, const QDateTime &since)
{
    return d->read<QList<Record>>(
        [personId, since](RecordRepository &repo) { return repo.forPersonSince(personId, since); });
}

QFuture<QList<Record>> RecordStore::read(ReadJob job)
{
    return d->read<QList<Record>>(std::move(job));
}

QFuture<int> RecordStore::pendingCount()
{
    return d->read<int>([](RecordRepository &repo) -> Result<int> {
        auto count = repo.pendingCount();
        if (!count)
            return count.error();
        return int(count.value());
    });
}

QFuture<QList<OutboxEntry>> RecordStore::pendingOutbox(int limit, bool includeRefused)
{
    return d->read<QList<OutboxEntry>>([limit, includeRefused](RecordRepository &repo) {
        return repo.pendingOutbox(limit, includeRefused);
    });
}

QFuture<PendingSummary> RecordStore::pendingSummary(int maxVisits)
{
    return d->read<PendingSummary>(
        [maxVisits](RecordRepository &repo) { return repo.pendingSummary(maxVisits); });
}

QFuture<QList<RefusedEntry>> RecordStore::refusedEntries()
{
    return d->read<QList<RefusedEntry>>(
        [](RecordRepository &repo) { return repo.refusedEntries(); });
}

QFuture<Result<int>> RecordStore::markRefused(const QHash<QString, QString> &reasonById)
{
    return d->write<int>([this, reasonById](RecordRepository &repo) -> Result<int> {
        auto marked = repo.markRefused(reasonById);
        if (marked && marked.value() > 0)
            d->announce({}, true); // they no longer count as waiting
        return marked;
    });
}

QFuture<Result<void>> RecordStore::saveReceived(const QList<Record> &records)
{
    return d->writeWith<void>([this, records](StoreConnection &c) -> Result<void> {
        auto outcomes = c.repo->saveAll(records, Origin::Remote);
        if (!outcomes)
            return outcomes.error();
        const Private::Inserted inserted = Private::insertedOf(records, outcomes.value());
        // After the batch's own commit: a floor left low by a crash here only means the clock
        // observes these records again when it next reads them.
        if (auto raised = d->raiseClockFloor(inserted.clocks); !raised)
            return raised;
        d->announce(inserted.ids, false);
        return {};
    });
}

QFuture<Result<std::optional<QByteArray>>> RecordStore::deviceState(const QString &key)
{
    return d->writeWith<std::optional<QByteArray>>(
        [key](StoreConnection &c) { return c.state->value(key); });
}

QFuture<Result<void>> RecordStore::setDeviceState(const QString &key, const QByteArray &value)
{
    return d->writeWith<void>(
        [key, value](StoreConnection &c) { return c.state->setValue(key, value); });
}

HlcTimestamp RecordStore::clockFloor() const
{
    QMutexLocker lock(&d->mutex);
    return d->clockFloor;
}

QFuture<Result<int>> RecordStore::markSent(const QStringList &recordIds)
{
    return d->write<int>([this, recordIds](RecordRepository &repo) -> Result<int> {
        auto removed = repo.markSent(recordIds);
        if (removed && removed.value() > 0)
            d->announce({}, true);
        return removed;
    });
}

} // namespace careround::store
