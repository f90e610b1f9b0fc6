#include "notifierloop.h"

#include "server/http/jsonlog.h"

#include <QTimer>

namespace careround::server::notify {

NotifierLoop::NotifierLoop(CouncilNotifier &notifier, int intervalMs)
    : m_notifier(notifier)
    , m_intervalMs(intervalMs)
{
    m_thread.setObjectName(QStringLiteral("council-notifier"));
    moveToThread(&m_thread);
}

NotifierLoop::~NotifierLoop()
{
    m_thread.quit();
    m_thread.wait();
    delete m_timer; // its thread has finished: deleting it here is safe
}

void NotifierLoop::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(this, [this] {
        m_timer = new QTimer;
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &NotifierLoop::runPass);
        m_timer->start();
        runPass();
    });
}

void NotifierLoop::requestPass()
{
    if (!m_requested.exchange(true))
        QMetaObject::invokeMethod(this,
                                  [this] { QTimer::singleShot(0, this, &NotifierLoop::runPass); });
}

void NotifierLoop::runPass()
{
    m_requested = false;
    auto pass = m_notifier.runPass();
    if (!pass) {
        http::JsonLog::error(QStringLiteral("council_pass_failed"),
                             {{QStringLiteral("detail"), pass.error().toString().left(200)}});
        return;
    }
    if (pass.value().enqueued + pass.value().delivered + pass.value().failed > 0)
        http::JsonLog::info(QStringLiteral("council_pass"),
                            {{QStringLiteral("enqueued"), pass.value().enqueued},
                             {QStringLiteral("delivered"), pass.value().delivered},
                             {QStringLiteral("failed"), pass.value().failed}});
    if (pass.value().moreDue)
        requestPass();
}

} // namespace careround::server::notify
