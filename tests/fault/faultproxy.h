#pragma once
// An HTTP/1.1 proxy for the sync fault tests, between the engine and the real server (which runs
// with --plain-http so the proxy can see whole requests). Each request opens its own upstream
// connection; with probability faultRate one fault is injected:
//   DropResponse   forwarded and answered by the server (committed), the answer is thrown away
//   CutResponse    half of the answer is relayed, then the connection is cut
//   CutRequest     half of the request body reaches the server, then both sides are cut
//   Duplicate      the request reaches the server twice; the second answer is relayed
//   ReplayEarlier  an earlier request is replayed to the server first (reordering)
//   Stall          held for stallMs before it is forwarded (longer than the client's timeout)
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace careround::synctest {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        DropResponse,
        CutResponse,
        CutRequest,
        Duplicate,
        ReplayEarlier,
        Stall
    };
    Q_ENUM(Fault)

    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;
    quint16 port() const { return m_server.serverPort(); }
    void setFaultRate(double rate) { m_faultRate = rate; }
    void setStallMs(int ms) { m_stallMs = ms; }
    void setUpstreamPort(quint16 port) { m_upstream = port; }
    QHash<Fault, int> injected() const { return m_injected; }
    int requests() const { return m_requests; }
    qint64 bytesUp() const { return m_bytesUp; } // to the server, as the client sent them
    qint64 bytesDown() const { return m_bytesDown; } // to the client

private:
    struct Exchange;
    void onConnection();
    void onClientData(QTcpSocket *client);
    void handle(QTcpSocket *client, QByteArray request);
    void forward(const QByteArray &request, qint64 sendBytes,
                 std::function<void(const QByteArray &response)> done);
    Fault pick();

    QTcpServer m_server;
    quint16 m_upstream;
    double m_faultRate = 0;
    int m_stallMs = 1500;
    QRandomGenerator m_random {20260};
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_seen; // earlier requests, for replays
    QHash<Fault, int> m_injected;
    int m_requests = 0;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
};

// Length of the first complete HTTP message in data (headers + Content-Length body), or -1.
qsizetype completeMessageLength(const QByteArray &data);
// The message with its Connection header set to "close".
QByteArray withConnectionClose(const QByteArray &message);

} // namespace careround::synctest
