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
    QStringList inserted;
    QList<HlcTimestamp> clocks;
    for (qsizetype i = 0; i < page.size(); ++i) {
        if (outcomes.value().at(i) == SaveOutcome::Inserted) {
            inserted.append(page.records().at(i).id);
            clocks.append(page.records().at(i).hlc);
        }
    }
    for (const auto &[key, value] : state) {
        if (auto stored = c.state->setValue(key, value); !stored)
            return stored.error();
    }
    if (auto raised = raiseClockFloor(clocks); !raised)
        return raised.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    announce(inserted, false);
    return int(inserted.size());
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
