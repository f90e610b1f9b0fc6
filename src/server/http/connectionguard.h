#pragma once
// Watches every accepted connection alongside QHttpServer (Qt 6.4 has no request size limits,
// timeouts or response ordering of its own):
//  - admits a new connection only within the per-address and total caps (listeners.h asks);
//  - counts request bytes and answers 413 as soon as a request is larger than the limit, after
//    discarding (not buffering) the rest of the declared body so the client can read the answer;
//  - answers 431 when a request head (request line + headers) is over the header limit;
//  - answers 408 and closes a connection whose request head or request stalls, closes a new
//    connection that sends nothing, and closes idle keep-alive ones;
//  - writes responses in request order even when worker threads finish out of order;
//  - knows which connections are busy, for a graceful shutdown.
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <map>

namespace careround::server::http {

struct HttpLimits
{
    qint64 maxBodyBytes = 8 * 1024 * 1024; // also the limit after decompression
    qint64 maxHeaderBytes = 64 * 1024; // request line + headers
    qint64 maxDiscardBytes =
        64 * 1024 * 1024; // past this an oversized body is cut off, not drained
    int handshakeTimeoutMs = 5'000; // TLS handshake, from accept
    int headerTimeoutMs =
        10'000; // a request head, from its first byte (a new connection: from accept)
    int requestTimeoutMs = 30'000; // a started request must complete within this
    int idleTimeoutMs = 120'000; // keep-alive connections idle longer are closed
    int maxConnectionsPerAddress = 64; // open + handshaking, per peer address; 0 = no cap
    int maxConnections = 4096; // open + handshaking, all peers together
    int listenBacklog = 1024; // the kernel caps it at net.core.somaxconn
};

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // httpServer: the QHttpServer whose readyRead handling is detached from a rejected connection.
    ConnectionGuard(const HttpLimits &limits, QObject *httpServer, QObject *parent = nullptr);

    // Counts a just-accepted socket against the caps until it is destroyed; false (and counted
    // as refused) when a cap is reached: the caller closes it.
    bool admit(QTcpSocket *socket);
    // Called by a listener when a TLS handshake did not finish in time.
    void noteHandshakeTimeout() { ++m_pressure.handshakeTimeouts; }
    const HttpLimits &limits() const { return m_limits; }

    void attach(QTcpSocket *socket);

    // Called when a complete request leaves QHttpServer: resets the byte count and returns the
    // request's place in this connection's response order.
    quint64 beginRequest(QTcpSocket *socket);
    // Hands over the complete response bytes for a ticket; written once all earlier tickets are.
    void completeRequest(QTcpSocket *socket, quint64 ticket, const QByteArray &rawResponse,
                         bool close);

    // The connection's last answer is an open event stream (eventstreams.h): it is not busy, not
    // closed when idle (only when draining), and what the client sends on it is dropped.
    void markStreaming(QTcpSocket *socket);
    // Writes stream bytes once the stream's head is written; false when it cannot be yet.
    bool writeStream(QTcpSocket *socket, const QByteArray &bytes);
    // A response head without a length: the body runs until the connection closes.
    static QByteArray rawStreamHead(int status,
                                    const QList<QPair<QByteArray, QByteArray>> &headers);

    // Connections with a partly received request or an unanswered one.
    int busyConnections() const;
    // Connections not yet closed (a closing one may still be flushing its last response).
    int openConnections() const;
    // From now on close connections as soon as they are idle.
    void setDraining(bool draining);
    bool draining() const { return m_draining; }

    using RejectLogger =
        std::function<void(int status, const QString &code, qint64 bytes, const QString &remote)>;
    void setRejectLogger(RejectLogger logger) { m_rejectLogger = std::move(logger); }
    // What a flood costs, logged once a second at most instead of a line per connection.
    struct Pressure
    {
        int refused = 0; // over a connection cap
        int handshakeTimeouts = 0; // TLS handshake not done in time
        int headerTimeouts = 0; // request head not received in time (answered 408)
    };
    using PressureLogger = std::function<void(const Pressure &)>;
    void setPressureLogger(PressureLogger logger) { m_pressureLogger = std::move(logger); }
    // Headers on the guard's own answers (408, 413, 431, 400), e.g. HSTS.
    void setRejectHeaders(QList<QPair<QByteArray, QByteArray>> headers)
    {
        m_rejectHeaders = std::move(headers);
    }

    static QByteArray rawResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body, bool close);

signals:
    void busyChanged();

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        qint64 bytesInRequest = 0;
        QElapsedTimer requestStarted; // valid while a request is partly received
        QElapsedTimer headStarted; // valid until the request head is complete
        qint64 headBytes = 0;
        QByteArray headTail; // last bytes seen, for a head end split across reads
        QElapsedTimer lastActivity;
        bool rejecting = false;
        bool lingering = false; // answered; reading and dropping what the client still sends
        QElapsedTimer lingerStarted;
        qint64 discardRemaining = 0;
        QByteArray pendingReject; // written once the discard is done
        quint64 nextTicket = 0;
        quint64 nextToWrite = 0;
        std::map<quint64, QPair<QByteArray, bool>> ready;
        bool closing = false;
        bool streaming = false;
        QMetaObject::Connection readyReadHook; // cut when QHttpServer gives up on the socket
    };

    void onReadyRead(QTcpSocket *socket);
    bool scanHead(Connection &conn, qint64 available);
    void rejectAndLinger(Connection &conn, int status, const QString &code, const QString &message);
    void release(const QHostAddress &peer);
    void startReject(Connection &conn, int status, const QString &code, const QString &message,
                     qint64 discardBytes, bool logIt = true);
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
    PressureLogger m_pressureLogger;
    QList<QPair<QByteArray, QByteArray>> m_rejectHeaders;
    QHash<QHostAddress, int> m_perAddress;
    int m_admitted = 0;
    Pressure m_pressure;
};

} // namespace careround::server::http
