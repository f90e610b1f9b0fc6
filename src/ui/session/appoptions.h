#pragma once
// The app's command line: --data-dir <dir> (default: the platform's app data folder) and
// --server <url> (the sync server, prefilled on the sign-in page), --server-certificate <file>
// (a CA to trust for it) and --nmea-file <file> (replays an NMEA log instead of the platform's
// position source, for demos). Parsed and checked here so the
// rules are tested and main() stays a few lines.
#include "core/result.h"
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace careround::ui {

struct AppOptions
{
    QString dataDirectory; // absolute path
    QUrl serverUrl; // empty when not given
    // --server-certificate FILE: the PEM certificate(s) to trust as CA for the server (a
    // development server's self-signed cert); empty = the system's CAs.
    QByteArray serverCertificatePem;
    QString nmeaFile; // --nmea-file: replay this NMEA log as the position source (demos); absolute
    bool showHelp = false; // --help: print helpText() and exit
};

class AppOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(AppOptionsParser)
public:
    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    // `defaultDataDirectory` is used when --data-dir is absent.
    static Result<AppOptions> parse(const QStringList &arguments,
                                    const QString &defaultDataDirectory);
    // The default for the platform (QStandardPaths::AppDataLocation).
    static QString platformDataDirectory();
    static QString helpText();
};

} // namespace careround::ui
