#pragma once
// An attacker for the connection-exhaustion tests, run on its own thread so the test's own
// requests are timed apart from it: `silent` plain TCP connections that never send a byte, and
// `slowHeader` TLS connections that, once encrypted, trickle a request head that never ends.
// Each source address (127.0.0.first, .first+1, ...) holds at most `perAddress` of them. Whatever
// the server closes is opened again, so the pressure lasts; how long the server let each one
// live, and whether it answered 408, is counted.
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

class QAbstractSocket;

namespace careround::server::test {

struct FloodPlan
{
    quint16 port = 0;
    QSslCertificate certificate;
    int silent = 0;
    int slowHeader = 0;
    int perAddress = 20;
    int firstAddress = 2; // 127.0.0.2
};

struct FloodStats
{
    int silentOpen = 0; // connected now
    int slowOpen = 0; // encrypted now
    int silentClosedByServer = 0;
    int slowClosedByServer = 0;
    int slowAnswered408 = 0;
    qint64 longestSilentMs = 0; // longest a silent connection lived before the server closed it
    qint64 longestSlowMs = 0; // the same for slow-header ones, from encryption
};

class ConnectionFlood : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionFlood(FloodPlan plan);
    FloodStats stats() const; // any thread
    // Call on the flood's thread (queued): opens everything, keeps it open until stop().
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

private:
    struct Slot
    {
        QAbstractSocket *socket = nullptr;
        QHostAddress source;
        bool slow = false;
        bool up = false;
        QElapsedTimer upSince;
        QByteArray received;
    };
    void open(int index);
    void onUp(int index);
    void onClosed(int index);
    void trickle();

    FloodPlan m_plan;
    QList<Slot> m_slots;
    QTimer m_trickle;
    QTimer m_rampUp;
    qsizetype m_opened = 0;
    bool m_running = false;
    mutable QMutex m_mutex;
    FloodStats m_stats;
};

} // namespace careround::server::test
