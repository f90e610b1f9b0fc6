#include "listeners.h"

#include "jsonlog.h"

#include <QSslSocket>
#include <QTimer>

namespace careround::server::http {

namespace {
constexpr int kAcceptRetryMs = 200;
}

void prepareListener(QTcpServer *server, const HttpLimits &limits)
{
    server->setListenBacklogSize(limits.listenBacklog);
    server->setMaxPendingConnections(qMax(limits.maxConnections, 30));
    QObject::connect(
        server, &QTcpServer::acceptError, server, [server](QAbstractSocket::SocketError error) {
            JsonLog::warning(QStringLiteral("accept_failed"),
                             {{QStringLiteral("error"), int(error)},
                              {QStringLiteral("detail"), server->errorString()}});
            QTimer::singleShot(kAcceptRetryMs, server, [server] { server->resumeAccepting(); });
        });
}

PlainListener::PlainListener(ConnectionGuard *guard, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
{ }

void PlainListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || !m_guard || !m_guard->admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    addPendingConnection(socket);
}

QTcpSocket *PlainListener::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket && m_guard)
        m_guard->attach(socket);
    return socket;
}

TlsListener::TlsListener(ConnectionGuard *guard, const QSslConfiguration &tls, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
    , m_tls(tls)
{ }

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || !m_guard || !m_guard->admit(socket)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setSslConfiguration(m_tls);
    // Everything watching the handshake hangs off this object, so one delete ends it.
    auto *handshake = new QObject(socket);
    const auto giveUp = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::encrypted, handshake, [this, socket, handshake] {
        handshake->deleteLater();
        socket->disconnect(handshake);
        addPendingConnection(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, handshake, giveUp);
    connect(socket, &QAbstractSocket::disconnected, handshake, giveUp);
    QTimer::singleShot(m_guard->limits().handshakeTimeoutMs, handshake, [this, socket, giveUp] {
        if (socket->isEncrypted())
            return;
        if (m_guard)
            m_guard->noteHandshakeTimeout();
        giveUp();
    });
    // The TLS context (costly with OpenSSL 3) is made once the client says something: a silent
    // peer costs an accept and a close, nothing more.
    connect(socket, &QIODevice::readyRead, handshake, [socket] {
        if (socket->mode() == QSslSocket::UnencryptedMode)
            socket->startServerEncryption();
    });
}

QTcpSocket *TlsListener::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket && m_guard)
        m_guard->attach(socket);
    return socket;
}

} // namespace careround::server::http
