#pragma once
// Waits for a QFuture while the test's event loop keeps running, so queued signals and
// continuations are delivered meanwhile.
#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace careround::testutil {

inline constexpr int FutureTimeoutMs = 30000;

template<typename T>
bool finishes(const QFuture<T> &future, int timeoutMs = FutureTimeoutMs)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    return future.isFinished() || finished.wait(timeoutMs);
}

} // namespace careround::testutil
