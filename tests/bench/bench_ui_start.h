#pragma once
// The two programs bench_ui starts to time "app start to first frame": the CareRound app's own
// window (Main.qml from the static CareRound module, as app/careround/main.cpp loads it) and a
// bare Qt Quick window built the same way (same compiler flags, QQmlApplicationEngine, Basic
// style, window size). Each prints "first-frame" after its window's first frame and exits.
#include <QByteArray>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>

namespace careround::bench {

// Waits for the first root window's first frame, prints the marker and quits.
inline void exitAfterFirstFrame(QQmlApplicationEngine &engine)
{
    if (engine.rootObjects().isEmpty()) {
        std::fputs("no window\n", stderr);
        std::exit(1);
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            std::puts("first-frame");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
}

} // namespace careround::bench
