// Renders the PIN and home screens offscreen at phone (360×640) and tablet (1280×800) size,
// saves them as PNGs for people to look at, and checks what a care worker would stumble on:
// text cut off, the PIN pad's button pushed off a phone screen, a control a screen reader
// cannot name.
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/appsession.h"
#include "ui/translations.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

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

struct Screen
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    AppSession *session = nullptr;
};

// Items in the visual tree (a Loader's page is a child item, not always a QObject child).
void collectItems(QQuickItem *root, QList<QQuickItem *> &out)
{
    for (QQuickItem *child : root->childItems()) {
        out.append(child);
        collectItems(child, out);
    }
}

QQuickItem *findItem(QQuickWindow *window, const QString &objectName)
{
    QList<QQuickItem *> items;
    collectItems(window->contentItem(), items);
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName)
            return item;
    }
    return nullptr;
}

QString outputDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CAREROUND_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CAREROUND_SCREENSHOT_DIR) : fromEnvironment;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();

private:
    std::unique_ptr<Screen> open(const QSize &size, const QString &dataDirectory);
    void shoot(Screen &screen, const QString &name);
    void checkScreen(Screen &screen, const QString &name);
    void checkPinPadFits(Screen &screen, const QString &name);
    QString m_outputDirectory;
    QStringList m_saved;
};

void TestScreenshots::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale()));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    m_outputDirectory = outputDirectory();
    QVERIFY(QDir().mkpath(m_outputDirectory));
}

std::unique_ptr<Screen> TestScreenshots::open(const QSize &size, const QString &dataDirectory)
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
    screen->session->start();
    if (!QTest::qWaitForWindowExposed(screen->window))
        return nullptr;
    return screen;
}

void TestScreenshots::shoot(Screen &screen, const QString &name)
{
    QTest::qWait(50); // let layouts and the list settle into a frame
    const QImage image = screen.window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    QCOMPARE(image.size() / image.devicePixelRatio(), screen.window->size());
    const QString file = QDir(m_outputDirectory)
                             .filePath(QStringLiteral("%1-%2x%3.png")
                                           .arg(name)
                                           .arg(screen.window->width())
                                           .arg(screen.window->height()));
    QVERIFY2(image.save(file), qPrintable(file));
    m_saved.append(file);
    checkScreen(screen, name);
}

// Every visible text shows in full (no elided title, no clipped line), and every visible
// control has a name a screen reader can say.
void TestScreenshots::checkScreen(Screen &screen, const QString &name)
{
    QList<QQuickItem *> items;
    collectItems(screen.window->contentItem(), items);
    for (QQuickItem *item : items) {
        if (!item->isVisible())
            continue;
        if (item->inherits("QQuickText")) {
            const QString text = item->property("text").toString();
            QVERIFY2(!item->property("truncated").toBool(),
                     qPrintable(QStringLiteral("%1: text cut off: \"%2\"").arg(name, text)));
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

// On a phone the PIN pad's main button must be on screen without scrolling.
void TestScreenshots::checkPinPadFits(Screen &screen, const QString &name)
{
    auto *submit = findItem(screen.window, QStringLiteral("pinSubmit"));
    QVERIFY2(submit && submit->isVisible(), qPrintable(name));
    const QRectF onWindow = submit->mapRectToScene(QRectF(0, 0, submit->width(), submit->height()));
    QVERIFY2(QRectF(0, 0, screen.window->width(), screen.window->height()).contains(onWindow),
             qPrintable(QStringLiteral("%1: the PIN pad's button is off screen at %2")
                            .arg(name)
                            .arg(onWindow.bottom())));
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("phone") << QSize(360, 640);
    QTest::newRow("tablet") << QSize(1280, 800);
}

void TestScreenshots::screens()
{
    QFETCH(QSize, size);
    QTemporaryDir dir;
    auto screen = open(size, dir.path());
    QVERIFY(screen);
    AppSession &session = *screen->session;
    auto setPadDigits = [&](const QString &digits) {
        auto *pad = findItem(screen->window, QStringLiteral("pinPad"));
        QVERIFY(pad);
        pad->setProperty("pin", digits);
    };

    QVERIFY(waitForState(session, AppSession::NeedsPinSetup));
    setPadDigits(QStringLiteral("246"));
    shoot(*screen, QStringLiteral("pin-setup"));
    checkPinPadFits(*screen, QStringLiteral("pin-setup"));

    session.setUpPin(GoodPin, QStringLiteral("135792"));
    shoot(*screen, QStringLiteral("pin-setup-mismatch"));
    checkPinPadFits(*screen, QStringLiteral("pin-setup-mismatch"));

    session.setUpPin(GoodPin, GoodPin);
    QVERIFY(enrolForTest(session));
    auto *list = findItem(screen->window, QStringLiteral("todayList"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, QStringLiteral("emptyState"))->isVisible(),
                             StoreTimeoutMs);
    shoot(*screen, QStringLiteral("home-empty"));

    const QDate today = QDate::currentDate();
    const QJsonObject atHome {{"latitude", 52.2053}, {"longitude", 0.1218}, {"accuracyM", 12}};
    const QString administeredAt =
        QDateTime(today, QTime(8, 35))
            .toOffsetFromUtc(QDateTime(today, QTime(8, 35)).offsetFromUtc())
            .toString(Qt::ISODate);
    const QList<Record> records = {
        recordFor(today, RecordType::VisitCheckIn, QStringLiteral("person-1"),
                  {{"verification", "verified"}, {"location", atHome}, {"distanceToHomeM", 8}},
                  QTime(8, 2), QStringLiteral("visit-1")),
        recordFor(today, RecordType::VisitTask, QStringLiteral("person-1"),
                  {{"task", "Help with washing and dressing"}, {"outcome", "done"}}, QTime(8, 20),
                  QStringLiteral("visit-1")),
        recordFor(today, RecordType::VisitNote, QStringLiteral("person-1"),
                  {{"note",
                    "Edith had porridge and a cup of tea. In good spirits; asked about her "
                    "daughter's visit on Sunday. Skin on heels checked, no redness."}},
                  QTime(8, 31), QStringLiteral("visit-1")),
        recordFor(today, RecordType::MedicationAdministration, QStringLiteral("person-1"),
                  {{"orderId", "order-1"},
                   {"scheduledTime", "08:00"},
                   {"outcome", "prompted_and_taken"},
                   {"dose", "2 tablets (paracetamol 500 mg)"},
                   {"administeredAt", administeredAt}},
                  QTime(8, 35), QStringLiteral("visit-1")),
        recordFor(today, RecordType::VisitCheckOut, QStringLiteral("person-1"),
                  {{"verification", "verified"}, {"location", atHome}, {"distanceToHomeM", 5}},
                  QTime(8, 40), QStringLiteral("visit-1")),
        recordFor(today, RecordType::VisitCheckIn, QStringLiteral("person-2"),
                  {{"verification", "no_fix"}}, QTime(9, 15), QStringLiteral("visit-2")),
    };
    for (const Record &record : records) {
        auto saved = session.store()->save(record);
        QVERIFY(QTest::qWaitFor([&] { return saved.isFinished(); }, StoreTimeoutMs));
        QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().toString()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), int(records.size()), StoreTimeoutMs);
    shoot(*screen, QStringLiteral("home-records"));

    session.lock();
    QVERIFY(waitForState(session, AppSession::Locked));
    setPadDigits(QStringLiteral("2468"));
    shoot(*screen, QStringLiteral("unlock"));
    checkPinPadFits(*screen, QStringLiteral("unlock"));

    session.unlock(WrongPin);
    QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, VaultTimeoutMs));
    QCOMPARE(session.state(), AppSession::Locked);
    shoot(*screen, QStringLiteral("unlock-wrong-pin"));
    checkPinPadFits(*screen, QStringLiteral("unlock-wrong-pin"));

    enterWrongPinsUntilLockedOut(session);
    QCOMPARE(session.state(), AppSession::LockedOut);
    shoot(*screen, QStringLiteral("locked-out"));

    qInfo("saved %lld screenshots in %s", qlonglong(m_saved.size()), qPrintable(m_outputDirectory));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
