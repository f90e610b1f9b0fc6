#include "sessionfollower.h"

#include "appsession.h"

namespace careround::ui {

SessionFollower::SessionFollower(Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_hooks(std::move(hooks))
{
    m_loadSoon.setSingleShot(true);
    m_loadSoon.setInterval(50);
    connect(&m_loadSoon, &QTimer::timeout, this, [this] {
        if (store())
            m_hooks.load();
    });
}

bool SessionFollower::setSession(AppSession *session)
{
    if (m_session == session)
        return false;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::stateChanged, this, &SessionFollower::onStateChanged);
        connect(m_session, &AppSession::unlocked, this, &SessionFollower::onUnlocked);
        // A purge deletes without a save: what is shown must go too.
        connect(m_session, &AppSession::peoplePurged, &m_loadSoon, qOverload<>(&QTimer::start));
    }
    onUnlocked();
    return true;
}

store::RecordStore *SessionFollower::store() const
{
    return m_session && m_session->state() == AppSession::Unlocked ? m_session->store() : nullptr;
}

void SessionFollower::onStateChanged()
{
    if (m_session && m_session->state() == AppSession::Unlocked)
        return; // the store is opened before Unlocked; `unlocked` loads
    m_loadSoon.stop();
    m_hooks.forget();
}

void SessionFollower::onUnlocked()
{
    store::RecordStore *recordStore = store();
    if (!recordStore)
        return;
    // The store is a new object after every unlock: connections to an old one went with it.
    if (m_followedStore != recordStore) {
        m_followedStore = recordStore;
        connect(recordStore, &store::RecordStore::saved, &m_loadSoon, qOverload<>(&QTimer::start));
        connect(recordStore, &store::RecordStore::errorOccurred, this,
                [this](const QString &message) { m_hooks.storeError(message); });
    }
    m_hooks.load();
}

} // namespace careround::ui
