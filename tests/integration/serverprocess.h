#pragma once
// The real careround-server binary as a child process for integration tests: started on
// 127.0.0.1 with --port 0 (the port is read from its "listening port=N" line), HTTPS with the
// development certificate it generates into the data directory, stopped with SIGTERM.
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace careround::server::test {

struct BackendArgs
{
    QString backend; // "embedded" or "postgres"
    QString dataDir; // always set (certificate; embedded database)
    QString pgDsn; // postgres only
    QString pgSchema; // postgres only
    QStringList toArgs() const;
};

QString serverBinary();

class ServerProcess
{
public:
    explicit ServerProcess(BackendArgs backend)
        : m_backend(std::move(backend))
    { }
    ~ServerProcess();

    // Empty on success, else why the server did not come up (with its stderr).
    QString start(const QStringList &extraArgs = {});
    // SIGTERM and wait; returns the exit code (-1 when it had to be killed).
    int stop(int timeoutMs = 15000);
    quint16 port() const { return m_port; }
    QSslCertificate certificate() const { return m_certificate; }
    QByteArray stderrLog()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }
    QProcess &process() { return m_process; }

    // Runs an admin subcommand (`careround-server <args> <backend options>`) to completion.
    static int runCli(const BackendArgs &backend, const QStringList &args,
                      QByteArray *out = nullptr, QByteArray *err = nullptr);

private:
    BackendArgs m_backend;
    QProcess m_process;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QByteArray m_log;
};

} // namespace careround::server::test
