#include "transport.h"
#include "gzip.h"
#include "store/whenfinished.h"
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::sync {

namespace {

constexpr qsizetype CompressAbove = 512; // smaller bodies are sent as they are
constexpr qsizetype ParseOffThreadAbove = 64 * 1024;

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

qint64 retryAfter(QNetworkReply *reply, const QJsonObject &json)
{
    if (json.contains(QLatin1String("retry_after_ms")))
        return qint64(json.value(QLatin1String("retry_after_ms")).toDouble());
    bool ok = false;
    const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
    return ok ? seconds * 1000 : -1;
}

} // namespace

QList<QSslCertificate> certificatesFromPem(const QByteArray &pem)
{
    return QSslCertificate::fromData(pem, QSsl::Pem);
}

SyncTransport::SyncTransport(TransportConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_wall([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_pool.setMaxThreadCount(1);
    m_manager.setAutoDeleteReplies(false);
}

SyncTransport::~SyncTransport()
{
    abortAll();
    m_pool.waitForDone();
}

void SyncTransport::get(const QString &pathAndQuery, const QByteArray &bearer, Done done,
                        const QByteArray &protocols, const QByteArray &watchHeader,
                        HeadersSeen headersSeen)
{
    send("GET", pathAndQuery, {}, bearer, std::move(done), protocols, watchHeader,
         std::move(headersSeen));
}

void SyncTransport::post(const QString &path, const QByteArray &jsonBody, const QByteArray &bearer,
                         Done done)
{
    if (jsonBody.size() <= CompressAbove) {
        send("POST", path, jsonBody, bearer, std::move(done));
        return;
    }
    const int generation = m_generation;
    const auto compressing =
        QtConcurrent::run(&m_pool, [jsonBody] { return gzipCompress(jsonBody); });
    whenFinished(compressing, this,
                 [this, path, bearer, done, generation](const QByteArray &compressed) {
                     if (generation == m_generation)
                         send("POST", path, compressed, bearer, done);
                 });
}

void SyncTransport::abortAll()
{
    ++m_generation;
    const auto replies = findChildren<QNetworkReply *>(QString(), Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncTransport::send(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body, const QByteArray &bearer, Done done,
                         const QByteArray &protocols, const QByteArray &watchHeader,
                         HeadersSeen headersSeen)
{
    QUrl url = m_config.serverUrl;
    const int query = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + pathAndQuery.left(query));
    if (query >= 0)
        url.setQuery(pathAndQuery.mid(query + 1));
    QNetworkRequest request(url);
    if (!m_config.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_config.caCertificates); // exactly these: hostname still checked
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(m_config.timeoutMs);
    // Qt refuses answers that inflate past a ratio beyond this size (decompression bombs); the
    // server's pull pages stay far below it (docs/protocol.md, "Pull page size").
    request.setDecompressedSafetyCheckThreshold(m_config.decompressedCheckBytes);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("CareRound-Protocol", protocols);
    request.setRawHeader("CareRound-Device-Time", QByteArray::number(m_wall()));
    request.setRawHeader("CareRound-Pending-Records", QByteArray::number(m_pendingCount));
    if (m_pendingCount > 0 && m_pendingSince.isValid())
        request.setRawHeader("CareRound-Pending-Since",
                             m_pendingSince.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    if (m_pendingCount > 0 && m_pendingVisits)
        request.setRawHeader("CareRound-Pending-Visits", // "-": none of them is of a visit
                             m_pendingVisits->isEmpty() ? QByteArrayLiteral("-")
                                                        : m_pendingVisits->join(u',').toLatin1());
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (body.startsWith("\x1f\x8b"))
            request.setRawHeader("Content-Encoding", "gzip");
    }
    // No Accept-Encoding set here on purpose: QNetworkAccessManager then asks for gzip and
    // deflate itself and inflates the answer.
    QNetworkReply *reply = method == "GET" ? m_manager.get(request) : m_manager.post(request, body);
    reply->setParent(this);
    ++m_requests;
    emit requestSent(method, pathAndQuery);
    m_bytesSent += body.size();
    const qint64 sent = body.size();
    if (headersSeen) {
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, watchHeader, headersSeen] {
            headersSeen(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply->rawHeader(watchHeader));
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sent, done] { finish(reply, sent, done); });
}

void SyncTransport::finish(QNetworkReply *reply, qint64 sentBytes, Done done)
{
    reply->deleteLater();
    SyncReply result;
    result.bytesSent = sentBytes;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    if (result.status == 0 && error != QNetworkReply::NoError) {
        result.networkError = reply->errorString();
        result.failure = error == QNetworkReply::SslHandshakeFailedError
            ? SyncReply::Failure::Certificate
            : SyncReply::Failure::Unreachable;
    } else if (error != QNetworkReply::NoError && result.status >= 200 && result.status < 300) {
        // A success status whose body did not arrive whole (cut off, or past the inflation
        // limit): its partial body must not pass for an answer.
        result.networkError = reply->errorString();
        result.failure = SyncReply::Failure::BadAnswer;
    }
    bool skewOk = false;
    const qint64 skew = reply->rawHeader("CareRound-Clock-Skew-Ms").toLongLong(&skewOk);
    if (skewOk) {
        result.clockSkewMs = skew;
        emit clockSkewMeasured(skew);
    }
    const QByteArray body = reply->readAll();
    m_bytesReceived += reply->header(QNetworkRequest::ContentLengthHeader).isValid()
        ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
        : body.size();
    auto deliver = [reply, done, result](QJsonObject json) mutable {
        result.json = std::move(json);
        result.retryAfterMs = retryAfter(reply, result.json);
        done(result);
    };
    if (body.size() <= ParseOffThreadAbove) {
        deliver(parseObject(body));
        return;
    }
    const int generation = m_generation;
    // The reply object stays alive until the event loop runs deleteLater, after this continuation.
    whenFinished(QtConcurrent::run(&m_pool, [body] { return parseObject(body); }), this,
                 [this, generation, retryAfterMs = retryAfter(reply, {}), done,
                  result](QJsonObject json) mutable {
                     if (generation != m_generation)
                         return;
                     result.json = std::move(json);
                     result.retryAfterMs = result.json.contains(QLatin1String("retry_after_ms"))
                         ? qint64(result.json.value(QLatin1String("retry_after_ms")).toDouble())
                         : retryAfterMs;
                     done(result);
                 });
}

} // namespace careround::sync
