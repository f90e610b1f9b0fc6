#pragma once
// When to lock an unlocked phone on its own: after a stretch with no touch, key or mouse input
// (the organisation's auto-lock time, 5 minutes unless it says otherwise), and at once when the
// app goes to the background (hidden or suspended). It only says when (lockDue); the session
// locks through its ordinary lock(). The clock is injectable, so tests move time instead of
// waiting for it.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace careround::ui {

class IdleLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, Background };
    Q_ENUM(Reason)

    using Clock = std::function<qint64()>; // monotonic milliseconds
    static constexpr int DefaultTimeoutMinutes = 5;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setClock(Clock clock); // tests
    void setTimeoutMinutes(int minutes); // 1..60; anything else keeps the default
    qint64 timeoutMs() const { return m_timeoutMs; }

    // Watches the application's input and state while running; stop() forgets both.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void noteActivity();
    // Emits lockDue(Idle) once the idle time has reached the timeout, else re-arms the timer for
    // the time still to go. The timer calls it; tests call it after moving their clock.
    void check();
    // Milliseconds until check() would lock, as the timer is armed now (for tests and docs).
    qint64 remainingMs() const;
    void applicationStateChanged(Qt::ApplicationState state);

    // Touch, mouse press or move, wheel and key presses count as use; paints and timers do not.
    static bool isUserInput(int eventType);
    // Hidden and suspended are the background; inactive (a pulled-down notification shade, a
    // dialog of the system) is not.
    static bool isBackground(Qt::ApplicationState state);

signals:
    void lockDue(careround::ui::IdleLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 now() const;

    Clock m_clock;
    QElapsedTimer m_monotonic;
    QTimer m_timer;
    qint64 m_timeoutMs = qint64(DefaultTimeoutMinutes) * 60 * 1000;
    qint64 m_lastActivityMs = 0;
    bool m_running = false;
    QMetaObject::Connection m_stateConnection;
};

} // namespace careround::ui
