// bench_ui's baseline program: a bare Qt Quick Controls window, started like the app (Basic
// style, QQmlApplicationEngine, same size), then exit after its first frame.
#include "bench_ui_start.h"

#include <QQuickStyle>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(
import QtQuick
import QtQuick.Controls.Basic
ApplicationWindow {
    width: 400
    height: 720
    visible: true
    title: "Bare"
    Label { anchors.centerIn: parent; text: "Hello" }
}
)");
    careround::bench::exitAfterFirstFrame(engine);
    return QGuiApplication::exec();
}
