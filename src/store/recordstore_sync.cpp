// RecordStore's calls for sync: a pulled page with its cursor in one transaction, purges, delivery
// attempts, the commit observer (escrow sealing) and removing the files at a wipe.
#include "recordstore.h"
#include "recordstore_p.h"
#include "sql/transaction.h"
#include <QFile>

namespace careround::store {

namespace {

using StateValues = QList<QPair<QString, QByteArray>>;

} // namespace

QFuture<Result<int>> RecordStore::applyPulledPage(const PreparedRecords &records,
                                                  const StateValues &state)
{
    return d->writeWith<int>([this, records, state](StoreConnection &c) -> Result<int> {
        return d->applyPage(c, records, state);
    });
}

QFuture<Result<int>> RecordStore::applyPulledPage(const QList<Record> &records,
                                                  const StateValues &state)
{
    return d->writeWith<int>([this, records, state](StoreConnection &c) -> Result<int> {
        auto prepared = PreparedRecords::prepare(records);
        if (!prepared)
            return prepared.error();
        return d->applyPage(c, prepared.value(), state);
    });
}

Result<int> RecordStore::Private::applyPage(StoreConnection &c, const PreparedRecords &page,
                                            const StateValues &state)
{
    auto tx = sql::Transaction::begin(c.db);
    if (!tx)
        return tx.error();
    // All or nothing: on error the transaction rolls back as `tx` goes out of scope.
    auto outcomes = c.repo->saveAllInTransaction(page, Origin::Remote);
    if (!outcomes)
        return outcomes.error();
    const Inserted inserted = insertedOf(page.records(), outcomes.value());
    for (const auto &[key, value] : state) {
        if (auto stored = c.state->setValue(key, value); !stored)
            return stored.error();
    }
    if (auto raised = raiseClockFloor(inserted.clocks); !raised)
        return raised.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    announce(inserted.ids, false);
    return int(inserted.ids.size());
}

RecordStore::Private::Inserted RecordStore::Private::insertedOf(const QList<Record> &records,
                                                                const QList<SaveOutcome> &outcomes)
{
    Inserted inserted;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (outcomes.at(i) == SaveOutcome::Inserted) {
            inserted.ids.append(records.at(i).id);
            inserted.clocks.append(records.at(i).hlc);
        }
    }
    return inserted;
}

QFuture<Result<PurgeOutcome>> RecordStore::purge(const PurgeRequest &request)
{
    return d->writeWith<PurgeOutcome>(
        [request](StoreConnection &c) { return purgeRecords(c.db, request); });
}

QFuture<Result<int>> RecordStore::markAttempted(const QStringList &recordIds)
{
    return d->write<int>(
        [recordIds](RecordRepository &repo) { return repo.markAttempted(recordIds); });
}

void RecordStore::setCommitObserver(CommitObserver observer)
{
    QMutexLocker lock(&d->mutex);
    d->commitObserver = std::move(observer);
}

Result<void> RecordStore::removeFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return Error {
                QStringLiteral("store"),
                QStringLiteral("cannot delete %1: %2").arg(file.fileName(), file.errorString())};
    }
    return {};
}

} // namespace careround::store
