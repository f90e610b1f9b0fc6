#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the thread that owns this object (self-pipe:
// the handler only writes one byte, which is async-signal-safe).
#include <QObject>

class QSocketNotifier;

namespace careround::server::http {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; only one watcher may exist in a process.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace careround::server::http
