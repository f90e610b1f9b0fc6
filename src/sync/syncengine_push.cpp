// SyncEngine: pushing the outbox. Accepted and duplicate both mean the server holds the record:
// its outbox entry and sealed copy are removed. Rejected records stay in the outbox, counted and
// shown; they are offered again only when a person asks for a sync (syncNow).
#include "store/recordstore.h"
#include "syncengine.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

void SyncEngine::pushNext()
{
    setPhase(Phase::Pushing);
    const int skip = m_retryRejected ? 0 : int(m_rejected.size());
    m_store->pendingOutbox(m_config.pushBatch + skip)
        .then(this, [this](const QList<store::OutboxEntry> &entries) {
            QStringList ids;
            QByteArray body = QByteArrayLiteral("{\"records\":[");
            for (const store::OutboxEntry &entry : entries) {
                if ((!m_retryRejected && m_rejected.contains(entry.recordId))
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
    QStringList refused;
    bool rejectedChanged = false;
    const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        const QString id = r.value(QLatin1String("id")).toString();
        if (!offered.contains(id))
            continue;
        if (r.value(QLatin1String("status")).toString() == QLatin1String("rejected")) {
            const QString field = r.value(QLatin1String("field")).toString();
            const QString reason = r.value(QLatin1String("reason")).toString();
            m_rejected.insert(id, field.isEmpty() ? reason : field + QStringLiteral(": ") + reason);
            refused.append(id);
            rejectedChanged = true;
        } else {
            delivered.append(id);
            rejectedChanged = m_rejected.remove(id) > 0 || rejectedChanged;
        }
    }
    if (delivered.isEmpty() && refused.isEmpty()) {
        failCycle(tr("The office server's answer to the records sent was not understood."));
        return;
    }
    m_store->markSent(delivered).then(
        this,
        [this, delivered, refused, rejectedChanged,
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
            if (!refused.isEmpty())
                m_store->markAttempted(refused);
            if (rejectedChanged)
                saveRejected(next);
            else
                next();
        });
}

void SyncEngine::saveRejected(Step next)
{
    QJsonObject json;
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it)
        json.insert(it.key(), it.value());
    m_store
        ->setDeviceState(QString::fromLatin1(SyncStateKey::Rejected),
                         QJsonDocument(json).toJson(QJsonDocument::Compact))
        .then(this, [next](const Result<void> &) { next(); });
}

} // namespace careround::sync
