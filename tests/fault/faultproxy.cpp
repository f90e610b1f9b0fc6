#include "faultproxy.h"
#include <QTimer>

namespace careround::synctest {

qsizetype completeMessageLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return data.size() >= total ? total : -1;
}

QByteArray withConnectionClose(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(end).split('\n');
    QByteArray out;
    for (const QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("connection:"))
            continue;
        out += line.trimmed() + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    return out + message.mid(end + 4);
}

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstream(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy()
{
    // The sockets go first, without their handlers: otherwise a socket closing during member
    // destruction runs a handler on a half-destroyed proxy (or starts a new forward).
    m_server.close();
    const QList<QTcpSocket *> sockets =
        findChildren<QTcpSocket *>() + m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_buffers.remove(client);
            client->deleteLater();
        });
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray &buffer = m_buffers[client];
    buffer += client->readAll();
    const qsizetype length = completeMessageLength(buffer);
    if (length < 0)
        return;
    const QByteArray request = withConnectionClose(buffer.left(length));
    m_bytesUp += length;
    buffer.remove(0, length);
    handle(client, request);
}

FaultProxy::Fault FaultProxy::pick()
{
    if (m_random.generateDouble() >= m_faultRate)
        return Fault::None;
    return Fault(1 + m_random.bounded(6));
}

void FaultProxy::handle(QTcpSocket *client, QByteArray request)
{
    ++m_requests;
    const Fault fault = pick();
    ++m_injected[fault];
    QPointer<QTcpSocket> to(client);
    auto relay = [this, to](const QByteArray &response, qsizetype bytes) {
        if (!to)
            return;
        const QByteArray part = response.left(bytes);
        m_bytesDown += part.size();
        to->write(part);
        to->flush();
        to->disconnectFromHost();
    };
    auto relayAll = [relay, to](const QByteArray &response) {
        if (completeMessageLength(response) < 0) {
            if (to)
                to->abort(); // the server gave no whole answer
            return;
        }
        relay(withConnectionClose(response), std::numeric_limits<qsizetype>::max());
    };
    const qint64 all = request.size();
    switch (fault) {
    case Fault::None:
        forward(request, all, relayAll);
        break;
    case Fault::DropResponse:
        forward(request, all, [to](const QByteArray &) {
            if (to)
                to->abort();
        });
        break;
    case Fault::CutResponse:
        forward(request, all, [relay](const QByteArray &response) {
            relay(response, std::max<qsizetype>(1, response.size() / 2));
        });
        break;
    case Fault::CutRequest: {
        const qsizetype body = request.indexOf("\r\n\r\n") + 4;
        forward(request, body + (all - body) / 2, [to](const QByteArray &) {
            if (to)
                to->abort();
        });
        break;
    }
    case Fault::Duplicate:
        forward(request, all, [this, request, all, relayAll](const QByteArray &) {
            forward(request, all, relayAll);
        });
        break;
    case Fault::ReplayEarlier: {
        const QByteArray earlier =
            m_seen.isEmpty() ? request : m_seen.at(m_random.bounded(int(m_seen.size())));
        forward(earlier, earlier.size(), [this, request, all, relayAll](const QByteArray &) {
            forward(request, all, relayAll);
        });
        break;
    }
    case Fault::Stall:
        QTimer::singleShot(m_stallMs, this,
                           [this, request, all, relayAll] { forward(request, all, relayAll); });
        break;
    }
    m_seen.append(request);
    if (m_seen.size() > 50)
        m_seen.removeFirst();
}

void FaultProxy::forward(const QByteArray &request, qint64 sendBytes,
                         std::function<void(const QByteArray &response)> done)
{
    auto *upstream = new QTcpSocket(this);
    auto response = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    auto finish = [upstream, response, finished, done] {
        if (*finished)
            return;
        *finished = true;
        upstream->deleteLater();
        done(*response);
    };
    connect(upstream, &QTcpSocket::connected, this, [upstream, request, sendBytes] {
        upstream->write(request.left(sendBytes));
        if (sendBytes < request.size()) {
            upstream->flush();
            upstream->abort(); // cut mid-body
        }
    });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, response, finish] {
        *response += upstream->readAll();
        if (completeMessageLength(*response) >= 0)
            finish();
    });
    connect(upstream, &QTcpSocket::disconnected, this, finish);
    connect(upstream, &QTcpSocket::errorOccurred, this, finish);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
}

} // namespace careround::synctest
