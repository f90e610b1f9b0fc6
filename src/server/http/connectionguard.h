#pragma once
// Watches every accepted connection alongside QHttpServer (Qt 6.4 has no request size limits,
// timeouts or response ordering of its own):
//  - counts request bytes and answers 413 as soon as a request is larger than the limit, after
//    discarding (not buffering) the rest of the declared body so the client can read the answer;
//  - answers 408 and closes a connection whose request stalls, and closes idle keep-alive ones;
//  - writes responses in request order even when worker threads finish out of order;
//  - knows which connections are busy, for a graceful shutdown.
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <map>

namespace careround::server::http {

struct HttpLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024; // also the limit after decompression
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxDiscardBytes = 64 * 1024 * 1024; // past this an oversized body is cut off, not drained
    int requestTimeoutMs = 30'000;             // a started request must complete within this
    int idleTimeoutMs = 120'000;               // keep-alive connections idle longer are closed
};

class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    // httpServer: the QHttpServer whose readyRead handling is detached from a rejected connection.
    ConnectionGuard(const HttpLimits &limits, QObject *httpServer, QObject *parent = nullptr);

    void attach(QTcpSocket *socket);

    // Called when a complete request leaves QHttpServer: resets the byte count and returns the
    // request's place in this connection's response order.
    quint64 beginRequest(QTcpSocket *socket);
    // Hands over the complete response bytes for a ticket; written once all earlier tickets are.
    void completeRequest(QTcpSocket *socket, quint64 ticket, const QByteArray &rawResponse, bool close);

    // Connections with a partly received request or an unanswered one.
    int busyConnections() const;
    // Connections not yet closed (a closing one may still be flushing its last response).
    int openConnections() const;
    // From now on close connections as soon as they are idle.
    void setDraining(bool draining);
    bool draining() const { return m_draining; }

    using RejectLogger = std::function<void(int status, const QString &code, qint64 bytes, const QString &remote)>;
    void setRejectLogger(RejectLogger logger) { m_rejectLogger = std::move(logger); }

    static QByteArray rawResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body, bool close);

signals:
    void busyChanged();

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        qint64 bytesInRequest = 0;
        QElapsedTimer requestStarted; // valid while a request is partly received
        QElapsedTimer lastActivity;
        bool rejecting = false;
        qint64 discardRemaining = 0;
        QByteArray pendingReject; // written once the discard is done
        quint64 nextTicket = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, QPair<QByteArray, bool>> ready;
        bool closing = false;
        QMetaObject::Connection readyReadHook; // cut when QHttpServer gives up on the socket
    };

    void onReadyRead(QTcpSocket *socket);
    void startReject(Connection &conn, int status, const QString &code, const QString &message,
                     qint64 discardBytes);
    void finishReject(Connection &conn);
    void flush(Connection &conn);
    bool isBusy(const Connection &conn) const;
    void sweep();
    Connection *find(QTcpSocket *socket);

    HttpLimits m_limits;
    QPointer<QObject> m_httpServer;
    QHash<quintptr, Connection> m_connections;
    QTimer m_sweepTimer;
    bool m_draining = false;
    RejectLogger m_rejectLogger;
};

// Listening servers that hand each accepted connection to the guard before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionGuard *guard, QObject *parent = nullptr) : QTcpServer(parent), m_guard(guard) {}
    QTcpSocket *nextPendingConnection() override;

private:
    QPointer<ConnectionGuard> m_guard;
};

class GuardedSslServer : public QSslServer {
    Q_OBJECT
public:
    GuardedSslServer(ConnectionGuard *guard, QObject *parent = nullptr) : QSslServer(parent), m_guard(guard) {}
    QTcpSocket *nextPendingConnection() override;

private:
    QPointer<ConnectionGuard> m_guard;
};

} // namespace careround::server::http
