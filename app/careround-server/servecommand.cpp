// `careround-server serve`: open the store, set up TLS, listen, and shut down gracefully.
#include "cli.h"

#include "server/alerts/alertschedulerloop.h"
#include "server/api/apiserver.h"
#include "server/api/officeconsole.h"
#include "server/http/httphost.h"
#include "server/http/jsonlog.h"
#include "server/http/signalwatcher.h"
#include "server/http/tlsmaterial.h"
#include "server/notify/notifierloop.h"
#include "sql/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/resource.h>

namespace careround::server::cli {

using http::JsonLog;

namespace {

Result<std::optional<QSslConfiguration>> tlsFor(const Invocation &inv, const QString &dataDir)
{
    if (inv.isSet(QStringLiteral("plain-http"))) {
        if (inv.isSet(QStringLiteral("tls-cert")) || inv.isSet(QStringLiteral("tls-key")))
            return Error {QStringLiteral("--plain-http"),
                          QStringLiteral("cannot be combined with --tls-cert/--tls-key")};
        return std::optional<QSslConfiguration>();
    }
    QString cert = inv.value(QStringLiteral("tls-cert"));
    QString key = inv.value(QStringLiteral("tls-key"));
    if (cert.isEmpty() != key.isEmpty())
        return Error {cert.isEmpty() ? QStringLiteral("--tls-cert") : QStringLiteral("--tls-key"),
                      QStringLiteral("--tls-cert and --tls-key go together")};
    if (cert.isEmpty()) {
        auto files = http::ensureDevelopmentCertificate(dataDir);
        if (!files)
            return files.error();
        cert = files.value().certificatePath;
        key = files.value().privateKeyPath;
        JsonLog::info(QStringLiteral("tls_development_certificate"),
                      {{QStringLiteral("certificate"), cert},
                       {QStringLiteral("generated"), files.value().generated}});
    }
    auto config = http::loadServerTls(cert, key);
    if (!config)
        return config.error();
    return std::optional<QSslConfiguration>(config.value());
}

// The server's clock moved by the offset in the file, read on every request, so a test moves the
// server's time without restarting it.
std::function<qint64()> testClockFrom(const QString &path)
{
    return [path] {
        QFile file(path);
        const qint64 offsetMs =
            file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
        return QDateTime::currentMSecsSinceEpoch() + offsetMs;
    };
}

// Which key file is used, and why (keylocation.h). A key file in the data folder decrypts that
// folder's database for whoever copies the folder:
// expected in a demo install (it holds the demo's logins anyway), warned about everywhere else.
// A copy left behind after the key moved elsewhere is warned about too.
void logKeyLocation(const Invocation &inv)
{
    const QString dataDir = dataDirectory(inv);
    const KeyLocation key = keyLocation(inv);
    JsonLog::info(QStringLiteral("key_file"),
                  {{QStringLiteral("path"), key.path},
                   {QStringLiteral("source"), keySourceName(key.source)}});
    if (QFileInfo::exists(QDir(dataDir).filePath(QString::fromLatin1(kDemoLoginsFile))))
        return;
    const QString besideDatabase = QDir(dataDir).filePath(QString::fromLatin1(DataDirKeyFile));
    QString found;
    if (key.insideDataDir)
        found = key.path;
    else if (QFileInfo::exists(besideDatabase))
        found = besideDatabase;
    if (found.isEmpty())
        return;
    JsonLog::warning(
        QStringLiteral("key_in_data_dir"),
        {{QStringLiteral("key_file"), found},
         {QStringLiteral("in_use"), found == key.path},
         {QStringLiteral("data_dir"), dataDir},
         {QStringLiteral("message"),
          QStringLiteral("a copy of the data folder decrypts the database: keep the key "
                         "elsewhere (--key-file, CAREROUND_KEY_FILE or the systemd "
                         "credential careround-server.key; docs/server.md)")}});
}

// Every connection is a file descriptor: lift the soft limit to the hard one, and keep the
// connection cap below what is left (room for the store, logs and TLS files).
int openFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur > 1'000'000 ? 1'000'000 : static_cast<int>(limit.rlim_cur);
}

constexpr int kSpareFileDescriptors = 64;

} // namespace

int runServe(const Invocation &inv)
{
    if (!inv.positional.isEmpty())
        return usageError(QStringLiteral("serve takes no arguments, got \"%1\"")
                              .arg(inv.positional.join(QLatin1Char(' '))));
    const auto port = intOption(inv, QStringLiteral("port"), 8443, 0, 65535);
    const auto threads = intOption(inv, QStringLiteral("threads"), 4, 1, 64);
    const auto shutdownSeconds = intOption(inv, QStringLiteral("shutdown-timeout"), 20, 0, 3600);
    const auto handshakeSeconds = intOption(inv, QStringLiteral("handshake-timeout"), 5, 1, 300);
    const auto headerSeconds = intOption(inv, QStringLiteral("header-timeout"), 10, 1, 300);
    const auto perAddress =
        intOption(inv, QStringLiteral("max-connections-per-address"), 64, 0, 1'000'000);
    const auto maxConnections =
        intOption(inv, QStringLiteral("max-connections"), 4096, 1, 1'000'000);
    const auto alertSeconds = intOption(inv, QStringLiteral("alert-pass-seconds"), 60, 0, 3600);
    const auto notifySeconds = intOption(inv, QStringLiteral("notify-pass-seconds"), 10, 1, 3600);
    for (const auto *check : {&port, &threads, &shutdownSeconds, &handshakeSeconds, &headerSeconds,
                              &perAddress, &maxConnections, &alertSeconds, &notifySeconds}) {
        if (!*check)
            return usageError(check->error().toString());
    }
    const QHostAddress address(inv.value(QStringLiteral("listen")));
    if (address.isNull())
        return usageError(QStringLiteral("--listen: not an IP address: %1")
                              .arg(inv.value(QStringLiteral("listen"))));
    const QHostAddress trustedProxy(inv.value(QStringLiteral("trusted-proxy")));
    if (inv.isSet(QStringLiteral("trusted-proxy")) && trustedProxy.isNull())
        return usageError(QStringLiteral("--trusted-proxy: not an IP address: %1")
                              .arg(inv.value(QStringLiteral("trusted-proxy"))));
    const QString dataDir = dataDirectory(inv);
    if (auto made = files::ensurePrivateFolder(dataDir); !made)
        return usageError(QStringLiteral("--data-dir: %1").arg(made.error().message));

    std::optional<notify::CouncilConfig> councils;
    if (inv.isSet(QStringLiteral("council-config"))) {
        auto loaded = notify::loadCouncilConfig(inv.value(QStringLiteral("council-config")));
        if (!loaded)
            return usageError(
                QStringLiteral("--council-config: %1").arg(loaded.error().toString()));
        councils = loaded.value();
    }

    auto tls = tlsFor(inv, dataDir);
    if (!tls)
        return usageError(tls.error().toString());
    QString backend;
    auto store = openStore(inv, &backend);
    if (!store) {
        const bool usage = store.error().field.startsWith(QLatin1String("--"));
        return usage ? usageError(store.error().toString())
                     : failure(QStringLiteral("cannot open the %1 store: %2")
                                   .arg(backend, store.error().toString()));
    }
    if (backend == QLatin1String("embedded"))
        logKeyLocation(inv);

    http::HttpHost::Options hostOptions;
    hostOptions.workerThreads = threads.value();
    hostOptions.trustedProxy = trustedProxy;
    hostOptions.limits.handshakeTimeoutMs = handshakeSeconds.value() * 1000;
    hostOptions.limits.headerTimeoutMs = headerSeconds.value() * 1000;
    hostOptions.limits.maxConnectionsPerAddress = perAddress.value();
    const int fileLimit = openFileLimit();
    hostOptions.limits.maxConnections =
        qMin(maxConnections.value(), qMax(16, fileLimit - kSpareFileDescriptors));
    if (hostOptions.limits.maxConnections < maxConnections.value())
        JsonLog::warning(QStringLiteral("max_connections_lowered"),
                         {{QStringLiteral("max_connections"), hostOptions.limits.maxConnections},
                          {QStringLiteral("open_file_limit"), fileLimit}});
    if (inv.isSet(QStringLiteral("test-clock-offset-file"))) {
        const QString clockFile = inv.value(QStringLiteral("test-clock-offset-file"));
        JsonLog::warning(QStringLiteral("test_clock"), {{QStringLiteral("file"), clockFile}});
        hostOptions.clock = testClockFrom(clockFile);
    }
    http::HttpHost host(hostOptions);
    api::ApiOptions apiOptions;
    apiOptions.backendName = backend;
    auto sealer =
        auth::TotpSealer::fromKeyFile(QDir(dataDir).filePath(QStringLiteral("office-totp.key")));
    if (!sealer)
        return failure(sealer.error().toString());
    apiOptions.totpSealer = std::make_shared<auth::TotpSealer>(sealer.value());
    apiOptions.browser.publicOrigin = inv.value(QStringLiteral("office-origin"));
    if (!apiOptions.browser.publicOrigin.isEmpty()
        && !apiOptions.browser.publicOrigin.startsWith(QLatin1String("https://")))
        return usageError(QStringLiteral("--office-origin: must be https://host[:port]"));
    apiOptions.maxBodyBytes = hostOptions.limits.maxBodyBytes;
    // Server-raised alerts on their own thread, on the same (possibly test-moved) clock.
    const auto serverNow = [clock = hostOptions.clock] {
        return clock ? QDateTime::fromMSecsSinceEpoch(clock(), Qt::UTC)
                     : QDateTime::currentDateTimeUtc();
    };
    alerts::AlertScheduler alertScheduler(*store.value(), serverNow);
    alerts::AlertSchedulerLoop alertLoop(alertScheduler, alertSeconds.value() * 1000);
    // Council notifications (docs/alerts.md) on their own thread, on the same clock.
    std::unique_ptr<notify::CouncilNotifier> notifier;
    std::unique_ptr<notify::NotifierLoop> notifierLoop;
    if (councils) {
        notifier = std::make_unique<notify::CouncilNotifier>(*store.value(), *councils, serverNow);
        notifierLoop =
            std::make_unique<notify::NotifierLoop>(*notifier, notifySeconds.value() * 1000);
        notifierLoop->start();
    }
    // 0: no scheduler in this process (another process over the same PostgreSQL database runs
    // it; tests of other features that need a quiet inbox).
    if (alertSeconds.value() > 0) {
        alertLoop.start();
        apiOptions.afterAlertRelevantPush = [&alertLoop] {
            alertLoop.requestPass();
        };
    }
    api::ApiServer api(*store.value(), host, apiOptions);
    const int consoleFiles = api::addOfficeConsole(host);

    // Before "listening" is printed: whoever reads that line may send SIGTERM at once, and it must
    // reach the graceful shutdown, not the default action (the process killed mid-start).
    http::SignalWatcher signalWatcher;
    QObject::connect(
        &signalWatcher, &http::SignalWatcher::terminationRequested, &host, [&](int signalNumber) {
            JsonLog::info(QStringLiteral("signal"), {{QStringLiteral("signal"), signalNumber}});
            host.shutdown(shutdownSeconds.value() * 1000);
        });
    const auto bound = host.listen(address, static_cast<quint16>(port.value()), tls.value());
    if (!bound)
        return failure(bound.error().toString());
    JsonLog::info(QStringLiteral("listening"),
                  {{QStringLiteral("address"), address.toString()},
                   {QStringLiteral("port"), bound.value()},
                   {QStringLiteral("tls"), tls.value().has_value()},
                   {QStringLiteral("backend"), backend},
                   {QStringLiteral("office_console_files"), consoleFiles}});
    std::printf("listening port=%u\n", static_cast<unsigned>(bound.value()));
    std::fflush(stdout);

    QObject::connect(&host, &http::HttpHost::finished, qApp, &QCoreApplication::quit);
    const int code = QCoreApplication::exec();
    JsonLog::info(QStringLiteral("stopped"));
    return code;
}

} // namespace careround::server::cli
