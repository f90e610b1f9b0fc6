#pragma once
// whenFinished(future, context, function): runs function(result) on the context's thread once the
// future has finished, at most once, and never after the context is gone. Use it instead of
// QFuture::then(context, ...) for futures finished on another thread (the store's readers and
// writer, QtConcurrent pools).
//
// Why not then(): in Qt 6.4, QFutureInterfaceBase::setContinuation() runs a continuation at once
// when the future is already finished AND stores it, while reportFinished() marks the future
// finished before runContinuation() takes the stored continuation. When a worker finishes the
// future between those two steps and this thread attaches then() in that gap, the continuation
// runs twice; the second run finds its function and QPromise moved out and crashes in
// QPromise::start (SIGSEGV, seen in tst_sync_crash). A QFutureWatcher hears of the finish under
// the future's own mutex, so exactly once; as a child of the context it dies with it.
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>
#include <utility>

namespace careround {

// function takes the future's result (nothing for QFuture<void>). A future cancelled without a
// result does not call it.
template<typename T, typename Function>
void whenFinished(const QFuture<T> &future, QObject *context, Function &&function)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, function = std::forward<Function>(function)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         // A local copy: the function may destroy the context, and the watcher
                         // (holding this lambda) with it.
                         auto run = std::move(function);
                         if constexpr (std::is_void_v<T>) {
                             if (!done.isCanceled())
                                 run();
                         } else if (done.resultCount() > 0) {
                             run(done.result());
                         }
                     });
    watcher->setFuture(future);
}

} // namespace careround
