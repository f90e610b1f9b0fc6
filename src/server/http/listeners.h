#pragma once
// The listening sockets of HttpHost. Each accepted connection is first admitted by the
// ConnectionGuard (per-address and total caps), and only then queued for QHttpServer.
//
// TlsListener does the TLS handshake itself instead of Qt 6.4's QSslServer, whose sockets still
// in handshake count against QTcpServer::maxPendingConnections: thirty silent peers paused
// accepting for good. Here a handshaking socket is not pending; it has its own deadline and is
// queued only once encrypted, so the accept loop never waits on a peer.
#include "connectionguard.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

namespace careround::server::http {

class PlainListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit PlainListener(ConnectionGuard *guard, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<ConnectionGuard> m_guard;
};

class TlsListener : public QTcpServer
{
    Q_OBJECT
public:
    TlsListener(ConnectionGuard *guard, const QSslConfiguration &tls, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QPointer<ConnectionGuard> m_guard;
    QSslConfiguration m_tls;
};

// Listen backlog, pending queue size and recovery from accept errors (e.g. out of file
// descriptors: Qt pauses accepting for good; this resumes it shortly after).
void prepareListener(QTcpServer *server, const HttpLimits &limits);

} // namespace careround::server::http
