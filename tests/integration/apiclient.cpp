#include "apiclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace careround::server::test {

namespace {
constexpr int kRequestTimeoutMs = 30000;
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ApiReply::describe() const
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(status)
        .arg(QString::fromUtf8(body.left(400)), networkError);
}

ApiClient::ApiClient(quint16 port, const QSslCertificate &serverCertificate)
    : m_port(port)
    , m_certificate(serverCertificate)
{ }

ApiReply ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
                         const QByteArray &body, Headers headers)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate}); // trust exactly the server's development certificate
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Cookies only as the test sets them (the console's tests check exactly what is sent).
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kRequestTimeoutMs);
    loop.exec();
    ApiReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::get(const QString &pathAndQuery, const QByteArray &bearer)
{
    Headers headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("GET", pathAndQuery, {}, headers);
}

ApiReply ApiClient::postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer)
{
    Headers headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace careround::server::test
