#pragma once
// The HTTP(S) front of the server on Qt HttpServer 6.4. Requests are copied off the socket on
// the network (main) thread, handled on a worker pool, and answered in order on the network
// thread. Every request gets an id and one JSON access-log line. shutdown() stops accepting,
// lets in-flight requests finish, then emits finished().
#include "apimessage.h"
#include "connectionguard.h"
#include "core/result.h"
#include "eventstreams.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace careround::server::http {

class HttpHost : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    struct Options
    {
        HttpLimits limits;
        int workerThreads = 4;
        qsizetype compressResponsesOver = 1024; // bytes; smaller bodies go uncompressed
        // A reverse proxy on this address (e.g. nginx on 127.0.0.1) names the client in X-Real-IP;
        // requests from it are logged and rate-limited by that address. Null: no proxy trusted.
        QHostAddress trustedProxy;
        // The server's wall clock (ms since the epoch) that stamps each request (ApiRequest::
        // receivedAtMs, the handlers' "now"); empty = the system clock. The server's one test
        // clock: serve --test-clock-offset-file sets it.
        std::function<qint64()> clock;
        EventStreams::Options streams;
    };

    explicit HttpHost(const Options &options, QObject *parent = nullptr);
    ~HttpHost() override;

    // An exact path ("/v1/sync/push") and method ("POST"); "*" may stand for the last path
    // segment ("/v1/records/*") or the one before it ("/v1/office/people/*/mar"). Handlers run on
    // worker threads.
    void addRoute(const QString &path, const QByteArray &method, Handler handler);
    // Headers added to every response (e.g. the protocol version).
    void setCommonHeaders(QList<QPair<QByteArray, QByteArray>> headers)
    {
        m_commonHeaders = std::move(headers);
    }

    // tls empty = plain HTTP (benchmarks only). Returns the bound port.
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls);

    void shutdown(int timeoutMs);
    int busyConnections() const { return m_guard->busyConnections(); }
    // Open Server-Sent Event streams; a handler opens one with ApiResponse::streamTopic.
    EventStreams &streams() { return *m_streams; }
    const Options &options() const { return m_options; }

signals:
    void finished();

private:
    struct Route
    {
        QHash<QByteArray, Handler> byMethod;
    };
    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    ApiRequest copyRequest(const QHttpServerRequest &request) const;
    QByteArray serialise(const ApiRequest &request, ApiResponse &response, bool close) const;
    ApiResponse dispatch(const ApiRequest &request) const;
    void checkDrained();
    // On the network thread: hands an event stream's head to the guard and registers it, or
    // answers 429 when its owner has too many open.
    void openStream(QTcpSocket *socket, quint64 ticket, QByteArray raw,
                    const ApiResponse &response);

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    ConnectionGuard *m_guard = nullptr;
    EventStreams *m_streams = nullptr;
    QHash<QString, Route> m_routes;
    QList<QPair<QByteArray, QByteArray>> m_commonHeaders;
    QThreadPool m_pool;
    int m_inFlight = 0;
    bool m_hsts = false; // listening with TLS
    bool m_shuttingDown = false;
    bool m_finishedEmitted = false;
    QTimer m_shutdownDeadline;
};

} // namespace careround::server::http
