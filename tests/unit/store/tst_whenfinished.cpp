// whenFinished (store/whenfinished.h): the function runs once, on the context's thread, with the
// result, including when the future finishes on another thread while it is attached (the Qt 6.4
// race that made QFuture::then(context, ...) run a continuation twice and crash in tst_sync_crash),
// and never after the context is gone.
#include "store/whenfinished.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>
#include <memory>

using namespace careround;

namespace {
// A worker's QFutureInterface<T>::reportFinished() is two steps: mark the future finished, then
// run the stored continuation. Exposed here so the test can attach between them, as the GUI
// thread does when the worker is pre-empted in that gap.
class SteppedFinish : public QFutureInterface<int>
{
public:
    void markFinished() { QFutureInterfaceBase::reportFinished(); }
    void runStoredContinuation() { runContinuation(); }
};

void deliverPosted()
{
    // The watcher's finish arrives as posted events (callout, then the queued signal).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents();
}
} // namespace

class TestWhenFinished : public QObject
{
    Q_OBJECT
private slots:
    void runsOnceWhenAttachedBetweenFinishAndContinuation();
    void runsWithTheResultOfAFinishedFuture();
    void neverRunsAfterTheContextIsDestroyed();
    void voidFuturesAndCancelledFutures();
    void workerThreadsFinishingWhileAttaching();
};

void TestWhenFinished::runsOnceWhenAttachedBetweenFinishAndContinuation()
{
    // With QFuture::then(&context, ...) on Qt 6.4 this sequence runs the continuation twice, the
    // second time with its function and QPromise moved out: SIGSEGV in QPromise::start.
    SteppedFinish worker;
    worker.reportStarted();
    worker.reportResult(7);
    worker.markFinished();
    QObject context;
    int calls = 0;
    int seen = 0;
    whenFinished(worker.future(), &context, [&](int value) {
        ++calls;
        seen = value;
    });
    worker.runStoredContinuation();
    deliverPosted();
    QCOMPARE(calls, 1);
    QCOMPARE(seen, 7);
}

void TestWhenFinished::runsWithTheResultOfAFinishedFuture()
{
    QObject context;
    QString seen;
    whenFinished(QtFuture::makeReadyFuture(QStringLiteral("ready")), &context,
                 [&](const QString &value) { seen = value; });
    QVERIFY(seen.isEmpty()); // not inside the call: on the context's thread, from its event loop
    deliverPosted();
    QCOMPARE(seen, QStringLiteral("ready"));
}

void TestWhenFinished::neverRunsAfterTheContextIsDestroyed()
{
    // A store read still running when the sync engine (the context) is destroyed.
    QPromise<int> promise;
    promise.start();
    auto context = std::make_unique<QObject>();
    int calls = 0;
    whenFinished(promise.future(), context.get(), [&](int) { ++calls; });
    context.reset();
    promise.addResult(1);
    promise.finish();
    deliverPosted();
    QCOMPARE(calls, 0);

    // Finished, its answer posted, and the context destroyed before the event loop delivers it.
    context = std::make_unique<QObject>();
    whenFinished(QtFuture::makeReadyFuture(2), context.get(), [&](int) { ++calls; });
    context.reset();
    deliverPosted();
    QCOMPARE(calls, 0);
}

void TestWhenFinished::voidFuturesAndCancelledFutures()
{
    QObject context;
    int calls = 0;
    QPromise<void> done;
    done.start();
    whenFinished(done.future(), &context, [&] { ++calls; });
    done.finish();
    deliverPosted();
    QCOMPARE(calls, 1);

    // Cancelled without a result (a pool cleared at shutdown): nothing to run with.
    QPromise<int> cancelled;
    cancelled.start();
    whenFinished(cancelled.future(), &context, [&](int) { ++calls; });
    cancelled.future().cancel();
    cancelled.finish();
    deliverPosted();
    QCOMPARE(calls, 1);
}

void TestWhenFinished::workerThreadsFinishingWhileAttaching()
{
    // Real threads: short tasks finish while, or before, the function is attached.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QObject context;
    constexpr int Tasks = 2000;
    int calls = 0;
    qint64 sum = 0;
    for (int i = 0; i < Tasks; ++i) {
        whenFinished(QtConcurrent::run(&pool, [i] { return i; }), &context, [&](int value) {
            ++calls;
            sum += value;
        });
    }
    pool.waitForDone();
    deliverPosted();
    QCOMPARE(calls, Tasks);
    QCOMPARE(sum, qint64(Tasks) * (Tasks - 1) / 2);
}

QTEST_GUILESS_MAIN(TestWhenFinished)
#include "tst_whenfinished.moc"
