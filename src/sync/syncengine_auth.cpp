// SyncEngine: access tokens. Refreshed shortly before they expire, and once more when the server
// says a token is expired or unknown. Refresh tokens rotate: the new pair is stored before it is
// used, so a crash never leaves the device with only a spent token.
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "syncengine.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace careround::sync {

void SyncEngine::withAccess(Step next)
{
    if (m_credentials.accessUsable(QDateTime::currentMSecsSinceEpoch()))
        next();
    else
        refresh(std::move(next));
}

void SyncEngine::refresh(Step next)
{
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"),
                                    QString::fromLatin1(m_credentials.refreshToken)}})
            .toJson(QJsonDocument::Compact);
    m_transport->post(
        QStringLiteral("/v1/auth/refresh"), body, {}, [this, next](const SyncReply &reply) {
            if (!reply.ok()) {
                SyncReply ended = reply;
                if (reply.status == 401) // any refusal of the refresh token itself
                    ended.json.insert(QStringLiteral("error"), QStringLiteral("session_revoked"));
                failCycle(ended);
                return;
            }
            const QJsonObject &o = reply.json;
            m_credentials.accessToken =
                o.value(QLatin1String("access_token")).toString().toLatin1();
            m_credentials.refreshToken =
                o.value(QLatin1String("refresh_token")).toString().toLatin1();
            m_credentials.accessExpiresAtMs = QDateTime::currentMSecsSinceEpoch()
                + qint64(o.value(QLatin1String("access_expires_in")).toDouble()) * 1000;
            whenFinished(m_store->setDeviceState(QString::fromLatin1(SyncStateKey::Credentials),
                                                 m_credentials.toJson()),
                         this, [this, next](const Result<void> &saved) {
                             if (!saved) {
                                 failCycle(tr("The new sign-in could not be saved: %1")
                                               .arg(saved.error().toString()));
                                 return;
                             }
                             next();
                         });
        });
}

void SyncEngine::authed(const QByteArray &method, const QString &path, const QByteArray &body,
                        std::function<void(const SyncReply &)> handle, const QByteArray &protocols,
                        const QByteArray &watchHeader, SyncTransport::HeadersSeen headersSeen)
{
    auto send = [this, method, path, body, protocols, watchHeader,
                 headersSeen](std::function<void(const SyncReply &)> done) {
        if (method == "GET")
            m_transport->get(path, m_credentials.accessToken, done, protocols, watchHeader,
                             headersSeen);
        else
            m_transport->post(path, body, m_credentials.accessToken, done);
    };
    send([this, send, handle](const SyncReply &reply) {
        if (!reply.needsRefresh()) {
            handle(reply);
            return;
        }
        refresh([send, handle] { send(handle); });
    });
}

} // namespace careround::sync
