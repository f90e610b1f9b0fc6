// careround-server: the CareRound sync server (serve) and its admin commands. See docs/server.md.
#include "cli.h"

#include "server/http/jsonlog.h"
#include "sql/privatefiles.h"

#include <QCoreApplication>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    using namespace careround::server::cli;
    // Everything the server writes holds records, keys or logins: owner-only, whatever the shell's
    // umask (the store and key files are also created 0600 explicitly).
    ::umask(077);
    careround::files::setTightenedReporter(
        [](const QString &path, unsigned oldMode, unsigned newMode) {
            careround::server::http::JsonLog::warning(
                QStringLiteral("file_mode_tightened"),
                {{QStringLiteral("path"), path},
                 {QStringLiteral("old_mode"),
                  QString::number(oldMode, 8).rightJustified(4, QLatin1Char('0'))},
                 {QStringLiteral("new_mode"),
                  QString::number(newMode, 8).rightJustified(4, QLatin1Char('0'))}});
        });
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careround-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "CareRound sync server.\n\nCommands: serve (default), init-demo, create-org, add-user, "
        "link-family,\n"
        "give-consent, withdraw-consent, import <people|care-plans|medication-orders|rota> "
        "<file>,\n"
        "disable-user, enable-user, revoke-device, reset-office-2fa,\n"
        "report <visits|hours|spot-checks|devices|kpis>, export fhir. See docs/server.md,\n"
        "docs/office.md and docs/interop.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("What to do (default: serve)."));
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("careround-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    Invocation inv;
    inv.parser = &parser;
    const QStringList positional = parser.positionalArguments();
    inv.command = positional.value(0, QStringLiteral("serve"));
    inv.positional = positional.mid(1);
    if (inv.command == QLatin1String("serve"))
        return runServe(inv);
    return runAdmin(inv);
}
