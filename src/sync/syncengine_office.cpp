// SyncEngine: authorised GETs for the app's other screens (the office's reports). They never
// refresh the access token themselves — only a sync cycle does, so two refreshes can never race
// and spend the same rotating refresh token twice. With no usable token they wait for a cycle.
#include "syncengine.h"

namespace careround::sync {

namespace {

SyncReply notSignedIn()
{
    SyncReply reply;
    reply.status = 401;
    reply.json.insert(QStringLiteral("error"), QStringLiteral("session_revoked"));
    return reply;
}

} // namespace

void SyncEngine::getAuthorised(const QString &pathAndQuery, Done done)
{
    if (!m_ready && m_signedOut) {
        done(notSignedIn());
        return;
    }
    if (!m_ready) {
        // start() has not finished (the screen opened just after unlocking): ask once it has.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(this, &SyncEngine::started, this, [this, connection, pathAndQuery, done] {
                QObject::disconnect(*connection);
                getAuthorised(pathAndQuery, done);
            });
        return;
    }
    const auto send = [this, pathAndQuery, done](bool retryAfterCycle) {
        m_transport->get(pathAndQuery, m_credentials.accessToken,
                         [this, pathAndQuery, done, retryAfterCycle](const SyncReply &reply) {
                             if (reply.needsRefresh() && retryAfterCycle)
                                 afterNextCycle([this, pathAndQuery, done] {
                                     m_transport->get(pathAndQuery, m_credentials.accessToken,
                                                      done);
                                 });
                             else
                                 done(reply);
                         });
    };
    if (m_credentials.accessUsable(QDateTime::currentMSecsSinceEpoch())) {
        send(true);
        return;
    }
    afterNextCycle([send] { send(false); });
}

void SyncEngine::afterNextCycle(std::function<void()> next)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SyncEngine::cycleFinished, this, [connection, next](bool) {
        QObject::disconnect(*connection);
        next();
    });
    scheduleCycle(0);
}

} // namespace careround::sync
