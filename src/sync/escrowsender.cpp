#include "escrowsender.h"
#include "store/whenfinished.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

namespace {
constexpr qsizetype MaxBytesPerRequest = 4 * 1024 * 1024; // base64 grows it by a third: < 8 MiB

struct Batch
{
    Result<EscrowIdentity> identity = Error {};
    QList<SpoolEntry> entries;
};
} // namespace

EscrowSender::EscrowSender(QString dataDirectory, QList<QSslCertificate> caCertificates,
                           QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_caCertificates(std::move(caCertificates))
{
    m_pool.setMaxThreadCount(1);
}

EscrowSender::~EscrowSender()
{
    m_transport.reset();
    m_pool.waitForDone();
}

void EscrowSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_delivered = m_refused = 0;
    m_refusedIds.clear();
    sendNext();
}

void EscrowSender::sendNext()
{
    const auto taken = QtConcurrent::run(&m_pool, [dir = m_dataDirectory, skip = m_refusedIds] {
        EscrowSpool spool(dir);
        Batch batch;
        batch.identity = spool.identity();
        const auto entries =
            spool.take(MaxEntriesPerRequest + int(skip.size()), MaxBytesPerRequest);
        for (const SpoolEntry &entry : entries) {
            if (!skip.contains(entry.recordId) && batch.entries.size() < MaxEntriesPerRequest)
                batch.entries.append(entry);
        }
        return batch;
    });
    whenFinished(taken, this, [this](const Batch &batch) {
        if (batch.entries.isEmpty()) {
            done({});
            return;
        }
        if (!batch.identity) {
            done(tr("Unsent records are sealed on this device, but it does not know its office "
                    "server yet."));
            return;
        }
        m_identity = batch.identity.value();
        if (!m_transport)
            m_transport = std::make_unique<SyncTransport>(
                TransportConfig {m_identity.serverUrl, m_caCertificates});
        QJsonArray sealed;
        for (const SpoolEntry &entry : batch.entries)
            sealed.append(QString::fromLatin1(entry.sealed.toBase64()));
        const QByteArray body =
            QJsonDocument(QJsonObject {{QStringLiteral("org_id"), m_identity.orgId},
                                       {QStringLiteral("device_id"), m_identity.deviceId},
                                       {QStringLiteral("entries"), sealed}})
                .toJson(QJsonDocument::Compact);
        m_transport->post(
            QStringLiteral("/v1/escrow"), body, {},
            [this, entries = batch.entries](const SyncReply &reply) {
                if (reply.isRevocation()) {
                    const auto cleared = QtConcurrent::run(
                        &m_pool, [dir = m_dataDirectory] { EscrowSpool(dir).clear(); });
                    whenFinished(cleared, this, [this] {
                        emit wipeRequested();
                        SyncReply revoked;
                        revoked.status = 403;
                        revoked.json = {
                            {QStringLiteral("error"), QStringLiteral("device_revoked")}};
                        done(SyncWording::describe(revoked));
                    });
                    return;
                }
                if (!reply.ok()) {
                    done(SyncWording::describe(reply));
                    return;
                }
                QStringList delivered;
                const qsizetype refusedBefore = m_refusedIds.size();
                const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject r = v.toObject();
                    const int index = r.value(QLatin1String("index")).toInt(-1);
                    if (index < 0 || index >= entries.size())
                        continue;
                    if (r.value(QLatin1String("status")).toString() == QLatin1String("rejected"))
                        m_refusedIds.append(entries.at(index).recordId);
                    else
                        delivered.append(entries.at(index).recordId);
                }
                if (delivered.isEmpty() && refusedBefore == m_refusedIds.size()) {
                    done(tr("The office server gave an unexpected answer."));
                    return;
                }
                m_delivered += int(delivered.size());
                m_refused = int(m_refusedIds.size());
                const auto removed = QtConcurrent::run(&m_pool, [dir = m_dataDirectory, delivered] {
                    EscrowSpool(dir).remove(delivered);
                });
                whenFinished(removed, this, [this] { sendNext(); });
            });
    });
}

void EscrowSender::done(const QString &error)
{
    m_running = false;
    emit finished(m_delivered, m_refused, error);
}

} // namespace careround::sync
