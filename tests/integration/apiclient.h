#pragma once
// A synchronous HTTPS client for integration tests: QNetworkAccessManager trusting only the
// server's own development certificate (as a CA: hostname and chain are still verified).
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>

namespace careround::server::test {

struct ApiReply
{
    int status = 0; // 0 = no HTTP answer (network error)
    QJsonObject json;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    QByteArray header(const QByteArray &name) const;
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QString describe() const; // for failure messages
};

class ApiClient
{
public:
    ApiClient(quint16 port, const QSslCertificate &serverCertificate);
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    ApiReply send(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, Headers headers = {});
    ApiReply get(const QString &pathAndQuery, const QByteArray &bearer = {});
    ApiReply postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer = {});

private:
    QNetworkAccessManager m_manager;
    quint16 m_port;
    QSslCertificate m_certificate;
};

} // namespace careround::server::test
