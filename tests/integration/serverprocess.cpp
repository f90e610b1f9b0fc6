#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace careround::server::test {

namespace {
constexpr int kStartTimeoutMs = 20000;
}

QString serverBinary()
{
    return QStringLiteral(CAREROUND_SERVER_BINARY);
}

QStringList BackendArgs::toArgs() const
{
    QStringList args {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--backend"), backend};
    if (backend == QLatin1String("postgres"))
        args << QStringLiteral("--pg-dsn") << pgDsn << QStringLiteral("--pg-schema") << pgSchema;
    return args;
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop(5000);
}

QString ServerProcess::start(const QStringList &extraArgs)
{
    QStringList args {QStringLiteral("serve"), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")};
    args << m_backend.toArgs() << extraArgs;
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(kStartTimeoutMs))
        return QStringLiteral("cannot start %1: %2").arg(serverBinary(), m_process.errorString());
    static const QRegularExpression listening(QStringLiteral("^listening port=(\\d+)$"));
    QByteArray out;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine()
            && !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            continue;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                QFile cert(QDir(m_backend.dataDir).filePath(QStringLiteral("tls/dev-cert.pem")));
                if (cert.open(QIODevice::ReadOnly))
                    m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
                return {};
            }
        }
    }
    return QStringLiteral("server did not print its port; stderr:\n%1")
        .arg(QString::fromUtf8(stderrLog()));
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    stderrLog();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int ServerProcess::runCli(const BackendArgs &backend, const QStringList &args, QByteArray *out,
                          QByteArray *err)
{
    QProcess process;
    process.start(serverBinary(), args + backend.toArgs());
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace careround::server::test
