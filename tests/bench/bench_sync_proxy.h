#pragma once
// A TCP relay for bench_sync: counts the bytes on the wire each way (TLS and HTTP included) and,
// when asked, shapes them like a slow mobile link: a bandwidth per direction, a round-trip delay,
// and packet loss modelled as a retransmission wait (a 1,400-byte segment lost with probability
// lossRate is delivered rtoMs later, holding back what follows it, as TCP does).
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace careround::bench {

struct LinkShape
{
    double upKbps = 0; // client -> server; 0 = unlimited
    double downKbps = 0; // server -> client
    int rttMs = 0;
    double lossRate = 0;
    int rtoMs = 300;
};

class ShapingProxy : public QObject
{
    Q_OBJECT
public:
    ShapingProxy(quint16 upstreamPort, LinkShape shape, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    qint64 bytesUp() const { return m_bytesUp; }
    qint64 bytesDown() const { return m_bytesDown; }
    void resetCounters() { m_bytesUp = m_bytesDown = 0; }

private:
    struct Direction
    {
        QPointer<QTcpSocket> to;
        QList<std::pair<qint64, QByteArray>> queue; // (due ms, bytes)
        qint64 lastDue = 0;
        QTimer timer;
    };
    void onConnection();
    void send(Direction &direction, const QByteArray &data, double kbps, qint64 *counter);
    void release(Direction &direction);

    QTcpServer m_server;
    quint16 m_upstream;
    LinkShape m_shape;
    QRandomGenerator m_random {4242};
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<Direction>> m_directions;
};

} // namespace careround::bench
