// Renders the PIN screens and the empty round offscreen at phone (360×640) and tablet (1280×800)
// size, saves them as PNGs for people to look at, and checks what a care worker would stumble on:
// text cut off, the PIN pad's button pushed off a phone screen, a control a screen reader
// cannot name.
#include "screenshotsupport.h"
#include "sessiontestutil.h"
#include "ui/common/translations.h"
#include "ui/session/appsession.h"

#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(CareRoundPlugin)

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();

private:
    void shoot(Screen &screen, const QString &name) { m_recorder->shoot(screen, name); }
    void checkPinPadFits(Screen &screen, const QString &name);
    std::unique_ptr<ScreenshotRecorder> m_recorder;
};

void TestScreenshots::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale()));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    m_recorder = std::make_unique<ScreenshotRecorder>(screenshotDirectory());
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
    // The lockout waits pass on this clock, so the screen before the last PIN can be reached.
    QDateTime now = QDateTime::currentDateTimeUtc();
    auto screen = openScreen(size, dir.path(), [&now] { return now; });
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
    QTRY_VERIFY_WITH_TIMEOUT(findItem(screen->window, QStringLiteral("emptyState")),
                             StoreTimeoutMs);
    shoot(*screen, QStringLiteral("home-empty"));

    // The round and visit pages have their own screenshots (tst_roundscreenshots).
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

    // Wait out each lockout (on the test clock) and get one PIN wrong after it, until the next
    // wrong PIN would erase the phone: the warning comes before that attempt, above the pad.
    QVERIFY(passLockoutOnTestClock(session, now));
    while (session.attemptsBeforeWipe() > 1) {
        session.unlock(WrongPin);
        QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, VaultTimeoutMs));
        QVERIFY(passLockoutOnTestClock(session, now));
    }
    QCOMPARE(session.attemptsBeforeWipe(), 1);
    auto *warning = findItem(screen->window, QStringLiteral("wipeWarning"));
    QVERIFY(warning && warning->isVisible());
    QVERIFY(!findItem(screen->window, QStringLiteral("attemptsLeft"))); // no mixed message
    setPadDigits(QStringLiteral("97"));
    shoot(*screen, QStringLiteral("unlock-wipe-warning"));
    checkPinPadFits(*screen, QStringLiteral("unlock-wipe-warning"));

    qInfo("saved %lld screenshots in %s", qlonglong(m_recorder->saved().size()),
          qPrintable(m_recorder->directory()));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
