#include "connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>

#include <memory>
#include <utility>

namespace careround::server::http {

namespace {

constexpr int kSweepIntervalMs = 1000;
// After an early answer (431) the rest of what the client sends is read and dropped for a while,
// so closing does not reset the connection before the client has read the answer.
constexpr int kLingerQuietMs = 1000;
constexpr int kLingerMaxMs = 5000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Status";
}

// Content-Length of the request whose head starts the buffer, -1 when the head is not complete
// or names no length, -2 when it is chunked.
qint64 declaredLength(const QByteArray &head, qint64 *headLength)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    *headLength = end + 4;
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed().toLower();
        if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
            return -2;
        if (line.startsWith("content-length:")) {
            bool ok = false;
            const qint64 length = line.mid(15).trimmed().toLongLong(&ok);
            return ok && length >= 0 ? length : -1;
        }
    }
    return -1;
}

// Index just past the blank line that ends a request head (CRLF CRLF, or bare LF LF), or -1.
qsizetype headEnd(const QByteArray &data)
{
    for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
        if (i + 1 < data.size() && data.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

QHostAddress plainAddress(QHostAddress address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address; // ::ffff:a.b.c.d counts as a.b.c.d
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(
               QJsonObject {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

ConnectionGuard::ConnectionGuard(const HttpLimits &limits, QObject *httpServer, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_httpServer(httpServer)
{
    m_sweepTimer.setInterval(kSweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweepTimer.start();
}

bool ConnectionGuard::admit(QTcpSocket *socket)
{
    const QHostAddress peer = plainAddress(socket->peerAddress());
    const int fromPeer = m_perAddress.value(peer);
    const int perAddressCap = m_limits.maxConnectionsPerAddress;
    if (m_admitted >= m_limits.maxConnections || (perAddressCap > 0 && fromPeer >= perAddressCap)) {
        ++m_pressure.refused;
        return false;
    }
    m_perAddress.insert(peer, fromPeer + 1);
    ++m_admitted;
    // Counted until it disconnects or is destroyed, whichever comes first.
    auto released = std::make_shared<bool>(false);
    const auto releaseOnce = [this, peer, released] {
        if (!std::exchange(*released, true))
            release(peer);
    };
    connect(socket, &QAbstractSocket::disconnected, this, releaseOnce);
    connect(socket, &QObject::destroyed, this, releaseOnce);
    return true;
}

void ConnectionGuard::release(const QHostAddress &peer)
{
    --m_admitted;
    auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

void ConnectionGuard::attach(QTcpSocket *socket)
{
    Connection conn;
    conn.socket = socket;
    conn.lastActivity.start();
    conn.headStarted.start(); // a new connection owes its first request head from now
    const auto key = reinterpret_cast<quintptr>(socket);
    // Connected before QHttpServer connects its own handler, so this runs first on every read.
    conn.readyReadHook =
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    m_connections.insert(key, conn);
    connect(socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::busyChanged);
    connect(socket, &QObject::destroyed, this, [this, key] {
        m_connections.remove(key);
        emit busyChanged();
    });
}

ConnectionGuard::Connection *ConnectionGuard::find(QTcpSocket *socket)
{
    auto it = m_connections.find(reinterpret_cast<quintptr>(socket));
    if (it == m_connections.end() || it->socket.isNull())
        return nullptr;
    return &it.value();
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    Connection *conn = find(socket);
    if (!conn)
        return;
    conn->lastActivity.start();
    if (conn->streaming) {
        // Nothing is read on an event stream; QHttpServer must not parse it as a request.
        socket->skip(socket->bytesAvailable());
        return;
    }
    if (conn->rejecting) {
        const qint64 discarded = socket->skip(socket->bytesAvailable());
        conn->discardRemaining -= qMax<qint64>(discarded, 0);
        if (conn->discardRemaining <= 0)
            finishReject(*conn);
        return;
    }
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    if (conn->bytesInRequest == 0) {
        conn->requestStarted.start();
        if (!conn->headStarted.isValid())
            conn->headStarted.start();
        qint64 headLength = 0;
        const qint64 length =
            declaredLength(socket->peek(qMin(available, m_limits.maxHeaderBytes)), &headLength);
        if (length > m_limits.maxBodyBytes) {
            const qint64 remaining = headLength + length - available;
            startReject(*conn, 413, QStringLiteral("body_too_large"),
                        QStringLiteral("request body of %1 bytes is over the limit of %2 bytes")
                            .arg(length)
                            .arg(m_limits.maxBodyBytes),
                        remaining <= m_limits.maxDiscardBytes ? remaining : 0);
            return;
        }
    }
    if (conn->headStarted.isValid() && !scanHead(*conn, available))
        return;
    conn->bytesInRequest += available;
    if (conn->bytesInRequest > m_limits.maxBodyBytes + m_limits.maxHeaderBytes) {
        startReject(
            *conn, 413, QStringLiteral("body_too_large"),
            QStringLiteral("request is over the limit of %1 bytes").arg(m_limits.maxBodyBytes), 0);
    }
}

// Looks for the end of the request head in what just arrived; false when the head is over the
// limit (answered 431).
bool ConnectionGuard::scanHead(Connection &conn, qint64 available)
{
    const qint64 room = qMax<qint64>(1, m_limits.maxHeaderBytes - conn.headBytes + 4);
    const QByteArray window = conn.headTail + conn.socket->peek(qMin(available, room));
    if (headEnd(window) >= 0) {
        conn.headStarted.invalidate();
        conn.headTail.clear();
        conn.headBytes = 0;
        return true;
    }
    conn.headBytes += available;
    if (conn.headBytes > m_limits.maxHeaderBytes) {
        rejectAndLinger(
            conn, 431, QStringLiteral("header_too_large"),
            QStringLiteral("the request line and headers are over the limit of %1 bytes")
                .arg(m_limits.maxHeaderBytes));
        return false;
    }
    conn.headTail = window.right(2);
    return true;
}

void ConnectionGuard::rejectAndLinger(Connection &conn, int status, const QString &code,
                                      const QString &message)
{
    startReject(conn, status, code, message, m_limits.maxDiscardBytes);
    conn.socket->write(rawResponse(status, m_rejectHeaders, errorBody(code, message), true));
    conn.pendingReject.clear(); // written above; finishReject only closes
    conn.lingering = true;
    conn.lingerStarted.start();
}

void ConnectionGuard::startReject(Connection &conn, int status, const QString &code,
                                  const QString &message, qint64 discardBytes, bool logIt)
{
    QTcpSocket *socket = conn.socket;
    if (logIt && m_rejectLogger)
        m_rejectLogger(status, code, conn.bytesInRequest + socket->bytesAvailable(),
                       socket->peerAddress().toString());
    conn.rejecting = true;
    // QHttpServer must not see the rest of this connection.
    if (m_httpServer)
        disconnect(socket, &QIODevice::readyRead, m_httpServer, nullptr);
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
    const qint64 discarded = socket->skip(socket->bytesAvailable());
    conn.discardRemaining = discardBytes > 0 ? discardBytes - qMax<qint64>(discarded, 0) : 0;
    conn.pendingReject = rawResponse(status, m_rejectHeaders, errorBody(code, message), true);
    if (conn.discardRemaining <= 0)
        finishReject(conn);
}

void ConnectionGuard::finishReject(Connection &conn)
{
    if (conn.closing)
        return;
    conn.closing = true;
    conn.socket->write(conn.pendingReject);
    conn.socket->disconnectFromHost();
}

quint64 ConnectionGuard::beginRequest(QTcpSocket *socket)
{
    Connection *conn = find(socket);
    if (!conn)
        return 0;
    conn->bytesInRequest = 0;
    conn->requestStarted.invalidate();
    conn->headStarted.invalidate(); // idle until the next request's first byte
    conn->headBytes = 0;
    conn->headTail.clear();
    conn->lastActivity.start();
    return conn->nextTicket++;
}

void ConnectionGuard::completeRequest(QTcpSocket *socket, quint64 ticket,
                                      const QByteArray &rawResponse, bool close)
{
    Connection *conn = find(socket);
    if (!conn) {
        emit busyChanged();
        return;
    }
    conn->ready[ticket] = qMakePair(rawResponse, close);
    flush(*conn);
    emit busyChanged();
}

void ConnectionGuard::flush(Connection &conn)
{
    while (!conn.closing) {
        auto it = conn.ready.find(conn.nextToWrite);
        if (it == conn.ready.end())
            break;
        conn.socket->write(it->second.first);
        const bool close = it->second.second;
        conn.ready.erase(it);
        ++conn.nextToWrite;
        conn.lastActivity.start();
        if (close || (m_draining && !isBusy(conn))) {
            conn.closing = true;
            conn.socket->disconnectFromHost();
        }
    }
}

void ConnectionGuard::markStreaming(QTcpSocket *socket)
{
    if (Connection *conn = find(socket))
        conn->streaming = true;
}

bool ConnectionGuard::writeStream(QTcpSocket *socket, const QByteArray &bytes)
{
    Connection *conn = find(socket);
    if (!conn || !conn->streaming || conn->closing || conn->nextToWrite != conn->nextTicket)
        return false;
    conn->socket->write(bytes);
    return true;
}

bool ConnectionGuard::isBusy(const Connection &conn) const
{
    if (conn.socket.isNull() || conn.closing)
        return false;
    return conn.bytesInRequest > 0 || conn.nextToWrite != conn.nextTicket;
}

int ConnectionGuard::busyConnections() const
{
    int busy = 0;
    for (const Connection &conn : m_connections)
        busy += isBusy(conn) ? 1 : 0;
    return busy;
}

int ConnectionGuard::openConnections() const
{
    int open = 0;
    for (const Connection &conn : m_connections)
        open += !conn.socket.isNull() && conn.socket->state() != QAbstractSocket::UnconnectedState
            ? 1
            : 0;
    return open;
}

void ConnectionGuard::setDraining(bool draining)
{
    m_draining = draining;
    if (draining)
        sweep();
}

void ConnectionGuard::sweep()
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        Connection &conn = it.value();
        if (conn.socket.isNull()) {
            it = m_connections.erase(it);
            continue;
        }
        QTcpSocket *socket = conn.socket;
        if (!conn.closing && !conn.rejecting && !conn.readyReadHook) {
            // QHttpServer cuts every signal connection (ours too) of a socket whose request it
            // could not parse, and leaves the socket open: answer and close it here.
            conn.closing = true;
            socket->write(
                rawResponse(400, m_rejectHeaders,
                            errorBody(QStringLiteral("malformed_http"),
                                      QStringLiteral("the request is not valid HTTP/1.1")),
                            true));
            socket->disconnectFromHost();
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        } else if (conn.lingering && !conn.closing
                   && (conn.lastActivity.elapsed() > kLingerQuietMs
                       || conn.lingerStarted.elapsed() > kLingerMaxMs)) {
            finishReject(conn);
        } else if (!conn.closing && !conn.rejecting && conn.headStarted.isValid()
                   && conn.headStarted.elapsed() > m_limits.headerTimeoutMs) {
            ++m_pressure.headerTimeouts;
            startReject(conn, 408, QStringLiteral("header_timeout"),
                        QStringLiteral("the request headers were not received in time"), 0, false);
        } else if (!conn.closing && conn.requestStarted.isValid()
                   && conn.requestStarted.elapsed() > m_limits.requestTimeoutMs
                   && !conn.rejecting) {
            startReject(conn, 408, QStringLiteral("request_timeout"),
                        QStringLiteral("the request was not completed in time"), 0);
        } else if (conn.rejecting && !conn.closing
                   && conn.lastActivity.elapsed() > m_limits.requestTimeoutMs) {
            finishReject(conn);
        } else if (!conn.closing && !isBusy(conn)
                   && (m_draining
                       || (!conn.streaming
                           && conn.lastActivity.elapsed() > m_limits.idleTimeoutMs))) {
            conn.closing = true;
            socket->disconnectFromHost();
        } else if (conn.closing && socket->state() != QAbstractSocket::UnconnectedState
                   && conn.lastActivity.elapsed() > m_limits.requestTimeoutMs) {
            socket->abort();
        }
        ++it;
    }
    if ((m_pressure.refused > 0 || m_pressure.handshakeTimeouts > 0
         || m_pressure.headerTimeouts > 0)
        && m_pressureLogger)
        m_pressureLogger(m_pressure);
    m_pressure = {};
    emit busyChanged();
}

QByteArray ConnectionGuard::rawStreamHead(int status,
                                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

QByteArray ConnectionGuard::rawResponse(int status,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QByteArray &body, bool close)
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasContentType = false;
    for (const auto &header : headers) {
        hasContentType =
            hasContentType || header.first.compare("content-type", Qt::CaseInsensitive) == 0;
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!hasContentType && !body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace careround::server::http
