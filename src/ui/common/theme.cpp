#include "theme.h"

#include <QEvent>
#include <QFontInfo>
#include <QGuiApplication>
#include <algorithm>
#include <cmath>

namespace careround::ui {

namespace {
int scaled(int base, double factor)
{
    return static_cast<int>(std::lround(base * factor));
}
} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    updateFromSystemFont(QGuiApplication::font());
    if (qGuiApp)
        qGuiApp->installEventFilter(this);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        updateFromSystemFont(QGuiApplication::font());
    return QObject::eventFilter(watched, event);
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
