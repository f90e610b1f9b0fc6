#pragma once
// Keeps a screen's data in step with the session, for the round and visit controllers: loads
// when the session unlocks, loads again shortly after any record is saved, received or purged
// (bursts coalesced into one load), reports store errors, and forgets everything the moment the
// session locks, so no record stays in memory behind a locked screen.
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

#include "store/recordstore.h"

namespace careround::ui {

class AppSession;

class SessionFollower : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<void()> load; // read the store again (only called while unlocked)
        std::function<void()> forget; // the session left Unlocked: drop every record held
        std::function<void(const QString &)> storeError;
    };

    explicit SessionFollower(Hooks hooks, QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    // Returns true when the session changed.
    bool setSession(AppSession *session);
    // The open store while the session is Unlocked, else null.
    store::RecordStore *store() const;
    void loadSoon() { m_loadSoon.start(); }
    void cancelLoadSoon() { m_loadSoon.stop(); }

private:
    void onStateChanged();
    void onUnlocked();

    Hooks m_hooks;
    QPointer<AppSession> m_session;
    QPointer<store::RecordStore> m_followedStore;
    QTimer m_loadSoon;
};

} // namespace careround::ui
