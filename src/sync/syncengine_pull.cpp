// SyncEngine: pulling pages after the cursor, each applied with its cursor in one transaction,
// then the purge instructions of the last page and their confirmation.
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "pulledpage.h"
#include "store/recordstore.h"
#include "syncengine.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

namespace {
// The office's own records are current whatever their day (the server's window exempts them).
QStringList officeTypes()
{
    return {QString::fromLatin1(RecordType::Person), QString::fromLatin1(RecordType::CarePlan),
            QString::fromLatin1(RecordType::MedicationOrder),
            QString::fromLatin1(RecordType::Visit)};
}
} // namespace

void SyncEngine::pullNext()
{
    setPhase(Phase::Pulling);
    const QString path =
        QStringLiteral("/v1/sync/pull?after=%1&limit=%2").arg(m_cursor).arg(m_config.pullLimit);
    authed("GET", path, {}, [this](const SyncReply &reply) {
        if (!reply.ok()) {
            failCycle(reply);
            return;
        }
        QtConcurrent::run(&m_pool, [json = reply.json] {
            return decodePulledPage(json);
        }).then(this, [this](const Result<PulledPage> &page) {
            if (!page) {
                failCycle(tr("A record from the office could not be read (%1). Update the "
                             "app.")
                              .arg(page.error().toString()));
                return;
            }
            applyPage(page.value());
        });
    });
}

void SyncEngine::applyPage(const PulledPage &page)
{
    for (const Record &record : page.records)
        m_clock->observe(record.hlc); // later local records are stamped after what arrived
    m_store
        ->applyPulledPage(
            page.records,
            {{QString::fromLatin1(SyncStateKey::Cursor), QByteArray::number(page.nextAfter)}})
        .then(this, [this, page](const Result<int> &applied) {
            if (!applied) {
                failCycle(tr("Updates from the office could not be saved: %1")
                              .arg(applied.error().toString()));
                return;
            }
            m_cursor = page.nextAfter;
            if (page.hasMore)
                pullNext();
            else
                purge(page);
        });
}

void SyncEngine::purge(const PulledPage &page)
{
    const bool historyChanged =
        page.historyBefore.isValid() && page.historyBefore != m_historyPurged;
    if (page.purgePersonIds.isEmpty() && !historyChanged) {
        finishCycle(true);
        return;
    }
    setPhase(Phase::Purging);
    store::PurgeRequest request {page.purgePersonIds, historyChanged ? page.historyBefore : QDate(),
                                 officeTypes()};
    m_store->purge(request).then(this, [this, request](const Result<store::PurgeOutcome> &done) {
        if (!done) {
            failCycle(tr("Records you no longer need could not be removed: %1")
                          .arg(done.error().toString()));
            return;
        }
        if (request.historyBefore.isValid())
            m_historyPurged = request.historyBefore;
        // People with unsent records left are confirmed once those are delivered and deleted.
        // Everything received about them is gone (unsent records of theirs wait to be sent).
        if (!request.personIds.isEmpty())
            emit peoplePurged(request.personIds);
        const QStringList gone = done.value().purgedPersonIds;
        if (gone.isEmpty()) {
            finishCycle(true);
            return;
        }
        QJsonArray ids;
        for (const QString &id : gone)
            ids.append(id);
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("person_ids"), ids}})
                                    .toJson(QJsonDocument::Compact);
        authed("POST", QStringLiteral("/v1/sync/purged"), body, [this](const SyncReply &reply) {
            if (!reply.ok())
                failCycle(reply);
            else
                finishCycle(true);
        });
    });
}

} // namespace careround::sync
