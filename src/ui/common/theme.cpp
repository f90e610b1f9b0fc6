#include "theme.h"

#include <QEvent>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleHints>
#include <algorithm>
#include <cmath>

namespace careround::ui {

namespace {
const char *const ColorModeKey = "appearance/colorMode";

int scaled(int base, double factor)
{
    return static_cast<int>(std::lround(base * factor));
}
} // namespace

ThemeColors ThemeColors::light()
{
    ThemeColors c;
    c.background = QColor(0xF3F5F7);
    c.surface = QColor(0xFFFFFF);
    c.text = QColor(0x1A1F24);
    c.textMuted = QColor(0x4A5560);
    c.border = QColor(0x75808A);
    c.focus = QColor(0x111111);
    c.primary = QColor(0x0B5CAD);
    c.primaryPressed = QColor(0x084582);
    c.onPrimary = QColor(0xFFFFFF);
    c.secondary = QColor(0xE4E9EE);
    c.secondaryPressed = QColor(0xC9D2DB);
    c.onSecondary = QColor(0x1A1F24);
    c.disabled = QColor(0xD5DADF);
    c.onDisabled = QColor(0x4F5963);
    c.errorSurface = QColor(0xFDECEA);
    c.onErrorSurface = QColor(0x8A1C14);
    c.errorAccent = QColor(0xC02B1E);
    c.warningSurface = QColor(0xFFF3E0);
    c.onWarningSurface = QColor(0x6B3A00);
    c.warningAccent = QColor(0xD98200);
    c.infoSurface = QColor(0xE6F0FA);
    c.onInfoSurface = QColor(0x0A3A6B);
    c.infoAccent = QColor(0x0B5CAD);
    c.successSurface = QColor(0xE6F4EA);
    c.onSuccessSurface = QColor(0x144D26);
    c.successAccent = QColor(0x1E7B3A);
    return c;
}

ThemeColors ThemeColors::dark()
{
    // Not an inversion: surfaces a little lighter than the background, accents lightened until
    // they read on near-black, and dark text on the light primary (tst_theme checks every pair).
    ThemeColors c;
    c.background = QColor(0x121417);
    c.surface = QColor(0x1E2227);
    c.text = QColor(0xE8EAED);
    c.textMuted = QColor(0xB0B8C1);
    c.border = QColor(0x858F99);
    c.focus = QColor(0xF5F7FA);
    c.primary = QColor(0x8AB4F8);
    c.primaryPressed = QColor(0xAECBFA);
    c.onPrimary = QColor(0x0B1A2E);
    c.secondary = QColor(0x2C333B);
    c.secondaryPressed = QColor(0x3A434D);
    c.onSecondary = QColor(0xE8EAED);
    c.disabled = QColor(0x30363D);
    c.onDisabled = QColor(0xAEB6BF);
    c.errorSurface = QColor(0x3B1A17);
    c.onErrorSurface = QColor(0xF9C9C4);
    c.errorAccent = QColor(0xF28B82);
    c.warningSurface = QColor(0x3A2A10);
    c.onWarningSurface = QColor(0xFFD9A0);
    c.warningAccent = QColor(0xF0A030);
    c.infoSurface = QColor(0x132B45);
    c.onInfoSurface = QColor(0xBBD7F7);
    c.infoAccent = QColor(0x8AB4F8);
    c.successSurface = QColor(0x14321F);
    c.onSuccessSurface = QColor(0xB5E3C3);
    c.successAccent = QColor(0x6CC68A);
    return c;
}

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    updateFromSystemFont(QGuiApplication::font());
    const int stored = QSettings().value(QLatin1String(ColorModeKey), int(FollowSystem)).toInt();
    if (stored == Light || stored == Dark)
        m_colorMode = ColorMode(stored);
    updateColors();
    if (qGuiApp) {
        qGuiApp->installEventFilter(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
                &Theme::updateColors);
#endif
    }
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        updateFromSystemFont(QGuiApplication::font());
    else if (event->type() == QEvent::ApplicationPaletteChange)
        updateColors(); // Qt 6.4 learns of a system switch to dark through the palette
    return QObject::eventFilter(watched, event);
}

void Theme::setColorMode(ColorMode mode)
{
    if (mode == m_colorMode)
        return;
    m_colorMode = mode;
    QSettings().setValue(QLatin1String(ColorModeKey), int(mode));
    emit colorModeChanged();
    updateColors();
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#endif
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Theme::updateColors()
{
    const bool dark = m_colorMode == Dark || (m_colorMode == FollowSystem && systemPrefersDark());
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_colors = dark ? ThemeColors::dark() : ThemeColors::light();
    emit colorsChanged();
}

int Theme::bodyPixelSizeFor(const QFont &systemFont)
{
    // QFontInfo resolves point sizes to pixels for the current screen, as text will be drawn.
    return std::max(MinimumBodyPixelSize, QFontInfo(systemFont).pixelSize());
}

void Theme::updateFromSystemFont(const QFont &font)
{
    const int body = bodyPixelSizeFor(font);
    if (body == m_bodyPixelSize)
        return;
    m_bodyPixelSize = body;
    emit metricsChanged();
}

// A control must hold one line of body text with breathing room, and never be below 48.
int Theme::touchTarget() const
{
    return std::max(MinimumTouchTarget, scaled(m_bodyPixelSize, 3.0));
}

int Theme::smallPixelSize() const
{
    return std::max(MinimumSmallPixelSize, scaled(m_bodyPixelSize, 0.875));
}

int Theme::titlePixelSize() const
{
    return scaled(m_bodyPixelSize, 1.25);
}

int Theme::headingPixelSize() const
{
    return scaled(m_bodyPixelSize, 1.5);
}

int Theme::pinDigitPixelSize() const
{
    return scaled(m_bodyPixelSize, 1.5);
}

} // namespace careround::ui
