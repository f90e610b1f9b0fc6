// SyncEngine: pushing the outbox. Accepted and duplicate both mean the server holds the record:
// its outbox entry and sealed copy are removed. A rejected record stays in the outbox, kept as
// "refused by the office" with the server's reason (store: outbox.refused_reason): it no longer
// counts as waiting to be sent, and it is offered again only when a person asks (syncNow).
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "syncengine.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

void SyncEngine::pushNext()
{
    setPhase(Phase::Pushing);
    // Entries offered in this cycle are skipped: one refused again is not offered twice.
    whenFinished(m_store->pendingOutbox(m_config.pushBatch + int(m_offeredThisCycle.size()),
                                        m_retryRejected),
                 this, [this](const QList<store::OutboxEntry> &entries) {
                     QStringList ids;
                     QByteArray body = QByteArrayLiteral("{\"records\":[");
                     for (const store::OutboxEntry &entry : entries) {
                         if (m_offeredThisCycle.contains(entry.recordId)
                             || ids.size() >= m_config.pushBatch)
                             continue;
                         if (!ids.isEmpty())
                             body += ',';
                         body += entry.body; // already the codec's compact JSON: no re-encoding
                         ids.append(entry.recordId);
                     }
                     body += "]}";
                     if (ids.isEmpty()) {
                         pullNext();
                         return;
                     }
                     for (const QString &id : std::as_const(ids))
                         m_offeredThisCycle.insert(id);
                     authed("POST", QStringLiteral("/v1/sync/push"), body,
                            [this, ids](const SyncReply &reply) { pushed(ids, reply); });
                 });
}

void SyncEngine::pushed(const QStringList &offered, const SyncReply &reply)
{
    if (!reply.ok()) {
        failCycle(reply);
        return;
    }
    QStringList delivered;
    QHash<QString, QString> refused; // record id -> the server's reason
    const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        const QString id = r.value(QLatin1String("id")).toString();
        if (!offered.contains(id))
            continue;
        if (r.value(QLatin1String("status")).toString() == QLatin1String("rejected")) {
            const QString field = r.value(QLatin1String("field")).toString();
            const QString reason = r.value(QLatin1String("reason")).toString();
            refused.insert(id, field.isEmpty() ? reason : field + QStringLiteral(": ") + reason);
        } else {
            delivered.append(id);
        }
    }
    if (delivered.isEmpty() && refused.isEmpty()) {
        failCycle(tr("The office server's answer to the records sent was not understood."));
        return;
    }
    whenFinished(
        m_store->markSent(delivered), this,
        [this, delivered, refused,
         full = offered.size() >= m_config.pushBatch](const Result<int> &marked) {
            if (!marked) {
                failCycle(tr("Sent, but this device could not note it: %1")
                              .arg(marked.error().toString()));
                return;
            }
            // The server holds them now: their sealed copies are no longer needed.
            (void)QtConcurrent::run(
                &m_pool, [sealer = m_sealer, delivered] { sealer->spool().remove(delivered); });
            m_pushDone += int(delivered.size() + refused.size());
            if (m_pushTotal > 0)
                emit progressChanged(std::min(1.0, double(m_pushDone) / m_pushTotal));
            auto next = [this, full] {
                full ? pushNext() : pullNext();
            };
            bool refusedChanged = false;
            for (const QString &id : delivered)
                refusedChanged = m_rejected.remove(id) > 0 || refusedChanged;
            if (refused.isEmpty()) {
                if (refusedChanged)
                    loadRefused(next);
                else
                    next();
                return;
            }
            whenFinished(
                m_store->markRefused(refused), this, [this, next](const Result<int> &kept) {
                    if (!kept) {
                        failCycle(tr("Refused by the office, but this device could not note it: %1")
                                      .arg(kept.error().toString()));
                        return;
                    }
                    loadRefused(next);
                });
        });
}

void SyncEngine::loadRefused(Step next)
{
    whenFinished(m_store->refusedEntries(), this,
                 [this, next](const QList<store::RefusedEntry> &entries) {
                     m_refused = entries;
                     m_rejected.clear();
                     for (const store::RefusedEntry &entry : entries)
                         m_rejected.insert(entry.recordId, entry.reason);
                     emit refusedChanged();
                     if (next)
                         next();
                 });
}

// A store written before schema v8 kept the refusals in device_state (sync.rejected): they move
// to the outbox, which now says which entries were refused.
void SyncEngine::adoptLegacyRefusals(const QByteArray &json, Step next)
{
    QHash<QString, QString> reasons;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        reasons.insert(it.key(), it.value().toString());
    if (reasons.isEmpty()) {
        next();
        return;
    }
    whenFinished(m_store->markRefused(reasons), this, [this, next](const Result<int> &) {
        whenFinished(m_store->setDeviceState(QString::fromLatin1(SyncStateKey::Rejected), "{}"),
                     this, [next](const Result<void> &) { next(); });
    });
}

} // namespace careround::sync
