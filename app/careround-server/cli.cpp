#include "cli.h"

#include "server/storage/serverstorefactory.h"

#include <QDir>
#include <QProcessEnvironment>
#include <cstdio>

namespace careround::server::cli {

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QStringLiteral(
             "Directory for the embedded database, its key and the development certificate."),
         QStringLiteral("dir"), QStringLiteral("careround-data")},
        {QStringLiteral("key-file"),
         QStringLiteral("Key file of the embedded database (else $CAREROUND_KEY_FILE, the systemd "
                        "credential careround-server.key, DATA_DIR/server.key)."),
         QStringLiteral("file")},
        {QStringLiteral("backend"), QStringLiteral("Storage: embedded (default) or postgres."),
         QStringLiteral("name"), QStringLiteral("embedded")},
        {QStringLiteral("pg-dsn"), QStringLiteral("libpq connection string (postgres backend)."),
         QStringLiteral("dsn")},
        {QStringLiteral("pg-schema"), QStringLiteral("PostgreSQL schema for the tables."),
         QStringLiteral("schema"), QStringLiteral("public")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"),
         QStringLiteral("TCP port; 0 picks a free one (printed as 'listening port=N')."),
         QStringLiteral("port"), QStringLiteral("8443")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("plain-http"), QStringLiteral("Serve unencrypted HTTP (benchmarks only).")},
        {QStringLiteral("threads"), QStringLiteral("serve: request worker threads."),
         QStringLiteral("n"), QStringLiteral("4")},
        {QStringLiteral("office-origin"),
         QStringLiteral("serve: the office console's origin (https://host:port) that browsers' "
                        "Origin must equal; default https:// + the Host header."),
         QStringLiteral("url")},
        {QStringLiteral("test-clock-offset-file"),
         QStringLiteral("serve, TESTS ONLY: a file holding milliseconds added to the server's "
                        "clock, read on every request."),
         QStringLiteral("file")},
        {QStringLiteral("alert-pass-seconds"),
         QStringLiteral("serve: seconds between the alert scheduler's passes; 0 runs no scheduler "
                        "in this process (docs/alerts.md)."),
         QStringLiteral("s"), QStringLiteral("60")},
        {QStringLiteral("council-config"),
         QStringLiteral("serve: JSON file naming each organisation's commissioning council "
                        "(e-mail, webhook) and the SMTP server; no file: no notifications "
                        "(docs/server.md)."),
         QStringLiteral("file")},
        {QStringLiteral("notify-pass-seconds"),
         QStringLiteral("serve: seconds between the council notifier's passes (docs/alerts.md)."),
         QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("handshake-timeout"),
         QStringLiteral("serve: seconds a new connection has for its TLS handshake."),
         QStringLiteral("s"), QStringLiteral("5")},
        {QStringLiteral("header-timeout"),
         QStringLiteral("serve: seconds a request has for its request line and headers."),
         QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("max-connections-per-address"),
         QStringLiteral("serve: open connections one client address may hold (0 = no cap)."),
         QStringLiteral("n"), QStringLiteral("64")},
        {QStringLiteral("max-connections"), QStringLiteral("serve: open connections in all."),
         QStringLiteral("n"), QStringLiteral("4096")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("serve: address of a reverse proxy whose X-Real-IP names the client."),
         QStringLiteral("address")},
        {QStringLiteral("shutdown-timeout"),
         QStringLiteral("Seconds to let in-flight requests finish on SIGTERM."),
         QStringLiteral("s"), QStringLiteral("20")},
        {QStringLiteral("people"), QStringLiteral("init-demo: people."), QStringLiteral("n")},
        {QStringLiteral("workers"), QStringLiteral("init-demo: care workers."),
         QStringLiteral("n")},
        {QStringLiteral("days"), QStringLiteral("init-demo: rota days."), QStringLiteral("n")},
        {QStringLiteral("start-day"),
         QStringLiteral("init-demo: first rota day (yyyy-MM-dd, default today); calls before now "
                        "are delivered."),
         QStringLiteral("date")},
        {QStringLiteral("seed"), QStringLiteral("init-demo: random seed."), QStringLiteral("n")},
        {QStringLiteral("login-prefix"), QStringLiteral("init-demo: prefix for login names."),
         QStringLiteral("text")},
        {QStringLiteral("name"), QStringLiteral("Organisation or display name."),
         QStringLiteral("text")},
        {QStringLiteral("org"), QStringLiteral("Organisation id."), QStringLiteral("id")},
        {QStringLiteral("role"),
         QStringLiteral("care_worker, supervisor, coordinator, family_member or therapist."),
         QStringLiteral("role")},
        {QStringLiteral("login"), QStringLiteral("Login name."), QStringLiteral("name")},
        {QStringLiteral("password"), QStringLiteral("Password (or set CAREROUND_PASSWORD)."),
         QStringLiteral("text")},
        {QStringLiteral("user"), QStringLiteral("User id."), QStringLiteral("id")},
        {QStringLiteral("family-user"), QStringLiteral("Family member's user id."),
         QStringLiteral("id")},
        {QStringLiteral("person"), QStringLiteral("Person id."), QStringLiteral("id")},
        {QStringLiteral("relationship"),
         QStringLiteral("Family relationship (daughter, advocate, ...)."), QStringLiteral("text")},
        {QStringLiteral("link"), QStringLiteral("Family link id."), QStringLiteral("id")},
        {QStringLiteral("recorded-by"), QStringLiteral("Coordinator user id recording consent."),
         QStringLiteral("id")},
        {QStringLiteral("note"), QStringLiteral("Consent note."), QStringLiteral("text")},
        {QStringLiteral("consent"),
         QStringLiteral("link-family: record the person's consent at once (needs --recorded-by).")},
        {QStringLiteral("actor"), QStringLiteral("import: coordinator user id running the import."),
         QStringLiteral("id")},
        {QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id")},
        {QStringLiteral("date"),
         QStringLiteral("report visits / spot-checks: the day (yyyy-MM-dd, UK; default today)."),
         QStringLiteral("date")},
        {QStringLiteral("from"),
         QStringLiteral("export fhir: first care day of visits and events; report kpis: first "
                        "day (default 27 days before --to). yyyy-MM-dd."),
         QStringLiteral("date")},
        {QStringLiteral("to"),
         QStringLiteral("export fhir: last care day of visits and events; report kpis: last day "
                        "(default today). yyyy-MM-dd."),
         QStringLiteral("date")},
        {QStringLiteral("week"),
         QStringLiteral("report hours: any day of the payment week (default this week)."),
         QStringLiteral("date")},
        {QStringLiteral("hourly-rate-pence"),
         QStringLiteral("report hours: day support rate per hour, in pence."), QStringLiteral("n")},
        {QStringLiteral("night-rate-pence"),
         QStringLiteral("report hours: rate per 9-hour night session, in pence."),
         QStringLiteral("n")},
        {QStringLiteral("format"),
         QStringLiteral("report visits / hours / spot-checks: json (default) or csv, the "
                        "console's download."),
         QStringLiteral("json|csv")},
    });
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "careround-server: %s\n(see careround-server --help)\n",
                 qPrintable(message));
    return kExitUsage;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "careround-server: %s\n", qPrintable(message));
    return kExitFailure;
}

Result<QString> requiredOption(const Invocation &inv, const QString &name)
{
    const QString value = inv.value(name).trimmed();
    if (!inv.isSet(name) || value.isEmpty())
        return Error {QStringLiteral("--") + name,
                      QStringLiteral("is required for %1").arg(inv.command)};
    return value;
}

Result<int> intOption(const Invocation &inv, const QString &name, int fallback, int min, int max)
{
    if (!inv.isSet(name))
        return fallback;
    bool ok = false;
    const int value = inv.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return Error {QStringLiteral("--") + name,
                      QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)};
    return value;
}

Result<QDate> dateOption(const Invocation &inv, const QString &name, const QDate &fallback)
{
    if (!inv.isSet(name))
        return fallback;
    const QDate day = QDate::fromString(inv.value(name).trimmed(), Qt::ISODate);
    if (!day.isValid())
        return Error {QStringLiteral("--") + name, QStringLiteral("must be a date, yyyy-MM-dd")};
    return day;
}

Result<std::unique_ptr<ServerStore>> openStore(const Invocation &inv, QString *backendName)
{
    const QString backend = inv.value(QStringLiteral("backend"));
    *backendName = backend;
    if (backend == QLatin1String("postgres")) {
        auto dsn = requiredOption(inv, QStringLiteral("pg-dsn"));
        if (!dsn)
            return dsn.error();
        PostgresStoreOptions options;
        options.dsn = dsn.value();
        options.schema = inv.value(QStringLiteral("pg-schema"));
        return openPostgresServerStore(options);
    }
    if (backend != QLatin1String("embedded"))
        return Error {QStringLiteral("--backend"), QStringLiteral("must be embedded or postgres")};
    if (inv.isSet(QStringLiteral("key-file"))
        && inv.value(QStringLiteral("key-file")).trimmed().isEmpty())
        return Error {QStringLiteral("--key-file"), QStringLiteral("needs a file name")};
    EmbeddedStoreOptions options;
    options.dataDir = dataDirectory(inv);
    options.keyFile = keyLocation(inv).path;
    return openEmbeddedServerStore(options);
}

QString dataDirectory(const Invocation &inv)
{
    return QDir(inv.value(QStringLiteral("data-dir"))).absolutePath();
}

KeyLocation keyLocation(const Invocation &inv)
{
    return resolveKeyLocation(inv.value(QStringLiteral("key-file")), dataDirectory(inv),
                              QProcessEnvironment::systemEnvironment());
}

} // namespace careround::server::cli
