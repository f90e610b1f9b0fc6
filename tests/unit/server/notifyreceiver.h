#pragma once
// A local receiver of council notifications for tests: tests/support/notifyreceivers.py run
// with Debian's python3 (aiosmtpd with STARTTLS, or an HTTPS webhook that checks signatures),
// with a self-signed certificate it makes. Stopped (SIGTERM) when destroyed.
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace careround::server::test {

class NotifyReceiver
{
public:
    ~NotifyReceiver();
    // "smtp" or "webhook"; extra arguments (--delay-ms N, --refuse-first N, --secret-file F).
    // Empty on success, else why it did not start.
    QString start(const QString &kind, const QStringList &extraArgs = {});
    quint16 port() const { return m_port; }
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString folder() const { return m_dir.path(); }
    QList<QJsonObject> received() const; // every message so far, in arrival order
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace careround::server::test
