// The theme's rules: every text/background pair is readable (WCAG AA), controls are at least
// 48 px, and text follows the system font instead of a fixed small size.
#include "ui/common/contrast.h"
#include "ui/common/theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace careround::ui;

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
    Theme theme;
    QTest::addColumn<QColor>("ink");
    QTest::addColumn<QColor>("paper");
    QTest::newRow("text on background") << theme.text() << theme.background();
    QTest::newRow("text on surface") << theme.text() << theme.surface();
    QTest::newRow("muted text on background") << theme.textMuted() << theme.background();
    QTest::newRow("muted text on surface") << theme.textMuted() << theme.surface();
    QTest::newRow("on primary") << theme.onPrimary() << theme.primary();
    QTest::newRow("on primary, pressed") << theme.onPrimary() << theme.primaryPressed();
    QTest::newRow("on secondary") << theme.onSecondary() << theme.secondary();
    QTest::newRow("on secondary, pressed") << theme.onSecondary() << theme.secondaryPressed();
    QTest::newRow("on disabled") << theme.onDisabled() << theme.disabled();
    QTest::newRow("danger button") << theme.onPrimary() << theme.errorAccent();
    QTest::newRow("quiet button") << theme.primary() << theme.surface();
    QTest::newRow("quiet button on background") << theme.primary() << theme.background();
    QTest::newRow("error banner") << theme.onErrorSurface() << theme.errorSurface();
    QTest::newRow("warning banner") << theme.onWarningSurface() << theme.warningSurface();
    QTest::newRow("info banner") << theme.onInfoSurface() << theme.infoSurface();
    QTest::newRow("success banner") << theme.onSuccessSurface() << theme.successSurface();
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
    Theme theme;
    QTest::addColumn<QColor>("edge");
    QTest::addColumn<QColor>("around");
    QTest::newRow("field border on surface") << theme.border() << theme.surface();
    QTest::newRow("field border on background") << theme.border() << theme.background();
    QTest::newRow("focus ring on background") << theme.focus() << theme.background();
    QTest::newRow("focus ring on secondary") << theme.focus() << theme.secondary();
    QTest::newRow("error accent on background") << theme.errorAccent() << theme.background();
    QTest::newRow("primary button on background") << theme.primary() << theme.background();
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

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
