// The production front door, platform/linux/nginx/careround.conf, run for real: Debian's nginx
// with that file (only its "deployment:" lines rewritten to a random loopback port, the
// development certificate and the server's port) in a temporary prefix, and the real
// careround-server behind it. A request passes with the client's address; an oversized head or
// body is refused by nginx; connections beyond the per-address limit are refused.
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <unistd.h>

using namespace careround::server::test;

namespace {

QString shippedConfig()
{
    return qEnvironmentVariable("CAREROUND_SOURCE_DIR")
        + QStringLiteral("/platform/linux/nginx/careround.conf");
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestNginxFront : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void requestPassesWithTheClientAddress();
    void oversizedHeadAndBodyAreRefusedByNginx();
    void connectionsBeyondThePerAddressLimitAreRefused();

private:
    QSslSocket *connectFrom(const QHostAddress &source);
    // A whole exchange on a new connection: everything until the server closes or goes quiet.
    QByteArray exchange(const QByteArray &request,
                        const QHostAddress &source = QHostAddress::LocalHost);
    int serverRequestCount() { return int(m_server->stderrLog().count("\"event\":\"request\"")); }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QProcess m_nginx;
    quint16 m_port = 0;
    int m_perAddressLimit = 0;
};

void TestNginxFront::initTestCase()
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!nginx.isEmpty(),
             "nginx is not installed (Debian package nginx; scripts/install-deps.sh installs it)");
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.path();

    // The server, as docs/server.md runs it behind the proxy.
    m_server = std::make_unique<ServerProcess>(
        BackendArgs {QStringLiteral("embedded"), root + QStringLiteral("/server"), {}, {}});
    const QString started =
        m_server->start({QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("--max-connections-per-address"), QStringLiteral("0")});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString cert = root + QStringLiteral("/server/tls/dev-cert.pem");
    const QString key = root + QStringLiteral("/server/tls/dev-key.pem");

    QFile shipped(shippedConfig());
    QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.fileName()));
    QString config = QString::fromUtf8(shipped.readAll());
    m_port = freeLoopbackPort();
    const QList<QPair<QString, QString>> deployment {
        {QStringLiteral("server 127.0.0.1:8443;"),
         QStringLiteral("server 127.0.0.1:%1;").arg(m_server->port())},
        {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port)},
        {QStringLiteral("ssl_certificate /etc/careround/tls/fullchain.pem;"),
         QStringLiteral("ssl_certificate %1;").arg(cert)},
        {QStringLiteral("ssl_certificate_key /etc/careround/tls/privkey.pem;"),
         QStringLiteral("ssl_certificate_key %1;").arg(key)},
        {QStringLiteral("proxy_ssl_trusted_certificate /etc/careround/tls/server-cert.pem;"),
         QStringLiteral("proxy_ssl_trusted_certificate %1;").arg(cert)}};
    for (const auto &[from, to] : deployment) {
        QVERIFY2(config.count(from) == 1,
                 qPrintable(QStringLiteral("careround.conf no longer has \"%1\" once").arg(from)));
        config.replace(from, to);
    }
    const auto limit =
        QRegularExpression(QStringLiteral("limit_conn careround_per_address (\\d+);"))
            .match(config);
    QVERIFY2(limit.hasMatch(), "careround.conf has no per-address connection limit");
    m_perAddressLimit = limit.captured(1).toInt();
    QVERIFY(m_perAddressLimit > 0 && m_perAddressLimit < 500);
    QFile front(root + QStringLiteral("/careround.conf"));
    QVERIFY(front.open(QIODevice::WriteOnly));
    front.write(config.toUtf8());
    front.close();

    // The main file around it: everything under the temporary prefix, no root paths.
    QFile main(root + QStringLiteral("/nginx.conf"));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write(
        QStringLiteral("%1worker_processes 1;\npid %2/nginx.pid;\nerror_log %2/error.log warn;\n"
                       "events { worker_connections 1024; }\n"
                       "http {\n  access_log %2/access.log;\n  client_body_temp_path %2/body;\n"
                       "  proxy_temp_path %2/proxy;\n  fastcgi_temp_path %2/fastcgi;\n  "
                       "uwsgi_temp_path %2/uwsgi;\n"
                       "  scgi_temp_path %2/scgi;\n  include %2/careround.conf;\n}\n")
            .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), root)
            .toUtf8());
    main.close();

    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(nginx,
                  {QStringLiteral("-p"), root + QLatin1Char('/'), QStringLiteral("-c"),
                   main.fileName(), QStringLiteral("-e"), root + QStringLiteral("/error.log"),
                   QStringLiteral("-g"), QStringLiteral("daemon off;")});
    QVERIFY2(m_nginx.waitForStarted(5000), qPrintable(m_nginx.errorString()));
    const auto errorLog = [&] {
        QFile log(root + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        return m_nginx.readAll() + log.readAll();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_nginx.state() != QProcess::Running
            || exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                   .startsWith("HTTP/1.1 200"),
        errorLog().constData(), 10000);
    QVERIFY2(m_nginx.state() == QProcess::Running, errorLog().constData());
}

void TestNginxFront::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
        m_nginx.waitForFinished(2000);
    }
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
}

QSslSocket *TestNginxFront::connectFrom(const QHostAddress &source)
{
    auto *socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server->certificate()});
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(QStringLiteral("localhost"));
    socket->bind(source, 0);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    socket->waitForEncrypted(5000);
    return socket;
}

QByteArray TestNginxFront::exchange(const QByteArray &request, const QHostAddress &source)
{
    std::unique_ptr<QSslSocket> socket(connectFrom(source));
    if (!socket->isEncrypted())
        return "no connection: " + socket->errorString().toUtf8();
    socket->write(request);
    QByteArray answer;
    while (socket->state() == QAbstractSocket::ConnectedState && socket->waitForReadyRead(2000))
        answer += socket->readAll();
    return answer + socket->readAll();
}

void TestNginxFront::requestPassesWithTheClientAddress()
{
    const QByteArray health =
        exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QVERIFY2(health.startsWith("HTTP/1.1 200"), health.left(300).constData());
    QVERIFY(health.contains("\"status\":\"ok\""));
    QVERIFY(health.contains("CareRound-Protocol: "));
    QCOMPARE(health.count("Strict-Transport-Security: max-age=31536000\r\n"), 1);

    // A sign-in through the proxy: the server sees (and would throttle) the client's address.
    const QByteArray body("{\"login\":\"nobody\",\"password\":\"not it\"}");
    const QByteArray login =
        exchange("POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                 "Content-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                 QHostAddress(QStringLiteral("127.0.0.9")));
    QVERIFY2(login.startsWith("HTTP/1.1 401"), login.left(300).constData());
    const auto loginLogLine = [&] {
        for (const QByteArray &line : m_server->stderrLog().split('\n')) {
            if (line.contains("\"event\":\"request\"")
                && line.contains("\"path\":\"/v1/auth/login\""))
                return line;
        }
        return QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!loginLogLine().isEmpty(), 3000);
    QVERIFY2(loginLogLine().contains("\"remote\":\"127.0.0.9\""), loginLogLine().constData());
}

void TestNginxFront::oversizedHeadAndBodyAreRefusedByNginx()
{
    const int before = serverRequestCount();
    const QByteArray bigHead = exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                                        + QByteArray(70 * 1024, 'p') + "\r\n\r\n");
    QVERIFY2(bigHead.startsWith("HTTP/1.1 400"), bigHead.left(300).constData());
    QVERIFY(bigHead.contains("Header"));
    const QByteArray bigBody =
        exchange("POST /v1/sync/push HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                 "application/json\r\nContent-Length: "
                 + QByteArray::number(9 * 1024 * 1024) + "\r\n\r\n{");
    QVERIFY2(bigBody.startsWith("HTTP/1.1 413"), bigBody.left(300).constData());
    // Within the limits it goes through.
    const QByteArray fits =
        exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Padding: "
                 + QByteArray(12 * 1024, 'p') + "\r\n\r\n");
    QVERIFY2(fits.startsWith("HTTP/1.1 200"), fits.left(300).constData());
    // Only that one reached the server.
    QTRY_COMPARE_WITH_TIMEOUT(serverRequestCount(), before + 1, 3000);
}

void TestNginxFront::connectionsBeyondThePerAddressLimitAreRefused()
{
    // Each holds a request nginx is reading: a sign-in whose body never comes.
    const QHostAddress greedy(QStringLiteral("127.0.0.20"));
    const QByteArray heldHead(
        "POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Length: 100\r\n\r\n");
    constexpr int kExtra = 3;
    QList<QSslSocket *> sockets;
    for (int i = 0; i < m_perAddressLimit + kExtra; ++i) {
        QSslSocket *socket = connectFrom(greedy);
        QVERIFY2(socket->isEncrypted(), qPrintable(socket->errorString()));
        socket->write(heldHead);
        socket->flush();
        sockets << socket;
    }
    // nginx answers the surplus at once (429) and keeps reading the rest.
    const auto answered = [&] {
        return std::count_if(sockets.cbegin(), sockets.cend(),
                             [](QSslSocket *s) { return s->bytesAvailable() > 0; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered() >= kExtra, 5000);
    QTest::qWait(500); // time for any answer that should not come
    int refused = 0;
    int other = 0;
    for (QSslSocket *socket : sockets) {
        const QByteArray answer = socket->readAll();
        refused += answer.startsWith("HTTP/1.1 429") ? 1 : 0;
        other += !answer.isEmpty() && !answer.startsWith("HTTP/1.1 429") ? 1 : 0;
    }
    QCOMPARE(refused, kExtra);
    QCOMPARE(other, 0);
    // Another address is served meanwhile.
    const QByteArray health =
        exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QVERIFY2(health.startsWith("HTTP/1.1 200"), health.left(300).constData());
    for (QSslSocket *socket : sockets)
        socket->abort();
    qDeleteAll(sockets);
    // Once they are gone the address is served again.
    QTRY_VERIFY_WITH_TIMEOUT(
        exchange("GET /v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", greedy)
            .startsWith("HTTP/1.1 200"),
        5000);
}

QTEST_GUILESS_MAIN(TestNginxFront)
#include "tst_nginx_front.moc"
