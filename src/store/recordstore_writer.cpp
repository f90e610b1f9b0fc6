// The writer thread of RecordStore: opening, and group commit of queued saves.
#include "migrations.h"
#include "recordstore_p.h"
#include "sql/transaction.h"

namespace careround::store {

Result<void> RecordStore::Private::openOnWriter(const QString &path, const QByteArray &key)
{
    auto db = sql::Database::open(path, key);
    if (!db)
        return db.error();
    auto connection = std::make_unique<StoreConnection>();
    connection->db = std::move(db).value();
    if (auto migrated = migrate(connection->db); !migrated)
        return migrated.error();
    // Purged records must not linger as old ciphertext in freed pages.
    if (auto secure = connection->db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !secure)
        return secure.error();
    connection->repo = std::make_unique<RecordRepository>(connection->db);
    connection->state = std::make_unique<DeviceStateRepository>(connection->db);
    auto floorText = connection->state->value(QString::fromLatin1(DeviceStateKey::ClockFloor));
    if (!floorText)
        return floorText.error();
    HlcTimestamp floor;
    if (floorText.value()) {
        const auto parsed = HlcTimestamp::fromString(QString::fromUtf8(*floorText.value()));
        if (!parsed)
            return Error {QStringLiteral("clock"),
                          QStringLiteral("the stored clock floor is unreadable")};
        floor = *parsed;
    }

    std::vector<std::unique_ptr<StoreConnection>> readers;
    for (int i = 0; i < ReaderCount; ++i) {
        auto reader = sql::Database::open(path, key, sql::OpenMode::ReadOnly);
        if (!reader)
            return reader.error();
        auto c = std::make_unique<StoreConnection>();
        c->db = std::move(reader).value();
        c->repo = std::make_unique<RecordRepository>(c->db);
        c->state = std::make_unique<DeviceStateRepository>(c->db);
        readers.push_back(std::move(c));
    }
    QMutexLocker lock(&mutex);
    clockFloor = floor;
    writer = std::move(connection);
    idleReaders = std::move(readers);
    return {};
}

void RecordStore::Private::drain()
{
    for (;;) {
        std::vector<std::shared_ptr<PendingSave>> group;
        {
            QMutexLocker lock(&mutex);
            if (queue.empty()) {
                drainScheduled = false;
                return;
            }
            const auto take = std::min<std::size_t>(queue.size(), MaxGroupCommit);
            group.assign(queue.begin(), queue.begin() + take);
            queue.erase(queue.begin(), queue.begin() + take);
        }
        commitGroup(group);
    }
}

void RecordStore::Private::commitGroup(std::vector<std::shared_ptr<PendingSave>> &group)
{
    auto finishAll = [&group](const Error &error) {
        for (auto &pending : group) {
            pending->promise.addResult(Result<void>(error));
            pending->promise.finish();
        }
    };
    if (!writer) {
        QMutexLocker lock(&mutex);
        finishAll(unusableError());
        return;
    }
    RecordRepository &repo = *writer->repo;
    auto tx = sql::Transaction::begin(writer->db);
    if (!tx) {
        finishAll(tx.error());
        return;
    }
    // Each save is its own savepoint: a rejected record leaves the others in the group untouched.
    std::vector<Result<SaveOutcome>> outcomes;
    outcomes.reserve(group.size());
    QList<Record> inserted;
    QList<HlcTimestamp> insertedClocks;
    for (auto &pending : group) {
        outcomes.push_back(repo.saveInTransaction(pending->record, Origin::Local));
        if (outcomes.back() && outcomes.back().value() == SaveOutcome::Inserted) {
            inserted.append(pending->record);
            insertedClocks.append(pending->record.hlc);
        }
    }
    CommitObserver observer;
    if (!inserted.isEmpty()) {
        QMutexLocker lock(&mutex);
        observer = commitObserver;
    }
    if (observer.beforeCommit)
        observer.beforeCommit(inserted);
    auto notCommitted = [&](const Error &error) {
        if (observer.afterCommit)
            observer.afterCommit(inserted, false);
        finishAll(error);
    };
    if (auto raised = raiseClockFloor(insertedClocks); !raised) {
        notCommitted(raised.error());
        return;
    }
    if (auto committed = tx.value().commit(); !committed) {
        notCommitted(committed.error());
        return;
    }
    if (observer.afterCommit)
        observer.afterCommit(inserted, true);
    // Durable now: only from here on does any caller hear that its save succeeded.
    for (std::size_t i = 0; i < group.size(); ++i) {
        const auto &outcome = outcomes[i];
        group[i]->promise.addResult(outcome ? Result<void>() : Result<void>(outcome.error()));
        group[i]->promise.finish();
    }
    QStringList insertedIds;
    for (const Record &record : inserted)
        insertedIds.append(record.id);
    announce(insertedIds, !insertedIds.isEmpty());
}

Result<void> RecordStore::Private::raiseClockFloor(const QList<HlcTimestamp> &inserted)
{
    HlcTimestamp highest;
    {
        QMutexLocker lock(&mutex);
        highest = clockFloor;
    }
    for (const HlcTimestamp &clock : inserted)
        highest = std::max(highest, clock);
    {
        QMutexLocker lock(&mutex);
        if (highest == clockFloor)
            return {};
    }
    if (auto stored = writer->state->setValue(QString::fromLatin1(DeviceStateKey::ClockFloor),
                                              highest.toString().toUtf8());
        !stored)
        return stored;
    // Held in memory before the commit: a failed commit only leaves the floor too high, which is
    // harmless (the clock never goes backwards; it may skip ahead).
    QMutexLocker lock(&mutex);
    clockFloor = highest;
    return {};
}

// On the writer thread: queues saved()/pendingCountChanged() for delivery on the store's thread.
void RecordStore::Private::announce(const QStringList &insertedIds, bool pendingMayHaveChanged)
{
    int count = -1;
    if (pendingMayHaveChanged && writer) {
        if (auto pending = writer->repo->pendingCount())
            count = int(pending.value());
    }
    if (insertedIds.isEmpty() && count < 0)
        return;
    QMetaObject::invokeMethod(
        q,
        [q = q, insertedIds, count] {
            for (const QString &id : insertedIds)
                emit q->saved(id);
            if (count >= 0)
                emit q->pendingCountChanged(count);
        },
        Qt::QueuedConnection);
}

} // namespace careround::store
