// The CareRound field app: parse the command line, load translations, show Main.qml.
// Everything else lives in the CareRound QML module (src/ui, qml/).
#include "ui/common/translations.h"
#include "ui/session/appoptions.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStringList>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication::setOrganizationName(QStringLiteral("CareRound"));
    QGuiApplication::setApplicationName(QStringLiteral("CareRound"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CAREROUND_VERSION));

    // Options are read before the GUI starts, so --help and mistakes work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    using careround::ui::AppOptionsParser;
    const auto options =
        AppOptionsParser::parse(arguments, AppOptionsParser::platformDataDirectory());
    if (!options) {
        std::fprintf(stderr, "careround: %s\n\n%s", qPrintable(options.error().toString()),
                     qPrintable(AppOptionsParser::helpText()));
        return 2;
    }
    if (options.value().showHelp) {
        std::fputs(qPrintable(AppOptionsParser::helpText()), stdout);
        return 0;
    }

    QGuiApplication app(argc, argv);
    careround::ui::useAppLocale();
    careround::ui::installTranslations(app);
    // Basic is the style made for customising: the Cr* components restyle it in one place.
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // where the static CareRound module's qmldir is
    engine.setInitialProperties({
        {QStringLiteral("dataDirectory"), options.value().dataDirectory},
        {QStringLiteral("serverUrl"), options.value().serverUrl.toString()},
        {QStringLiteral("serverCertificatePem"),
         QString::fromLatin1(options.value().serverCertificatePem)},
        {QStringLiteral("nmeaFile"), options.value().nmeaFile},
    });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CareRound/Main.qml")));
    return QGuiApplication::exec();
}
