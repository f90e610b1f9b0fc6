#include "bench_sync_proxy.h"

namespace careround::bench {

namespace {
constexpr qsizetype Segment = 1400;
}

ShapingProxy::ShapingProxy(quint16 upstreamPort, LinkShape shape, QObject *parent)
    : QObject(parent)
    , m_upstream(upstreamPort)
    , m_shape(shape)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &ShapingProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void ShapingProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        auto up = std::make_unique<Direction>();
        auto down = std::make_unique<Direction>();
        up->to = upstream;
        down->to = client;
        Direction *u = up.get(), *d = down.get();
        for (Direction *dir : {u, d}) {
            dir->timer.setSingleShot(true);
            connect(&dir->timer, &QTimer::timeout, this, [this, dir] { release(*dir); });
        }
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, u, pending] {
            const QByteArray data = client->readAll();
            if (upstream->state() != QAbstractSocket::ConnectedState)
                *pending += data; // sent once connected
            else
                send(*u, data, m_shape.upKbps, &m_bytesUp);
        });
        connect(upstream, &QTcpSocket::connected, this, [this, u, pending] {
            if (!pending->isEmpty())
                send(*u, *pending, m_shape.upKbps, &m_bytesUp);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, d] {
            send(*d, upstream->readAll(), m_shape.downKbps, &m_bytesDown);
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        m_directions.push_back(std::move(up));
        m_directions.push_back(std::move(down));
    }
}

void ShapingProxy::send(Direction &direction, const QByteArray &data, double kbps, qint64 *counter)
{
    *counter += data.size();
    const qint64 now = m_clock.elapsed();
    for (qsizetype at = 0; at < data.size(); at += Segment) {
        const QByteArray part = data.mid(at, Segment);
        const double serialiseMs = kbps > 0 ? part.size() * 8.0 / kbps : 0; // kbit/s = bit/ms
        qint64 due =
            std::max<qint64>(now + m_shape.rttMs / 2, direction.lastDue + qint64(serialiseMs));
        if (m_shape.lossRate > 0 && m_random.generateDouble() < m_shape.lossRate)
            due += m_shape.rtoMs; // lost and sent again after the retransmission timeout
        direction.lastDue = due;
        direction.queue.append({due, part});
    }
    release(direction);
}

void ShapingProxy::release(Direction &direction)
{
    const qint64 now = m_clock.elapsed();
    while (!direction.queue.isEmpty() && direction.queue.first().first <= now) {
        if (direction.to)
            direction.to->write(direction.queue.first().second);
        direction.queue.removeFirst();
    }
    if (!direction.queue.isEmpty())
        direction.timer.start(int(direction.queue.first().first - now));
}

} // namespace careround::bench
