// GET /v1/office/events on the real server, both backends: the stream opens with the
// organisation's change sequence, a record pushed by a phone produces a "changed" event with a
// higher sequence on an already open stream, a role without an office view is refused, one
// owner cannot hold more than a few streams open, and a shutdown closes open streams.
#include "integrationtest.h"

#include <QRegularExpression>
#include <QSslSocket>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

constexpr int kEventWaitMs = 15'000; // the server watches once a second; this only bounds a hang

// A raw HTTPS connection reading an event stream as it arrives.
class StreamReader
{
public:
    StreamReader(quint16 port, const QSslCertificate &ca, const QByteArray &bearer)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ca});
        m_socket.setSslConfiguration(tls);
        m_socket.setPeerVerifyName(QStringLiteral("localhost"));
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForEncrypted(kEventWaitMs))
            return;
        m_socket.write("GET /v1/office/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                       + bearer + "\r\nAccept: text/event-stream\r\n\r\n");
        m_socket.flush();
    }
    // Reads until `pattern` matches what arrived; returns its first capture (or the match).
    QString waitFor(const QRegularExpression &pattern)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < kEventWaitMs) {
            const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(m_received));
            if (match.hasMatch()) {
                m_received = m_received.mid(match.capturedEnd());
                return match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.bytesAvailable())
                break;
            m_socket.waitForReadyRead(200);
            m_received += m_socket.readAll();
        }
        return {};
    }
    QByteArray received() const { return m_received; }

private:
    QSslSocket m_socket;
    QByteArray m_received;
};

const QRegularExpression kChangedSeq(QStringLiteral("event: changed\\ndata: \\{\"seq\":(\\d+)\\}"));

} // namespace

class TestServerEvents : public IntegrationTest
{
    Q_OBJECT
private slots:
    void pushFromAPhoneReachesAnOpenStream();
    void onlyOfficeRolesMayListen();
    void oneOwnerHoldsAFewStreamsAtMost();
    void shutdownClosesOpenStreams();
};

void TestServerEvents::pushFromAPhoneReachesAnOpenStream()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    StreamReader stream(m_server->port(), m_server->certificate(), coordinator.accessToken);
    QVERIFY2(
        !stream.waitFor(QRegularExpression(QStringLiteral("^HTTP/1.1 200 OK\\r\\n"))).isEmpty(),
        stream.received().constData());
    QVERIFY(stream.received().contains("Content-Type: text/event-stream"));
    const QString first = stream.waitFor(kChangedSeq);
    QVERIFY2(!first.isEmpty(), stream.received().constData());

    RecordFactory factory(worker.userId, worker.deviceId);
    const Record note = visitNote(factory, m_world.personInScope, m_world.visitInScope,
                                  QStringLiteral("Made tea."));
    const ApiReply pushed = pushRecords(worker, {note});
    QVERIFY2(pushed.status == 200, qPrintable(pushed.describe()));

    const QString next = stream.waitFor(kChangedSeq);
    QVERIFY2(!next.isEmpty(), stream.received().constData());
    QVERIFY2(next.toLongLong() > first.toLongLong(), qPrintable(first + QLatin1Char(' ') + next));
}

void TestServerEvents::onlyOfficeRolesMayListen()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    StreamReader stream(m_server->port(), m_server->certificate(), worker.accessToken);
    QVERIFY2(!stream.waitFor(QRegularExpression(QStringLiteral("^HTTP/1.1 403 "))).isEmpty(),
             stream.received().constData());
    StreamReader anonymous(m_server->port(), m_server->certificate(), "not-a-token");
    QVERIFY2(!anonymous.waitFor(QRegularExpression(QStringLiteral("^HTTP/1.1 401 "))).isEmpty(),
             anonymous.received().constData());
}

void TestServerEvents::oneOwnerHoldsAFewStreamsAtMost()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    std::vector<std::unique_ptr<StreamReader>> open;
    for (int i = 0; i < 6; ++i) {
        open.push_back(std::make_unique<StreamReader>(m_server->port(), m_server->certificate(),
                                                      coordinator.accessToken));
        QVERIFY2(!open.back()->waitFor(kChangedSeq).isEmpty(), open.back()->received().constData());
    }
    StreamReader seventh(m_server->port(), m_server->certificate(), coordinator.accessToken);
    QVERIFY2(!seventh.waitFor(QRegularExpression(QStringLiteral("^HTTP/1.1 429 "))).isEmpty(),
             seventh.received().constData());
    QVERIFY(seventh.received().contains("too_many_streams"));
}

// SIGTERM drains the server: an open stream is closed at once rather than holding the shutdown
// until its deadline.
void TestServerEvents::shutdownClosesOpenStreams()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    StreamReader stream(m_server->port(), m_server->certificate(), coordinator.accessToken);
    QVERIFY2(!stream.waitFor(kChangedSeq).isEmpty(), stream.received().constData());
    QCOMPARE(m_server->stop(), 0);
    const QByteArray log = m_server->stderrLog();
    QVERIFY2(log.contains("\"shutdown_drained\""), log.right(2000).constData());
    QVERIFY2(!log.contains("\"shutdown_deadline\""), log.right(2000).constData());
}

QTEST_GUILESS_MAIN(TestServerEvents)
#include "tst_server_events.moc"
