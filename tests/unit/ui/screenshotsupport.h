#pragma once
// Shared by the screenshot tests: a window with SessionView over a real AppSession (offscreen),
// finding items in the visual tree, tapping them as a finger would, scrolling a page to an item,
// and saving a PNG checked for what a care worker would stumble on (text cut off, a control a
// screen reader cannot name, a touch target under 48 px).
#include "ui/session/appsession.h"
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace careround::ui::testing {

struct Screen
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    AppSession *session = nullptr;
};

// A started session in `dataDirectory` with the fast test KDF, shown at `size`; null on failure.
// `wallClock`, when given, is the session's clock for lockout waits (setWallClockForTests).
std::unique_ptr<Screen> openScreen(const QSize &size, const QString &dataDirectory,
                                   std::function<QDateTime()> wallClock = {});

QList<QQuickItem *> visualItems(QQuickItem *root);
// The first visible item with this objectName (searched in the visual tree), else null.
QQuickItem *findItem(QQuickWindow *window, const QString &objectName, QQuickItem *under = nullptr);
// Scrolls the page's Flickable so `item` is on screen, then clicks its centre. False if the item
// cannot be brought on screen.
bool tap(QQuickWindow *window, QQuickItem *item);
// Waits until the page stack has finished sliding pages in or out (taps are ignored meanwhile).
bool settle(QQuickWindow *window);
// Scrolls the current page so `item` is near the top.
void scrollTo(QQuickWindow *window, QQuickItem *item);

class ScreenshotRecorder
{
public:
    explicit ScreenshotRecorder(QString directory);
    // Saves <name>-<w>x<h>.png and checks the screen; failures go to QTest.
    void shoot(Screen &screen, const QString &name);
    const QStringList &saved() const { return m_saved; }
    QString directory() const { return m_directory; }

private:
    void check(Screen &screen, const QString &name);
    QString m_directory;
    QStringList m_saved;
};

QString screenshotDirectory(); // $CAREROUND_SCREENSHOT_DIR or <build>/screenshots

} // namespace careround::ui::testing
