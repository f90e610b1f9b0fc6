#include "connectionflood.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace careround::server::test {

namespace {
constexpr int kTrickleIntervalMs = 1000; // a byte a second per connection
constexpr int kRampUpIntervalMs = 50;
constexpr int kRampUpBatch = 30;
constexpr int kReopenDelayMs = 50; // no busy loop when the server refuses at once
} // namespace

ConnectionFlood::ConnectionFlood(FloodPlan plan)
    : m_plan(std::move(plan))
    , m_trickle(this)
    , m_rampUp(this)
{
    m_trickle.setInterval(kTrickleIntervalMs);
    connect(&m_trickle, &QTimer::timeout, this, &ConnectionFlood::trickle);
    // Opened in batches, as many clients arriving within a second.
    m_rampUp.setInterval(kRampUpIntervalMs);
    connect(&m_rampUp, &QTimer::timeout, this, [this] {
        for (int batch = 0; batch < kRampUpBatch && m_opened < m_slots.size(); ++batch)
            open(m_opened++);
        if (m_opened >= m_slots.size())
            m_rampUp.stop();
    });
}

FloodStats ConnectionFlood::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void ConnectionFlood::start()
{
    m_running = true;
    const int total = m_plan.silent + m_plan.slowHeader;
    m_slots.resize(total);
    for (int i = 0; i < total; ++i) {
        m_slots[i].slow = i >= m_plan.silent;
        m_slots[i].source = QHostAddress(
            QStringLiteral("127.0.0.%1").arg(m_plan.firstAddress + i / m_plan.perAddress));
    }
    m_rampUp.start();
    m_trickle.start();
}

void ConnectionFlood::stop()
{
    m_running = false;
    m_trickle.stop();
    m_rampUp.stop();
    for (Slot &slot : m_slots) {
        if (slot.socket) {
            slot.socket->disconnect(this);
            slot.socket->abort();
            slot.socket->deleteLater();
            slot.socket = nullptr;
        }
    }
}

void ConnectionFlood::open(int index)
{
    Slot &slot = m_slots[index];
    slot.up = false;
    slot.received.clear();
    if (slot.slow) {
        auto *socket = new QSslSocket(this);
        // An attacker does not check who answers: the cheapest handshake there is.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(tls);
        socket->setPeerVerifyName(QStringLiteral("localhost"));
        connect(socket, &QSslSocket::encrypted, this, [this, index] { onUp(index); });
        slot.socket = socket;
    } else {
        slot.socket = new QTcpSocket(this);
        connect(slot.socket, &QAbstractSocket::connected, this, [this, index] { onUp(index); });
    }
    QAbstractSocket *socket = slot.socket;
    connect(socket, &QAbstractSocket::readyRead, this,
            [this, index] { m_slots[index].received += m_slots[index].socket->readAll(); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, index] { onClosed(index); });
    // A close once up arrives as disconnected (after the last readyRead); a refused connection
    // or failed handshake only as an error.
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, index, socket] {
        if (!m_slots[index].up && socket->state() == QAbstractSocket::UnconnectedState)
            onClosed(index);
    });
    socket->bind(slot.source, 0);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_plan.port);
    else
        socket->connectToHost(QHostAddress::LocalHost, m_plan.port);
}

void ConnectionFlood::onUp(int index)
{
    Slot &slot = m_slots[index];
    slot.up = true;
    slot.upSince.start();
    if (slot.slow)
        slot.socket->write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
    QMutexLocker lock(&m_mutex);
    ++(slot.slow ? m_stats.slowOpen : m_stats.silentOpen);
}

void ConnectionFlood::onClosed(int index)
{
    Slot &slot = m_slots[index];
    if (!slot.socket)
        return;
    slot.received += slot.socket->readAll();
    {
        QMutexLocker lock(&m_mutex);
        if (slot.up) {
            const qint64 lived = slot.upSince.elapsed();
            if (slot.slow) {
                --m_stats.slowOpen;
                ++m_stats.slowClosedByServer;
                m_stats.slowAnswered408 += slot.received.startsWith("HTTP/1.1 408") ? 1 : 0;
                m_stats.longestSlowMs = qMax(m_stats.longestSlowMs, lived);
            } else {
                --m_stats.silentOpen;
                ++m_stats.silentClosedByServer;
                m_stats.longestSilentMs = qMax(m_stats.longestSilentMs, lived);
            }
        }
    }
    slot.socket->disconnect(this);
    slot.socket->deleteLater();
    slot.socket = nullptr;
    slot.up = false;
    if (m_running)
        QTimer::singleShot(kReopenDelayMs, this, [this, index] {
            if (m_running && !m_slots[index].socket)
                open(index);
        });
}

void ConnectionFlood::trickle()
{
    for (Slot &slot : m_slots) {
        if (slot.slow && slot.up && slot.socket)
            slot.socket->write("a");
    }
}

} // namespace careround::server::test
