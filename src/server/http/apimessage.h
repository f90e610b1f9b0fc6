#pragma once
// A request and its answer as the API handlers see them: plain values copied off the socket,
// so handlers can run on worker threads while the socket stays on the network thread.
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace careround::server::http {

struct ApiRequest
{
    QString requestId;
    QByteArray method; // "GET", "POST", ...
    QString path; // without the query string
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body; // as received (may still be compressed)
    QHostAddress remoteAddress;
    qint64 receivedAtMs = 0; // server wall clock when the request was complete

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    // For the access log only: a short machine code ("device_revoked") and who called.
    // Never a secret and never record text.
    QString logError;
    QString logUserId;
    QString logDeviceId;
    bool closeConnection = false;
    // Non-empty: the answer opens a Server-Sent Event stream on this topic (eventstreams.h);
    // `body` is its first event, streamSeq the change sequence that event carries.
    QString streamTopic;
    QString streamOwner;
    qint64 streamSeq = -1;

    static ApiResponse json(int status, const QJsonObject &object);
    // {"error": code, "message": message, "field": field}; field omitted when empty.
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &field = {}, const QJsonObject &extra = {});
};

} // namespace careround::server::http
