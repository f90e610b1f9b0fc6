#include "idlelock.h"

#include <QEvent>
#include <QGuiApplication>
#include <algorithm>

namespace careround::ui {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_monotonic.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

IdleLock::~IdleLock()
{
    stop();
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    if (minutes < 1 || minutes > 60)
        minutes = DefaultTimeoutMinutes;
    m_timeoutMs = qint64(minutes) * 60 * 1000;
    if (m_running)
        check();
}

qint64 IdleLock::now() const
{
    return m_clock ? m_clock() : m_monotonic.elapsed();
}

void IdleLock::start()
{
    if (m_running)
        return;
    m_running = true;
    noteActivity();
    if (qGuiApp) {
        qGuiApp->installEventFilter(this);
        m_stateConnection = connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
                                    &IdleLock::applicationStateChanged);
    }
    m_timer.start(int(m_timeoutMs));
}

void IdleLock::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (qGuiApp)
        qGuiApp->removeEventFilter(this);
    disconnect(m_stateConnection);
}

void IdleLock::noteActivity()
{
    // Cheap on purpose (every touch move comes here): the timer is re-armed by check().
    m_lastActivityMs = now();
}

qint64 IdleLock::remainingMs() const
{
    return std::max<qint64>(0, m_lastActivityMs + m_timeoutMs - now());
}

void IdleLock::check()
{
    if (!m_running)
        return;
    const qint64 remaining = remainingMs();
    if (remaining > 0) {
        m_timer.start(int(remaining));
        return;
    }
    stop();
    emit lockDue(Reason::Idle);
}

void IdleLock::applicationStateChanged(Qt::ApplicationState state)
{
    if (!m_running || !isBackground(state))
        return;
    stop();
    emit lockDue(Reason::Background);
}

bool IdleLock::isUserInput(int eventType)
{
    switch (eventType) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool IdleLock::isBackground(Qt::ApplicationState state)
{
    return state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event->type()))
        noteActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace careround::ui
