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
#include <algorithm>

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
    ++m_pullGeneration;
    m_serverProtocol = 1; // until this cycle's first answer says otherwise
    m_applying = false;
    m_pullInFlight = false;
    m_afterApply = {};
    requestPage(m_cursor);
}

// Asks for the page after `after`. While a page is being stored (after = its next_after) the
// request names the cursor applied so far, and only a version 2 server may take it: it counts
// only `applied` as acknowledged, so a page that never gets stored is sent again. (A backfill
// page may lead back below the stored cursor: then `after` itself is safe to acknowledge.)
void SyncEngine::requestPage(qint64 after)
{
    QString path =
        QStringLiteral("/v1/sync/pull?after=%1&limit=%2").arg(after).arg(m_config.pullLimit);
    const bool ahead = after != m_cursor;
    if (ahead)
        path += QStringLiteral("&applied=%1").arg(std::min(m_cursor, after));
    m_pullInFlight = true;
    const int generation = m_pullGeneration;
    authed(
        "GET", path, {},
        [this, generation](const SyncReply &reply) {
            if (generation != m_pullGeneration)
                return; // its cycle (or pull phase) has ended
            if (!reply.ok()) {
                pageArrived(reply, Error {});
                return;
            }
            m_serverProtocol = reply.protocol();
            QtConcurrent::run(&m_pool, [json = reply.json] {
                return decodePulledPage(json);
            }).then(this, [this, generation, reply](const Result<PulledPage> &page) {
                if (generation == m_pullGeneration)
                    pageArrived(reply, page);
            });
        },
        ahead ? QByteArrayLiteral("2") : QByteArrayLiteral("2, 1"));
}

void SyncEngine::pageArrived(const SyncReply &reply, const Result<PulledPage> &page)
{
    m_pullInFlight = false;
    if (m_applying) { // the page before it is still being stored: this one waits for it
        m_afterApply = [this, reply, page] {
            pageArrived(reply, page);
        };
        return;
    }
    if (!reply.ok()) {
        failCycle(reply);
        return;
    }
    if (!page) {
        failCycle(tr("A record from the office could not be read (%1). Update the "
                     "app.")
                      .arg(page.error().toString()));
        return;
    }
    applyPage(page.value());
}

void SyncEngine::applyPage(const PulledPage &page)
{
    for (const Record &record : page.records)
        m_clock->observe(record.hlc); // later local records are stamped after what arrived
    m_applying = true;
    if (page.hasMore && m_config.pipelinePulls && m_serverProtocol >= 2)
        requestPage(page.nextAfter); // travels and is decoded while this page is stored
    const int generation = m_pullGeneration;
    m_store
        ->applyPulledPage(
            page.records,
            {{QString::fromLatin1(SyncStateKey::Cursor), QByteArray::number(page.nextAfter)}})
        .then(this, [this, page, generation](const Result<int> &applied) {
            if (applied)
                m_cursor = page.nextAfter; // stored with the page, whatever became of the cycle
            if (generation != m_pullGeneration)
                return;
            m_applying = false;
            if (!applied) {
                failCycle(tr("Updates from the office could not be saved: %1")
                              .arg(applied.error().toString()));
                return;
            }
            if (!page.hasMore)
                purge(page);
            else if (m_afterApply)
                std::exchange(m_afterApply, {})();
            else if (!m_pullInFlight)
                requestPage(m_cursor);
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
