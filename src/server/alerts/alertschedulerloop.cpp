#include "alertschedulerloop.h"

#include "server/http/jsonlog.h"

#include <QTimer>

namespace careround::server::alerts {

AlertSchedulerLoop::AlertSchedulerLoop(AlertScheduler &scheduler, int intervalMs)
    : m_scheduler(scheduler)
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("alert-scheduler"));
    moveToThread(&m_thread);
}

AlertSchedulerLoop::~AlertSchedulerLoop()
{
    m_thread.quit();
    m_thread.wait();
    delete m_timer; // its thread has finished: deleting it here is safe
}

void AlertSchedulerLoop::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(this, [this] {
        m_timer = new QTimer;
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &AlertSchedulerLoop::runPass);
        m_timer->start();
        runPass();
    });
}

void AlertSchedulerLoop::requestPass()
{
    // At most one pass per MinGapMs on request: a busy morning of pushes is not a pass each.
    if (!m_requested.exchange(true))
        QMetaObject::invokeMethod(
            this, [this] { QTimer::singleShot(MinGapMs, this, &AlertSchedulerLoop::runPass); });
}

void AlertSchedulerLoop::runPass()
{
    m_requested = false;
    auto pass = m_scheduler.runPass();
    if (!pass) {
        http::JsonLog::error(QStringLiteral("alert_pass_failed"),
                             {{QStringLiteral("detail"), pass.error().toString().left(200)}});
        return;
    }
    http::JsonLog::info(QStringLiteral("alert_pass"),
                        {{QStringLiteral("raised"), pass.value().raised},
                         {QStringLiteral("visits"), pass.value().visits},
                         {QStringLiteral("ms"), pass.value().elapsedMs}});
}

} // namespace careround::server::alerts
