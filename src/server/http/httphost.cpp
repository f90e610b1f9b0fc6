#include "httphost.h"

#include "compression.h"
#include "jsonlog.h"
#include "listeners.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <exception>

namespace careround::server::http {

namespace {

// Every HTTPS answer tells browsers and proxies to use HTTPS only, for a year.
constexpr char kHstsHeader[] = "Strict-Transport-Security";
constexpr char kHstsValue[] = "max-age=31536000";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

QString newRequestId()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16)
        .rightJustified(16, QLatin1Char('0'));
}

QString acceptableRequestId(const QByteArray &header)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString candidate = QString::fromLatin1(header);
    return allowed.match(candidate).hasMatch() ? candidate : newRequestId();
}

} // namespace

HttpHost::HttpHost(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(std::make_unique<QHttpServer>())
{
    m_guard = new ConnectionGuard(options.limits, m_server.get(), this);
    m_guard->setRejectLogger(
        [](int status, const QString &code, qint64 bytes, const QString &remote) {
            JsonLog::warning(QStringLiteral("request_rejected"),
                             {{QStringLiteral("status"), status},
                              {QStringLiteral("error"), code},
                              {QStringLiteral("bytes_in"), bytes},
                              {QStringLiteral("remote"), remote}});
        });
    m_guard->setPressureLogger([](const ConnectionGuard::Pressure &pressure) {
        JsonLog::warning(QStringLiteral("connections_refused"),
                         {{QStringLiteral("over_limit"), pressure.refused},
                          {QStringLiteral("handshake_timeouts"), pressure.handshakeTimeouts},
                          {QStringLiteral("header_timeouts"), pressure.headerTimeouts}});
    });
    m_streams = new EventStreams(m_guard, options.streams, this);
    m_pool.setMaxThreadCount(qMax(1, options.workerThreads));
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, responder.socket());
        });
    m_shutdownDeadline.setSingleShot(true);
    connect(&m_shutdownDeadline, &QTimer::timeout, this, [this] {
        if (m_finishedEmitted)
            return;
        JsonLog::warning(QStringLiteral("shutdown_deadline"),
                         {{QStringLiteral("in_flight"), m_inFlight},
                          {QStringLiteral("busy_connections"), m_guard->busyConnections()}});
        m_finishedEmitted = true;
        emit finished();
    });
}

HttpHost::~HttpHost()
{
    m_pool.waitForDone();
}

void HttpHost::addRoute(const QString &path, const QByteArray &method, Handler handler)
{
    const bool firstForPath = !m_routes.contains(path);
    m_routes[path].byMethod.insert(method, std::move(handler));
    if (firstForPath && !path.contains(QLatin1Char('*'))) {
        m_server->route(
            path, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                onRequest(request, responder.socket());
            });
    }
}

Result<quint16> HttpHost::listen(const QHostAddress &address, quint16 port,
                                 const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *tcpServer = nullptr;
    if (tls) {
        tcpServer = new TlsListener(m_guard, *tls);
        m_hsts = true;
        m_guard->setRejectHeaders({{kHstsHeader, kHstsValue}});
    } else {
        tcpServer = new PlainListener(m_guard);
    }
    prepareListener(tcpServer, m_options.limits);
    if (!tcpServer->listen(address, port)) {
        const QString why = tcpServer->errorString();
        delete tcpServer;
        return Error {QStringLiteral("--listen"),
                      QStringLiteral("cannot listen on %1 port %2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(why)};
    }
    m_server->bind(tcpServer);
    return tcpServer->serverPort();
}

ApiRequest HttpHost::copyRequest(const QHttpServerRequest &request) const
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    for (const auto &header : request.headers())
        api.headers.insert(header.first.toLower(), header.second);
    api.body = request.body();
    api.remoteAddress = request.remoteAddress();
    if (!m_options.trustedProxy.isNull()
        && api.remoteAddress.isEqual(m_options.trustedProxy, QHostAddress::TolerantConversion)) {
        const QHostAddress client(QString::fromLatin1(api.header("x-real-ip").trimmed().left(64)));
        if (!client.isNull())
            api.remoteAddress = client;
    }
    api.receivedAtMs = m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
    api.requestId = acceptableRequestId(api.header("x-request-id"));
    return api;
}

void HttpHost::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const quint64 ticket = m_guard->beginRequest(socket);
    ApiRequest api = copyRequest(request);
    const bool close = m_shuttingDown || api.header("connection").toLower().contains("close");
    QPointer<QTcpSocket> target(socket);
    QElapsedTimer timer;
    timer.start();
    ++m_inFlight;
    m_pool.start([this, api = std::move(api), target, ticket, close, timer]() mutable {
        ApiResponse response = dispatch(api);
        const QByteArray raw = serialise(api, response, close || response.closeConnection);
        QMetaObject::invokeMethod(
            this,
            [this, target, ticket, raw, close, timer, requestId = api.requestId,
             method = api.method, path = api.path, bytesIn = api.body.size(),
             remote = api.remoteAddress.toString(), response = std::move(response)] {
                --m_inFlight;
                if (target && !response.streamTopic.isEmpty())
                    openStream(target, ticket, raw, response);
                else if (target)
                    m_guard->completeRequest(target, ticket, raw,
                                             close || response.closeConnection);
                QJsonObject fields {
                    {QStringLiteral("request_id"), requestId},
                    {QStringLiteral("method"), QString::fromLatin1(method)},
                    {QStringLiteral("path"), path},
                    {QStringLiteral("status"), response.status},
                    {QStringLiteral("ms"), qRound(timer.nsecsElapsed() / 1e5) / 10.0},
                    {QStringLiteral("bytes_in"), bytesIn},
                    {QStringLiteral("bytes_out"), raw.size()},
                    {QStringLiteral("remote"), remote}};
                if (!response.logUserId.isEmpty())
                    fields.insert(QStringLiteral("user"), response.logUserId);
                if (!response.logDeviceId.isEmpty())
                    fields.insert(QStringLiteral("device"), response.logDeviceId);
                if (!response.logError.isEmpty())
                    fields.insert(QStringLiteral("error"), response.logError);
                if (!target)
                    fields.insert(QStringLiteral("client_gone"), true);
                JsonLog::write(response.status >= 500 ? JsonLog::Level::Error
                                                      : JsonLog::Level::Info,
                               QStringLiteral("request"), fields);
                checkDrained();
            },
            Qt::QueuedConnection);
    });
}

void HttpHost::openStream(QTcpSocket *socket, quint64 ticket, QByteArray raw,
                          const ApiResponse &response)
{
    if (m_shuttingDown || !m_streams->canOpen(response.streamOwner)) {
        const ApiResponse refused =
            ApiResponse::error(m_shuttingDown ? 503 : 429, QStringLiteral("too_many_streams"),
                               QStringLiteral("close another board before opening one more"));
        m_guard->completeRequest(
            socket, ticket,
            ConnectionGuard::rawResponse(refused.status, m_commonHeaders, refused.body, true),
            true);
        return;
    }
    m_guard->completeRequest(socket, ticket, raw, false);
    m_guard->markStreaming(socket);
    m_streams->open(socket, response.streamTopic, response.streamOwner, response.streamSeq);
}

ApiResponse HttpHost::dispatch(const ApiRequest &request) const
{
    auto route = m_routes.constFind(request.path);
    if (route == m_routes.constEnd()) {
        // "/v1/records/*": one path segment after the prefix.
        const qsizetype slash = request.path.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && slash + 1 < request.path.size())
            route = m_routes.constFind(request.path.left(slash + 1) + QLatin1Char('*'));
        // "/v1/office/people/*/mar", "/v1/office/alerts/*/resolve": one segment before the last.
        const qsizetype before =
            slash > 0 ? request.path.lastIndexOf(QLatin1Char('/'), slash - 1) : -1;
        if (route == m_routes.constEnd() && before > 0 && before + 1 < slash)
            route = m_routes.constFind(request.path.left(before + 1) + QLatin1Char('*')
                                       + request.path.mid(slash));
    }
    if (route == m_routes.constEnd())
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  QStringLiteral("no endpoint at %1").arg(request.path.left(200)));
    const auto handler = route->byMethod.constFind(request.method);
    if (handler == route->byMethod.constEnd()) {
        QStringList allowed;
        for (auto it = route->byMethod.constBegin(); it != route->byMethod.constEnd(); ++it)
            allowed << QString::fromLatin1(it.key());
        allowed.sort();
        ApiResponse response = ApiResponse::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 accepts %2").arg(request.path, allowed.join(QStringLiteral(", "))));
        response.headers.append(
            qMakePair(QByteArray("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()));
        return response;
    }
    try {
        return (*handler)(request);
    } catch (const std::exception &e) {
        JsonLog::error(QStringLiteral("handler_exception"),
                       {{QStringLiteral("request_id"), request.requestId},
                        {QStringLiteral("what"), QString::fromLocal8Bit(e.what()).left(200)}});
    } catch (...) {
        JsonLog::error(QStringLiteral("handler_exception"),
                       {{QStringLiteral("request_id"), request.requestId}});
    }
    return ApiResponse::error(500, QStringLiteral("internal_error"),
                              QStringLiteral("the server could not handle this request"));
}

QByteArray HttpHost::serialise(const ApiRequest &request, ApiResponse &response, bool close) const
{
    QList<QPair<QByteArray, QByteArray>> headers = m_commonHeaders;
    if (m_hsts)
        headers.append(qMakePair(QByteArray(kHstsHeader), QByteArray(kHstsValue)));
    headers.append(qMakePair(QByteArray("X-Request-Id"), request.requestId.toLatin1()));
    if (!response.body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), response.contentType));
    headers.append(response.headers);
    if (!response.streamTopic.isEmpty()) // never compressed: each event must reach the browser
        return ConnectionGuard::rawStreamHead(response.status, headers) + response.body;
    QByteArray body = response.body;
    if (body.size() > m_options.compressResponsesOver) {
        const ContentCoding coding = pickResponseCoding(request.header("accept-encoding"));
        if (coding != ContentCoding::Identity) {
            body = encodeBody(body, coding);
            headers.append(qMakePair(QByteArray("Content-Encoding"), codingName(coding)));
        }
        headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
    }
    return ConnectionGuard::rawResponse(response.status, headers, body, close);
}

void HttpHost::shutdown(int timeoutMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    for (QTcpServer *server : m_server->servers())
        server->close();
    JsonLog::info(QStringLiteral("shutdown_started"),
                  {{QStringLiteral("in_flight"), m_inFlight},
                   {QStringLiteral("busy_connections"), m_guard->busyConnections()}});
    connect(m_guard, &ConnectionGuard::busyChanged, this, &HttpHost::checkDrained);
    m_guard->setDraining(true);
    m_streams->closeAll();
    m_shutdownDeadline.start(timeoutMs);
    checkDrained();
}

void HttpHost::checkDrained()
{
    if (!m_shuttingDown || m_finishedEmitted)
        return;
    if (m_inFlight == 0 && m_guard->openConnections() == 0) {
        m_finishedEmitted = true;
        m_shutdownDeadline.stop();
        JsonLog::info(QStringLiteral("shutdown_drained"));
        emit finished();
    }
}

} // namespace careround::server::http
