#pragma once
// Server-Sent Event streams (text/event-stream) kept open on the network thread. A stream
// belongs to a topic (an organisation id) and an owner (a device or a browser user). Once a
// second, and only while a topic has streams, a watcher runs on a worker thread and returns the
// topic's change sequence; every stream of that topic that has not seen it gets one small
// "changed" event. A comment line every 15 s keeps proxies from closing a quiet stream. Streams
// are counted against the connection caps like any connection (ConnectionGuard), limited per
// owner, closed after maxAgeMs (the browser reconnects and is authenticated again) and closed
// when the server drains.
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>

namespace careround::server::http {

class ConnectionGuard;

class EventStreams : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pollIntervalMs = 1000; // one watcher query per topic per interval, not per stream
        int keepAliveMs = 15'000;
        int maxPerOwner = 6; // a few browser tabs
        int maxAgeMs = 5 * 60'000; // then closed; EventSource reconnects with fresh credentials
    };
    // The topic's current change sequence, or nullopt when it cannot be read now. Runs on a
    // worker thread.
    using Watcher = std::function<std::optional<qint64>(const QString &topic)>;

    EventStreams(ConnectionGuard *guard, const Options &options, QObject *parent = nullptr);
    ~EventStreams() override;

    void setWatcher(Watcher watcher) { m_watcher = std::move(watcher); }
    bool canOpen(const QString &owner) const;
    // The response head (with the first event) has been handed to the guard for `socket`.
    void open(QTcpSocket *socket, const QString &topic, const QString &owner, qint64 seenSeq);
    int openStreams() const { return int(m_streams.size()); }
    void closeAll();

    static QByteArray changedEvent(qint64 seq);
    static QByteArray keepAliveComment();

private:
    struct Stream
    {
        QPointer<QTcpSocket> socket;
        QString topic;
        QString owner;
        qint64 seenSeq = -1;
        QElapsedTimer opened;
    };
    void poll();
    void deliver(const QHash<QString, qint64> &sequences);
    void keepAlive();
    void disconnect(const QList<QPointer<QTcpSocket>> &sockets);

    ConnectionGuard *m_guard;
    Options m_options;
    Watcher m_watcher;
    QHash<quintptr, Stream> m_streams;
    QTimer m_pollTimer;
    QTimer m_keepAliveTimer;
    bool m_polling = false;
    QThreadPool m_pool; // last: destroyed (and waited for) first
};

} // namespace careround::server::http
