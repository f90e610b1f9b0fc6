#pragma once
// Command line of careround-server: `careround-server [command] [options]`. Commands: serve
// (default), init-demo, create-org, add-user, link-family, give-consent, withdraw-consent,
// import, disable-user, enable-user, revoke-device, reset-office-2fa, report, export. Bad input
// prints a clear message, exit 2.
#include "core/result.h"
#include "server/storage/keylocation.h"
#include "server/storage/serverstore.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>

namespace careround::server::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
// Written by init-demo into the data folder (mode 0600); its presence makes a data folder a demo
// install, where the key file beside the database is expected.
inline constexpr char kDemoLoginsFile[] = "demo-logins.json";

struct Invocation
{
    QString command;
    QStringList positional; // after the command
    QCommandLineParser *parser = nullptr;
    QString value(const QString &name) const { return parser->value(name); }
    bool isSet(const QString &name) const { return parser->isSet(name); }
};

void addOptions(QCommandLineParser &parser);
// Opens the store chosen by --backend / --data-dir / --key-file / --pg-dsn.
Result<std::unique_ptr<ServerStore>> openStore(const Invocation &inv, QString *backendName);
QString dataDirectory(const Invocation &inv); // --data-dir, absolute
KeyLocation keyLocation(const Invocation &inv); // of the embedded store (keylocation.h)
Result<QString> requiredOption(const Invocation &inv, const QString &name);
// The date --name gives (yyyy-MM-dd), or `fallback` when it is not set.
Result<QDate> dateOption(const Invocation &inv, const QString &name, const QDate &fallback);
Result<int> intOption(const Invocation &inv, const QString &name, int fallback, int min, int max);

int usageError(const QString &message);
int failure(const QString &message);

int runServe(const Invocation &inv);
int runAdmin(const Invocation &inv); // every command but serve
int runReport(const Invocation &inv, ServerStore &store); // report visits|hours|spot-checks|devices
int runExport(const Invocation &inv, ServerStore &store); // export fhir (docs/interop.md)

} // namespace careround::server::cli
