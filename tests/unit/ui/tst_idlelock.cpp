// Auto-lock: after the idle time with no input, at once on going to the background, never while
// the worker is using the phone. Time comes from a clock the test moves; nothing waits minutes.
#include "ui/session/idlelock.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimerEvent>

using namespace careround::ui;

namespace {
constexpr qint64 Minute = 60 * 1000;

struct TestClock
{
    qint64 now = 1'000'000;
    IdleLock::Clock function()
    {
        return [this] {
            return now;
        };
    }
};
} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterTheDefaultFiveMinutesWithoutInput();
    void inputRestartsTheIdleTime();
    void onlyUserInputCountsAsUse_data();
    void onlyUserInputCountsAsUse();
    void organisationTimeoutIsUsedWithinItsBounds_data();
    void organisationTimeoutIsUsedWithinItsBounds();
    void backgroundLocksAtOnce_data();
    void backgroundLocksAtOnce();
    void stoppedLockNeverFires();
    void timerIsArmedForTheTimeStillToGo();
};

void TestIdleLock::locksAfterTheDefaultFiveMinutesWithoutInput()
{
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.start();
    QCOMPARE(idle.timeoutMs(), 5 * Minute);

    clock.now += 5 * Minute - 1;
    idle.check();
    QCOMPARE(due.count(), 0);
    clock.now += 1;
    idle.check();
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.at(0).at(0).value<IdleLock::Reason>(), IdleLock::Reason::Idle);
    QVERIFY(!idle.isRunning()); // once: the session is locked now
    idle.check();
    QCOMPARE(due.count(), 1);
}

void TestIdleLock::inputRestartsTheIdleTime()
{
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.start();

    // Input reaches the filter on the application whichever object it was sent to.
    QObject anyItem;
    clock.now += 4 * Minute;
    QKeyEvent key(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
    QCoreApplication::sendEvent(&anyItem, &key);
    clock.now += 4 * Minute;
    idle.check();
    QCOMPARE(due.count(), 0);
    QCOMPARE(idle.remainingMs(), 1 * Minute);
    clock.now += 1 * Minute;
    idle.check();
    QCOMPARE(due.count(), 1);
}

void TestIdleLock::onlyUserInputCountsAsUse_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("counts");
    QTest::newRow("touch begin") << int(QEvent::TouchBegin) << true;
    QTest::newRow("touch update") << int(QEvent::TouchUpdate) << true;
    QTest::newRow("mouse press") << int(QEvent::MouseButtonPress) << true;
    QTest::newRow("mouse move") << int(QEvent::MouseMove) << true;
    QTest::newRow("wheel") << int(QEvent::Wheel) << true;
    QTest::newRow("key press") << int(QEvent::KeyPress) << true;
    QTest::newRow("input method") << int(QEvent::InputMethod) << true;
    QTest::newRow("paint") << int(QEvent::Paint) << false;
    QTest::newRow("timer") << int(QEvent::Timer) << false;
    QTest::newRow("update request") << int(QEvent::UpdateRequest) << false;
    QTest::newRow("expose") << int(QEvent::Expose) << false;
}

void TestIdleLock::onlyUserInputCountsAsUse()
{
    QFETCH(int, type);
    QFETCH(bool, counts);
    QCOMPARE(IdleLock::isUserInput(type), counts);

    // And through the real filter: a paint or timer does not keep the phone awake.
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    idle.start();
    clock.now += 3 * Minute;
    QObject anyItem;
    if (type == QEvent::Timer) {
        QTimerEvent timer(1);
        QCoreApplication::sendEvent(&anyItem, &timer);
    } else if (type == QEvent::KeyPress) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QCoreApplication::sendEvent(&anyItem, &key);
    } else {
        return; // other kinds are covered by the table above
    }
    QCOMPARE(idle.remainingMs(), counts ? 5 * Minute : 2 * Minute);
}

void TestIdleLock::organisationTimeoutIsUsedWithinItsBounds_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("one minute") << 1 << 1 * Minute;
    QTest::newRow("ten minutes") << 10 << 10 * Minute;
    QTest::newRow("an hour, the most") << 60 << 60 * Minute;
    QTest::newRow("zero: never lock is not allowed") << 0 << 5 * Minute;
    QTest::newRow("negative") << -3 << 5 * Minute;
    QTest::newRow("over an hour") << 61 << 5 * Minute;
}

void TestIdleLock::organisationTimeoutIsUsedWithinItsBounds()
{
    QFETCH(int, minutes);
    QFETCH(qint64, expectedMs);
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.setTimeoutMinutes(minutes);
    QCOMPARE(idle.timeoutMs(), expectedMs);
    idle.start();
    clock.now += expectedMs - 1;
    idle.check();
    QCOMPARE(due.count(), 0);
    clock.now += 1;
    idle.check();
    QCOMPARE(due.count(), 1);
}

void TestIdleLock::backgroundLocksAtOnce_data()
{
    QTest::addColumn<Qt::ApplicationState>("state");
    QTest::addColumn<bool>("locks");
    QTest::newRow("hidden") << Qt::ApplicationHidden << true;
    QTest::newRow("suspended") << Qt::ApplicationSuspended << true;
    QTest::newRow("inactive (notification shade)") << Qt::ApplicationInactive << false;
    QTest::newRow("active") << Qt::ApplicationActive << false;
}

void TestIdleLock::backgroundLocksAtOnce()
{
    QFETCH(Qt::ApplicationState, state);
    QFETCH(bool, locks);
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.start();
    clock.now += 1000; // seconds after the last touch, far from the idle time
    // The application's own signal, as the platform sends it.
    emit qGuiApp->applicationStateChanged(state);
    QCOMPARE(due.count(), locks ? 1 : 0);
    if (locks)
        QCOMPARE(due.at(0).at(0).value<IdleLock::Reason>(), IdleLock::Reason::Background);
    QCOMPARE(idle.isRunning(), !locks);
}

void TestIdleLock::stoppedLockNeverFires()
{
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.start();
    idle.stop();
    clock.now += 60 * Minute;
    idle.check();
    emit qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
    QCOMPARE(due.count(), 0);
}

void TestIdleLock::timerIsArmedForTheTimeStillToGo()
{
    // The timer, not the test, calls check(): armed for the time still to go (50 ms here), it
    // fires by itself and locks once the clock has passed the idle time.
    TestClock clock;
    IdleLock idle;
    idle.setClock(clock.function());
    idle.setTimeoutMinutes(1);
    QSignalSpy due(&idle, &IdleLock::lockDue);
    idle.start();
    clock.now += 1 * Minute - 50;
    idle.check(); // re-arms for 50 ms
    QCOMPARE(due.count(), 0);
    clock.now += 50;
    QVERIFY(due.wait(5000));
    QCOMPARE(due.at(0).at(0).value<IdleLock::Reason>(), IdleLock::Reason::Idle);
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
