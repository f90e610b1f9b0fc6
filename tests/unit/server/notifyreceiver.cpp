#include "notifyreceiver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

namespace careround::server::test {

NotifyReceiver::~NotifyReceiver()
{
    stop();
}

QString NotifyReceiver::start(const QString &kind, const QStringList &extraArgs)
{
    // Debian's interpreter: aiosmtpd comes from the python3-aiosmtpd package.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    QStringList {QStringLiteral(CAREROUND_NOTIFY_RECEIVERS), kind, m_dir.path()}
                        + extraArgs);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("cannot start /usr/bin/python3: ") + m_process.errorString();
    QFile portFile(m_dir.filePath(QStringLiteral("port")));
    const QDeadlineTimer deadline(30000);
    while (!portFile.exists()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            return QStringLiteral("the %1 receiver did not come up").arg(kind);
        QThread::msleep(50); // polling for the child's readiness, not a threshold
    }
    if (!portFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the receiver's port");
    m_port = quint16(portFile.readAll().trimmed().toUInt());
    return m_port ? QString() : QStringLiteral("no port");
}

QList<QJsonObject> NotifyReceiver::received() const
{
    QList<QJsonObject> messages;
    QFile file(m_dir.filePath(QStringLiteral("received.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            messages.append(QJsonDocument::fromJson(line).object());
    return messages;
}

void NotifyReceiver::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace careround::server::test
