// Qt Quick Test runner for the CareRound QML module. It links the module's static plugin, as
// the app does, so the tests exercise the same pages and C++ types the app ships.
#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        careround::ui::installTranslations(*QCoreApplication::instance());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt Positioning skips its NMEA plugin while QtTest runs; the visit tests replay NMEA
        // logs, so the app's position sources must behave as they do outside tests.
        qunsetenv("QT_QTESTLIB_RUNNING");
        engine->addImportPath(QStringLiteral("qrc:/")); // CareRound and CareRoundTesting qmldirs
    }
};

QUICK_TEST_MAIN_WITH_SETUP(careround_qml, Setup)

#include "main.moc"
