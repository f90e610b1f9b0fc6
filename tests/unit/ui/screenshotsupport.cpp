#include "screenshotsupport.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QQuickStyle>
#include <QTest>

namespace careround::ui::testing {

namespace {

const QByteArray Harness = R"(
import QtQuick
import QtQuick.Controls.Basic
import CareRound

ApplicationWindow {
    property alias session: appSession
    visible: true
    color: Theme.background
    font.pixelSize: Theme.bodyPixelSize
    SessionView { anchors.fill: parent; session: appSession }
    AppSession { id: appSession }
}
)";

void collect(QQuickItem *root, QList<QQuickItem *> &out)
{
    for (QQuickItem *child : root->childItems()) {
        out.append(child);
        collect(child, out);
    }
}

// The Flickable of the page that holds `item` (CrPage's "pageFlickable"), if any.
QQuickItem *pageFlickableOf(QQuickItem *item)
{
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem()) {
        if (p->objectName() == QLatin1String("pageFlickable"))
            return p;
    }
    return nullptr;
}

} // namespace

QString screenshotDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CAREROUND_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CAREROUND_SCREENSHOT_DIR) : fromEnvironment;
}

std::unique_ptr<Screen> openScreen(const QSize &size, const QString &dataDirectory,
                                   std::function<QDateTime()> wallClock)
{
    auto screen = std::make_unique<Screen>();
    screen->engine.addImportPath(QStringLiteral("qrc:/"));
    screen->engine.loadData(Harness, QUrl(QStringLiteral("qrc:/screenshots/Harness.qml")));
    if (screen->engine.rootObjects().isEmpty())
        return nullptr;
    screen->window = qobject_cast<QQuickWindow *>(screen->engine.rootObjects().constFirst());
    screen->session = screen->window->property("session").value<AppSession *>();
    screen->window->resize(size);
    screen->session->setDataDirectory(dataDirectory);
    screen->session->useFastKdfForTests();
    if (wallClock)
        screen->session->setWallClockForTests(std::move(wallClock));
    screen->session->start();
    if (!QTest::qWaitForWindowExposed(screen->window))
        return nullptr;
    return screen;
}

QList<QQuickItem *> visualItems(QQuickItem *root)
{
    QList<QQuickItem *> items;
    collect(root, items);
    return items;
}

QQuickItem *findItem(QQuickWindow *window, const QString &objectName, QQuickItem *under)
{
    for (QQuickItem *item : visualItems(under ? under : window->contentItem())) {
        if (item->objectName() == objectName && item->isVisible())
            return item;
    }
    return nullptr;
}

void scrollTo(QQuickWindow *window, QQuickItem *item)
{
    Q_UNUSED(window);
    QQuickItem *flickable = pageFlickableOf(item);
    if (!flickable)
        return;
    auto *content = flickable->property("contentItem").value<QQuickItem *>();
    const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
    const qreal maxY =
        std::max<qreal>(0, flickable->property("contentHeight").toReal() - flickable->height());
    flickable->setProperty("contentY", std::clamp<qreal>(y - 8, 0, maxY));
}

bool settle(QQuickWindow *window)
{
    QQuickItem *stack = findItem(window, QStringLiteral("unlockedArea"));
    const bool settled =
        !stack || QTest::qWaitFor([&] { return !stack->property("busy").toBool(); }, 5000);
    QTest::qWait(30);
    return settled;
}

bool tap(QQuickWindow *window, QQuickItem *item)
{
    if (!item || !item->isVisible() || !settle(window))
        return false;
    // On screen means inside the window and inside the page's scrolling area (which clips
    // both drawing and touches), not under the header or the sync bar.
    QQuickItem *flickable = pageFlickableOf(item);
    auto onScreen = [&] {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QRectF visible(0, 0, window->width(), window->height());
        if (flickable)
            visible &=
                flickable->mapRectToScene(QRectF(0, 0, flickable->width(), flickable->height()));
        return visible.contains(r.center());
    };
    if (!onScreen())
        scrollTo(window, item);
    QTest::qWait(20);
    if (!onScreen())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    settle(window);
    return true;
}

ScreenshotRecorder::ScreenshotRecorder(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

void ScreenshotRecorder::shoot(Screen &screen, const QString &name)
{
    QTest::qWait(80); // let layouts, lists and transitions settle into a frame
    const QImage image = screen.window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    QCOMPARE(image.size() / image.devicePixelRatio(), screen.window->size());
    const QString file = QDir(m_directory)
                             .filePath(QStringLiteral("%1-%2x%3.png")
                                           .arg(name)
                                           .arg(screen.window->width())
                                           .arg(screen.window->height()));
    QVERIFY2(image.save(file), qPrintable(file));
    m_saved.append(file);
    check(screen, name);
}

// Every visible text shows in full, every visible control has a name a screen reader can say,
// and every visible button is at least a touch target in both directions.
void ScreenshotRecorder::check(Screen &screen, const QString &name)
{
    for (QQuickItem *item : visualItems(screen.window->contentItem())) {
        if (!item->isVisible())
            continue;
        if (item->inherits("QQuickText")) {
            const QString text = item->property("text").toString();
            QVERIFY2(!item->property("truncated").toBool(),
                     qPrintable(QStringLiteral("%1: text cut off: \"%2\"").arg(name, text)));
        }
        if (item->inherits("QQuickAbstractButton") && item->width() > 0) {
            QVERIFY2(
                item->height() >= 48 && item->width() >= 48,
                qPrintable(QStringLiteral("%1: %2 \"%3\" is %4x%5, under 48 px")
                               .arg(name, item->objectName(), item->property("text").toString())
                               .arg(item->width())
                               .arg(item->height())));
        }
        if (item->inherits("QQuickControl")) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            if (!accessible)
                continue; // not exposed to assistive technology at all (a scroll bar, a stack)
            QVERIFY2(
                !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                qPrintable(QStringLiteral("%1: a %2 (objectName \"%3\") has no Accessible.name")
                               .arg(name, QString::fromLatin1(item->metaObject()->className()),
                                    item->objectName())));
        }
    }
}

} // namespace careround::ui::testing
