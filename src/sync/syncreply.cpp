#include "syncreply.h"

namespace careround::sync {

QString SyncWording::describe(const SyncReply &reply)
{
    if (reply.failure == SyncReply::Failure::Certificate)
        return tr("The office server's certificate is not trusted, so nothing was sent. Check the "
                  "server address, or ask your office about the certificate (%1).")
            .arg(reply.networkError);
    if (reply.failure == SyncReply::Failure::Unreachable)
        return tr("The office server cannot be reached (%1). Check the server address and that "
                  "the device is online.")
            .arg(reply.networkError);
    if (reply.failure == SyncReply::Failure::BadAnswer)
        return tr("An answer from the office could not be read whole (%1). Will try again shortly.")
            .arg(reply.networkError);
    const QString code = reply.errorCode();
    const QString message = reply.json.value(QLatin1String("message")).toString();
    if (code == QLatin1String("invalid_credentials"))
        return tr("That login name or password is not right.");
    if (code == QLatin1String("user_disabled"))
        return tr("This account has been disabled. Ask your office.");
    if (code == QLatin1String("rate_limited")) {
        const int minutes = int(std::max<qint64>(1, (reply.retryAfterMs + 59999) / 60000));
        // No %n plural here: this library's strings are not in the app's .ts file.
        return minutes == 1
            ? tr("Too many sign-in attempts. Try again in 1 minute.")
            : tr("Too many sign-in attempts. Try again in %1 minutes.").arg(minutes);
    }
    if (code == QLatin1String("device_revoked"))
        return tr("The office has withdrawn this device.");
    if (code == QLatin1String("refresh_token_reused") || code == QLatin1String("session_revoked"))
        return tr("Your sign-in has ended. Please sign in again.");
    if (code == QLatin1String("invalid_enrolment_token"))
        return tr("The sign-in took too long. Please try again.");
    if (reply.status == 503 || code == QLatin1String("storage_unavailable"))
        return tr("The office server is busy. Will try again shortly.");
    if (reply.status == 408)
        return tr("The connection to the office was too slow. Will try again shortly.");
    if (reply.status >= 500)
        return tr("The office server had a problem (HTTP %1). Will try again shortly.")
            .arg(reply.status);
    if (!message.isEmpty())
        return tr("The office server refused the request: %1").arg(message);
    return tr("The office server gave an unexpected answer (HTTP %1).").arg(reply.status);
}

} // namespace careround::sync
