#pragma once
// HTTPS to the sync server (docs/protocol.md) through one QNetworkAccessManager. Every request
// carries CareRound-Protocol, CareRound-Device-Time and CareRound-Pending-Records (and the bearer
// token when given); bodies are gzip-compressed off the calling thread; answers are decoded
// (QNetworkAccessManager inflates gzip) and parsed off it too when large. Nothing blocks the
// caller: each request answers through a callback on the transport's thread.
#include "syncreply.h"
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>
#include <functional>
#include <optional>

namespace careround::sync {

// The most an answer may inflate to without Qt's compression-ratio check (a pull page is at most
// 4 MiB of records on the server's side).
inline constexpr qint64 MaxAnswerBytes = 16 * 1024 * 1024;

struct TransportConfig
{
    QUrl serverUrl; // https://… (http:// for a test server)
    QList<QSslCertificate> caCertificates; // the only CAs trusted; empty = the system's
    int timeoutMs = 30000; // no progress for this long = unreachable
    // Answers inflating past this are checked for their compression ratio (Qt's guard against
    // decompression bombs); one that fails it is a BadAnswer, never a short answer.
    qint64 decompressedCheckBytes = MaxAnswerBytes;
};

// PEM text (one or more certificates) → certificates; an error names the problem.
QList<QSslCertificate> certificatesFromPem(const QByteArray &pem);

class SyncTransport : public QObject
{
    Q_OBJECT
public:
    using WallClock = std::function<qint64()>; // ms since epoch: the device clock
    using Done = std::function<void(const SyncReply &)>;
    // The status and a header of an answer whose body is still on its way (pipelined pulls).
    using HeadersSeen = std::function<void(int status, const QByteArray &header)>;

    explicit SyncTransport(TransportConfig config, QObject *parent = nullptr);
    ~SyncTransport() override;

    const TransportConfig &config() const { return m_config; }
    void setWallClock(WallClock wall) { m_wall = std::move(wall); }
    qint64 wallNow() const
    {
        return m_wall();
    } // the device clock, as sent in CareRound-Device-Time
    // CareRound-Pending-Records: records waiting to be sent. A new count drops the detail below
    // until it is set again for that count.
    void setPendingCount(int count)
    {
        if (count != m_pendingCount) {
            m_pendingSince = {};
            m_pendingVisits.reset();
        }
        m_pendingCount = count;
    }
    // CareRound-Pending-Since (the oldest one's care time) and CareRound-Pending-Visits (all
    // their visits; nullopt when there are more than MaxPendingVisits), sent with a count above 0.
    static constexpr int MaxPendingVisits = 20;
    void setPendingDetail(const QDateTime &oldest, const std::optional<QStringList> &visits)
    {
        m_pendingSince = oldest;
        m_pendingVisits = visits;
    }
    std::optional<QStringList> pendingVisits() const { return m_pendingVisits; }

    // GET when body is null, else POST of the JSON bytes (compressed here). done runs on this
    // object's thread unless the transport is destroyed first (then never).
    // `protocols` is the CareRound-Protocol list sent: "2" where only a version 2 server may
    // answer (a version 1 server refuses it before acting on it).
    // headersSeen, if given, hears `watchHeader` of the answer as soon as its headers arrive,
    // before the body has (empty if the answer has no such header).
    void get(const QString &pathAndQuery, const QByteArray &bearer, Done done,
             const QByteArray &protocols = "2, 1", const QByteArray &watchHeader = {},
             HeadersSeen headersSeen = {});
    void post(const QString &path, const QByteArray &jsonBody, const QByteArray &bearer, Done done);
    // Aborts every request in flight (their callbacks are not called).
    void abortAll();

    int requestCount() const { return m_requests; } // requests sent (round trips)
    qint64 bytesSent() const { return m_bytesSent; } // request bodies on the wire
    qint64 bytesReceived() const { return m_bytesReceived; } // response bodies, before inflating

signals:
    void clockSkewMeasured(qint64 skewMs);
    void requestSent(const QByteArray &method, const QString &pathAndQuery); // for diagnostics

private:
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              const QByteArray &bearer, Done done, const QByteArray &protocols = "2, 1",
              const QByteArray &watchHeader = {}, HeadersSeen headersSeen = {});
    void finish(class QNetworkReply *reply, qint64 sentBytes, Done done);

    TransportConfig m_config;
    QNetworkAccessManager m_manager;
    QThreadPool m_pool; // compression and large JSON parses
    WallClock m_wall;
    int m_pendingCount = 0;
    QDateTime m_pendingSince;
    std::optional<QStringList> m_pendingVisits;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    int m_generation = 0; // bumped by abortAll(): late answers are dropped
};

} // namespace careround::sync
