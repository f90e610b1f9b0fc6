#include "eventstreams.h"

#include "connectionguard.h"

#include <QSet>

namespace careround::server::http {

EventStreams::EventStreams(ConnectionGuard *guard, const Options &options, QObject *parent)
    : QObject(parent)
    , m_guard(guard)
    , m_options(options)
{
    m_pool.setMaxThreadCount(1);
    m_pollTimer.setInterval(options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventStreams::poll);
    m_keepAliveTimer.setInterval(options.keepAliveMs);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &EventStreams::keepAlive);
}

EventStreams::~EventStreams()
{
    m_pool.waitForDone();
}

QByteArray EventStreams::changedEvent(qint64 seq)
{
    return "event: changed\ndata: {\"seq\":" + QByteArray::number(seq) + "}\n\n";
}

QByteArray EventStreams::keepAliveComment()
{
    return ": keep-alive\n\n";
}

bool EventStreams::canOpen(const QString &owner) const
{
    int mine = 0;
    for (const Stream &stream : m_streams)
        mine += stream.owner == owner && stream.socket ? 1 : 0;
    return mine < m_options.maxPerOwner;
}

void EventStreams::open(QTcpSocket *socket, const QString &topic, const QString &owner,
                        qint64 seenSeq)
{
    const auto key = reinterpret_cast<quintptr>(socket);
    Stream stream {socket, topic, owner, seenSeq, {}};
    stream.opened.start();
    m_streams.insert(key, stream);
    const auto forget = [this, key] {
        m_streams.remove(key);
    };
    connect(socket, &QAbstractSocket::disconnected, this, forget);
    connect(socket, &QObject::destroyed, this, forget);
    if (!m_pollTimer.isActive())
        m_pollTimer.start();
    if (!m_keepAliveTimer.isActive())
        m_keepAliveTimer.start();
}

void EventStreams::poll()
{
    if (m_streams.isEmpty()) {
        m_pollTimer.stop();
        m_keepAliveTimer.stop();
        return;
    }
    if (m_polling || !m_watcher)
        return;
    QSet<QString> topics;
    for (const Stream &stream : std::as_const(m_streams))
        topics.insert(stream.topic);
    m_polling = true;
    m_pool.start([this, topics, watcher = m_watcher] {
        QHash<QString, qint64> sequences;
        for (const QString &topic : topics) {
            if (const std::optional<qint64> seq = watcher(topic))
                sequences.insert(topic, *seq);
        }
        QMetaObject::invokeMethod(
            this, [this, sequences] { deliver(sequences); }, Qt::QueuedConnection);
    });
}

void EventStreams::deliver(const QHash<QString, qint64> &sequences)
{
    m_polling = false;
    for (Stream &stream : m_streams) {
        const auto seq = sequences.constFind(stream.topic);
        if (seq == sequences.constEnd() || *seq <= stream.seenSeq || !stream.socket)
            continue;
        // Not written while the head is still queued behind an earlier answer: the next poll
        // tries again.
        if (m_guard->writeStream(stream.socket, changedEvent(*seq)))
            stream.seenSeq = *seq;
    }
}

void EventStreams::keepAlive()
{
    QList<QPointer<QTcpSocket>> expired;
    for (Stream &stream : m_streams) {
        if (!stream.socket)
            continue;
        if (stream.opened.elapsed() > m_options.maxAgeMs)
            expired.append(stream.socket);
        else
            m_guard->writeStream(stream.socket, keepAliveComment());
    }
    disconnect(expired);
}

// Collected first: a disconnect can remove its stream from m_streams at once.
void EventStreams::disconnect(const QList<QPointer<QTcpSocket>> &sockets)
{
    for (const QPointer<QTcpSocket> &socket : sockets) {
        if (socket)
            socket->disconnectFromHost();
    }
}

void EventStreams::closeAll()
{
    QList<QPointer<QTcpSocket>> all;
    for (const Stream &stream : std::as_const(m_streams))
        all.append(stream.socket);
    disconnect(all);
}

} // namespace careround::server::http
