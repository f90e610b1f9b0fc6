#pragma once
// Runs CouncilNotifier on its own thread, so a slow SMTP server never holds up a device's push
// or the alert scheduler: every `intervalMs`, at once again while rows are still due, and soon
// after requestPass() (an alert was stored). A failed pass is logged and retried next tick.
#include "councilnotifier.h"
#include <QObject>
#include <QThread>
#include <atomic>

class QTimer;

namespace careround::server::notify {

class NotifierLoop : public QObject
{
    Q_OBJECT
public:
    NotifierLoop(CouncilNotifier &notifier, int intervalMs);
    ~NotifierLoop() override; // stops the thread after the pass under way

    void start(); // the first pass at once
    void requestPass(); // thread-safe

private:
    void runPass();

    CouncilNotifier &m_notifier;
    int m_intervalMs;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
    std::atomic_bool m_requested {false};
};

} // namespace careround::server::notify
