// The theme's rules: every text/background pair is readable (WCAG AA), controls are at least
// 48 px, and text follows the system font instead of a fixed small size.
#include "ui/common/contrast.h"
#include "ui/common/theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace careround::ui;

namespace {
// Both palettes get every check: the dark one is for night calls, not a lesser copy.
QList<std::pair<QString, ThemeColors>> palettes()
{
    return {{QStringLiteral("light"), ThemeColors::light()},
            {QStringLiteral("dark"), ThemeColors::dark()}};
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatioMatchesWcagExamples_data();
    void contrastRatioMatchesWcagExamples();
    void textPairsAreReadable_data();
    void textPairsAreReadable();
    void controlEdgesAreVisible_data();
    void controlEdgesAreVisible();
    void touchTargetAndTextHaveFloors_data();
    void touchTargetAndTextHaveFloors();
    void followsSystemFontChanges();
    void palettesDiffer();
    void colorModeSwitchesPalettes();
    void followsTheSystemPalette();
};

void TestTheme::contrastRatioMatchesWcagExamples_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("#767676 on white (the AA grey)")
        << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x76, 0x76, 0x76) << 4.54;
}

void TestTheme::contrastRatioMatchesWcagExamples()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(contrastRatio(a, b) - expected) < 0.01,
             qPrintable(QString::number(contrastRatio(a, b))));
}

void TestTheme::textPairsAreReadable_data()
{
    QTest::addColumn<QColor>("ink");
    QTest::addColumn<QColor>("paper");
    for (const auto &[palette, theme] : palettes()) {
        QTest::newRow(qPrintable(palette + QStringLiteral(": text on background")))
            << theme.text << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": text on surface")))
            << theme.text << theme.surface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": muted text on background")))
            << theme.textMuted << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": muted text on surface")))
            << theme.textMuted << theme.surface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": on primary")))
            << theme.onPrimary << theme.primary;
        QTest::newRow(qPrintable(palette + QStringLiteral(": on primary, pressed")))
            << theme.onPrimary << theme.primaryPressed;
        QTest::newRow(qPrintable(palette + QStringLiteral(": on secondary")))
            << theme.onSecondary << theme.secondary;
        QTest::newRow(qPrintable(palette + QStringLiteral(": on secondary, pressed")))
            << theme.onSecondary << theme.secondaryPressed;
        QTest::newRow(qPrintable(palette + QStringLiteral(": on disabled")))
            << theme.onDisabled << theme.disabled;
        QTest::newRow(qPrintable(palette + QStringLiteral(": danger button")))
            << theme.onPrimary << theme.errorAccent;
        QTest::newRow(qPrintable(palette + QStringLiteral(": danger button, pressed")))
            << theme.onPrimary << theme.onErrorSurface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": quiet button")))
            << theme.primary << theme.surface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": quiet button on background")))
            << theme.primary << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": error banner")))
            << theme.onErrorSurface << theme.errorSurface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": warning banner")))
            << theme.onWarningSurface << theme.warningSurface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": info banner")))
            << theme.onInfoSurface << theme.infoSurface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": success banner")))
            << theme.onSuccessSurface << theme.successSurface;
    }
}

void TestTheme::textPairsAreReadable()
{
    QFETCH(QColor, ink);
    QFETCH(QColor, paper);
    const double ratio = contrastRatio(ink, paper);
    QVERIFY2(ratio >= MinimumTextContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(ink.name(), paper.name()).arg(ratio)));
}

void TestTheme::controlEdgesAreVisible_data()
{
    QTest::addColumn<QColor>("edge");
    QTest::addColumn<QColor>("around");
    for (const auto &[palette, theme] : palettes()) {
        QTest::newRow(qPrintable(palette + QStringLiteral(": field border on surface")))
            << theme.border << theme.surface;
        QTest::newRow(qPrintable(palette + QStringLiteral(": field border on background")))
            << theme.border << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": focus ring on background")))
            << theme.focus << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": focus ring on secondary")))
            << theme.focus << theme.secondary;
        QTest::newRow(qPrintable(palette + QStringLiteral(": error accent on background")))
            << theme.errorAccent << theme.background;
        QTest::newRow(qPrintable(palette + QStringLiteral(": primary button on background")))
            << theme.primary << theme.background;
    }
}

void TestTheme::controlEdgesAreVisible()
{
    QFETCH(QColor, edge);
    QFETCH(QColor, around);
    QVERIFY(contrastRatio(edge, around) >= MinimumNonTextContrast);
}

void TestTheme::touchTargetAndTextHaveFloors_data()
{
    QTest::addColumn<int>("systemPixelSize");
    QTest::addColumn<int>("expectedBody");
    QTest::newRow("tiny desktop default") << 11 << Theme::MinimumBodyPixelSize;
    QTest::newRow("at the floor") << 16 << 16;
    QTest::newRow("larger text setting") << 22 << 22;
    QTest::newRow("largest text setting") << 32 << 32;
}

void TestTheme::touchTargetAndTextHaveFloors()
{
    QFETCH(int, systemPixelSize);
    QFETCH(int, expectedBody);
    QFont font = QGuiApplication::font();
    font.setPixelSize(systemPixelSize);
    QCOMPARE(Theme::bodyPixelSizeFor(font), expectedBody);

    const QFont original = QGuiApplication::font();
    const auto restore = qScopeGuard([&] { QGuiApplication::setFont(original); });
    QGuiApplication::setFont(font);
    Theme theme;
    QCOMPARE(theme.bodyPixelSize(), expectedBody);
    QVERIFY(theme.touchTarget() >= Theme::MinimumTouchTarget);
    QVERIFY(theme.touchTarget() >= 2 * theme.bodyPixelSize()); // a line of text fits with room
    QVERIFY(theme.smallPixelSize() >= Theme::MinimumSmallPixelSize);
    QVERIFY(theme.titlePixelSize() > theme.bodyPixelSize());
    QVERIFY(theme.headingPixelSize() >= theme.titlePixelSize());
}

void TestTheme::followsSystemFontChanges()
{
    const QFont original = QGuiApplication::font();
    Theme theme;
    QSignalSpy changed(&theme, &Theme::metricsChanged);
    const int before = theme.touchTarget();

    QFont larger = original;
    larger.setPixelSize(30);
    QGuiApplication::setFont(larger);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(theme.bodyPixelSize(), 30);
    QVERIFY(theme.touchTarget() > before);

    QGuiApplication::setFont(original);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(theme.touchTarget(), before);
}

void TestTheme::palettesDiffer()
{
    // The dark palette really is dark: light text on a dark background.
    const ThemeColors light = ThemeColors::light();
    const ThemeColors dark = ThemeColors::dark();
    QVERIFY(dark.background.lightness() < 40);
    QVERIFY(dark.text.lightness() > 200);
    QVERIFY(light.background.lightness() > 200);
    QVERIFY(light.text.lightness() < 60);
}

void TestTheme::colorModeSwitchesPalettes()
{
    Theme theme;
    const auto restore = qScopeGuard([&] { theme.setColorMode(Theme::FollowSystem); });
    QSignalSpy colours(&theme, &Theme::colorsChanged);
    theme.setColorMode(Theme::Dark);
    QVERIFY(theme.dark());
    QCOMPARE(theme.background(), ThemeColors::dark().background);
    QCOMPARE(theme.onPrimary(), ThemeColors::dark().onPrimary);
    theme.setColorMode(Theme::Light);
    QVERIFY(!theme.dark());
    QCOMPARE(theme.background(), ThemeColors::light().background);
    QCOMPARE(colours.count(), 2);

    // The choice is kept: a new Theme (the next start) comes up in it.
    theme.setColorMode(Theme::Dark);
    Theme nextStart;
    QCOMPARE(nextStart.colorMode(), Theme::Dark);
    QVERIFY(nextStart.dark());
}

void TestTheme::followsTheSystemPalette()
{
    // Qt 6.4 has no colour-scheme hint: a dark window colour in the application palette is how
    // the system says "dark".
    const QPalette original = QGuiApplication::palette();
    const auto restore = qScopeGuard([&] { QGuiApplication::setPalette(original); });
    QPalette light = original;
    light.setColor(QPalette::Window, QColor(0xEE, 0xEE, 0xEE));
    QGuiApplication::setPalette(light);
    Theme theme;
    QCOMPARE(theme.colorMode(), Theme::FollowSystem);
    QVERIFY(!theme.dark());

    QSignalSpy colours(&theme, &Theme::colorsChanged);
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QGuiApplication::setPalette(dark);
    QTRY_VERIFY(theme.dark());
    QCOMPARE(theme.background(), ThemeColors::dark().background);
    QVERIFY(colours.count() >= 1);

    // A choice in the app wins over the system.
    theme.setColorMode(Theme::Light);
    QVERIFY(!theme.dark());
    theme.setColorMode(Theme::FollowSystem);
    QVERIFY(theme.dark());
}

int main(int argc, char **argv)
{
    // The colour choice is kept in QSettings: test mode keeps it out of the real settings.
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("CareRoundTests"));
    QGuiApplication::setApplicationName(QStringLiteral("tst_theme"));
    QSettings().clear();
    TestTheme test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_theme.moc"
