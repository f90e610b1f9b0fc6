#pragma once
// One answer from the server as the transport saw it, and what it means in words for the worker.
#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace careround::sync {

struct SyncReply
{
    enum class Failure {
        None, // an HTTP answer arrived (any status)
        Unreachable, // no connection, refused, name not found, cut off, timed out
        Certificate, // the server's certificate is not trusted: nothing was sent
        // An answer began but could not be read whole: cut off, or it inflates beyond what the
        // transport accepts (MaxAnswerBytes, transport.h). Never taken for an empty answer.
        BadAnswer,
    };

    int status = 0; // HTTP status; 0 without an answer
    Failure failure = Failure::None;
    QString networkError; // Qt's words, for logs and the detail in the message
    QJsonObject json;
    qint64 retryAfterMs = -1; // from Retry-After / retry_after_ms; -1 when absent
    std::optional<qint64> clockSkewMs; // device - server, when the server said
    qint64 bytesSent = 0; // request body as sent (compressed)
    // The version the server chose ("protocol" of the answer); 1 when it did not say.
    int protocol() const
    {
        return qMax(1, json.value(QLatin1String("protocol")).toString().toInt());
    }

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    QString errorCode() const { return json.value(QLatin1String("error")).toString(); }
    bool wipe() const { return json.value(QLatin1String("wipe")).toBool(); }
    bool isRevocation() const
    {
        return status == 403 && errorCode() == QLatin1String("device_revoked");
    }
    // The access token must be refreshed (then the request is tried again).
    bool needsRefresh() const
    {
        return status == 401
            && (errorCode() == QLatin1String("token_expired")
                || errorCode() == QLatin1String("invalid_token")
                || errorCode() == QLatin1String("missing_token"));
    }
    // The sign-in itself has ended: only signing in again helps.
    bool needsSignIn() const { return status == 401 && !needsRefresh(); }
    // Worth trying again later by itself (network, busy, rate limited, timeouts).
    bool isTransient() const
    {
        return failure == Failure::Unreachable || failure == Failure::BadAnswer || status == 408
            || status == 429 || status >= 500;
    }
};

// What a failed answer means, in words a care worker can act on.
class SyncWording
{
    Q_DECLARE_TR_FUNCTIONS(SyncWording)
public:
    static QString describe(const SyncReply &reply);
};

} // namespace careround::sync
