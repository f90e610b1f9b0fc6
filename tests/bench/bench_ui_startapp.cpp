// bench_ui's "app" program: the CareRound window exactly as the app starts it (translations, Basic
// style, the static module, Main.qml with its initial properties), then exit after its first frame.
#include "bench_ui_start.h"
#include "ui/common/translations.h"

#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication::setOrganizationName(QStringLiteral("CareRound"));
    QGuiApplication::setApplicationName(QStringLiteral("CareRound"));
    QGuiApplication app(argc, argv);
    careround::ui::installTranslations(app);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QTemporaryDir dataDirectory; // a first start: no vault yet
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({
        {QStringLiteral("dataDirectory"), dataDirectory.path()},
        {QStringLiteral("serverUrl"), QString()},
        {QStringLiteral("nmeaFile"), QString()},
    });
    engine.load(QUrl(QStringLiteral("qrc:/CareRound/Main.qml")));
    careround::bench::exitAfterFirstFrame(engine);
    return QGuiApplication::exec();
}
