#pragma once
// Runs the alert scheduler (alertscheduler.h) on its own thread, so a pass never holds up the
// HTTP workers: every `intervalMs` (60 s by default) and MinGapMs after requestPass() (a push
// that may matter), coalesced: the requests of those 2 s give one pass, not one each.
// A failed pass (storage) is logged and retried at the next tick.
#include "alertscheduler.h"
#include <QObject>
#include <QThread>
#include <atomic>

class QTimer;

namespace careround::server::alerts {

class AlertSchedulerLoop : public QObject
{
    Q_OBJECT
public:
    AlertSchedulerLoop(AlertScheduler &scheduler, int intervalMs);
    ~AlertSchedulerLoop() override; // stops the thread after the pass under way

    void start(); // the first pass at once
    void requestPass(); // thread-safe; the pass runs within MinGapMs
    static constexpr int MinGapMs = 2000;

private:
    void runPass();

    AlertScheduler &m_scheduler;
    int m_intervalMs;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
    std::atomic_bool m_requested {false};
};

} // namespace careround::server::alerts
