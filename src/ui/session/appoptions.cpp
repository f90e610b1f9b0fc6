#include "appoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace careround::ui {

namespace {
const QString DataDirOption = QStringLiteral("data-dir");
const QString ServerOption = QStringLiteral("server");
const QString CertificateOption = QStringLiteral("server-certificate");
const QString NmeaFileOption = QStringLiteral("nmea-file");

// A PEM certificate block whose body is base64. Checked by hand: QSslCertificate loads Qt's TLS
// backend, which needs the application object, and options are read before it exists. The
// transport parses the certificate for real when it first connects.
bool looksLikePemCertificate(const QByteArray &pem)
{
    static const QByteArray Begin("-----BEGIN CERTIFICATE-----");
    static const QByteArray End("-----END CERTIFICATE-----");
    const qsizetype begin = pem.indexOf(Begin);
    const qsizetype end = begin < 0 ? -1 : pem.indexOf(End, begin);
    if (end < 0)
        return false;
    const QByteArray body = pem.mid(begin + Begin.size(), end - begin - Begin.size()).simplified();
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray(body).replace(' ', ""),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() > 100;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        AppOptionsParser::tr("CareRound: offline-first home-care visits."));
    parser.addHelpOption();
    parser.addOption(
        {DataDirOption,
         AppOptionsParser::tr("Folder for this device's encrypted records and key vault."),
         AppOptionsParser::tr("dir")});
    parser.addOption({ServerOption,
                      AppOptionsParser::tr(
                          "Address of the CareRound sync server, e.g. https://care.example.org."),
                      AppOptionsParser::tr("url")});
    parser.addOption({CertificateOption,
                      AppOptionsParser::tr("PEM certificate to trust for the server (e.g. a test "
                                           "server's self-signed certificate) instead of the "
                                           "system's certificate authorities."),
                      AppOptionsParser::tr("file")});
    parser.addOption({NmeaFileOption,
                      AppOptionsParser::tr("Replay this NMEA log as the device's location (for "
                                           "demos), instead of the platform's position source."),
                      AppOptionsParser::tr("file")});
}
} // namespace

Result<AppOptions> AppOptionsParser::parse(const QStringList &arguments,
                                           const QString &defaultDataDirectory)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments))
        return Error {QString(), parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return Error {QString(),
                      tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())};

    AppOptions options;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        options.showHelp = true;
        return options;
    }
    const QString dataDir =
        parser.isSet(DataDirOption) ? parser.value(DataDirOption).trimmed() : defaultDataDirectory;
    if (dataDir.isEmpty())
        return Error {QStringLiteral("--data-dir"), tr("give a folder path")};
    options.dataDirectory = QDir::cleanPath(QDir(dataDir).absolutePath());

    if (parser.isSet(ServerOption)) {
        const QString text = parser.value(ServerOption).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error {
                QStringLiteral("--server"),
                tr("\"%1\" is not a server address; use e.g. https://care.example.org").arg(text)};
        if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            return Error {
                QStringLiteral("--server"),
                tr("\"%1\" must start with https:// (or http:// for a test server)").arg(text)};
        options.serverUrl = url;
    }
    if (parser.isSet(CertificateOption)) {
        const QString path = parser.value(CertificateOption).trimmed();
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("--server-certificate"),
                          tr("cannot read \"%1\"").arg(path)};
        const QByteArray pem = file.read(1024 * 1024);
        if (!looksLikePemCertificate(pem))
            return Error {QStringLiteral("--server-certificate"),
                          tr("\"%1\" holds no PEM certificate").arg(path)};
        options.serverCertificatePem = pem;
    }
    if (parser.isSet(NmeaFileOption)) {
        const QFileInfo file(parser.value(NmeaFileOption).trimmed());
        if (!file.isFile() || !file.isReadable())
            return Error {QStringLiteral("--nmea-file"),
                          tr("\"%1\" is not a readable file").arg(parser.value(NmeaFileOption))};
        options.nmeaFile = file.absoluteFilePath();
    }
    return options;
}

QString AppOptionsParser::platformDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppOptionsParser::helpText()
{
    QCommandLineParser parser;
    describe(parser);
    // Without a running application Qt cannot know the program's name.
    return parser.helpText().replace(QLatin1String("<executable_name>"),
                                     QLatin1String("careround"));
}

} // namespace careround::ui
