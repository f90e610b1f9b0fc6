#pragma once
// The look of the app in one place: colours, spacing, touch-target size and text sizes.
// Text sizes follow the system font (so a worker's larger-text setting is honoured) with a floor
// that stays readable on a phone held at arm's length; controls grow with the text.
#include <QColor>
#include <QFont>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

// One palette: every colour the app draws with.
struct ThemeColors
{
    QColor background;
    QColor surface;
    QColor text;
    QColor textMuted;
    QColor border;
    QColor focus;
    QColor primary;
    QColor primaryPressed;
    QColor onPrimary;
    QColor secondary;
    QColor secondaryPressed;
    QColor onSecondary;
    QColor disabled;
    QColor onDisabled;
    QColor errorSurface;
    QColor onErrorSurface;
    QColor errorAccent;
    QColor warningSurface;
    QColor onWarningSurface;
    QColor warningAccent;
    QColor infoSurface;
    QColor onInfoSurface;
    QColor infoAccent;
    QColor successSurface;
    QColor onSuccessSurface;
    QColor successAccent;

    static ThemeColors light();
    static ThemeColors dark(); // for night calls: light text on near-black, same roles
};

class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Light or dark: follows the system unless the worker picked one in the app (kept across
    // starts). `dark` is what is shown now.
    Q_PROPERTY(ColorMode colorMode READ colorMode WRITE setColorMode NOTIFY colorModeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY colorsChanged)
    // Surfaces and text. Every text/background pair here is checked for contrast in tst_theme,
    // in both palettes.
    Q_PROPERTY(QColor background READ background NOTIFY colorsChanged)
    Q_PROPERTY(QColor surface READ surface NOTIFY colorsChanged)
    Q_PROPERTY(QColor text READ text NOTIFY colorsChanged)
    Q_PROPERTY(QColor textMuted READ textMuted NOTIFY colorsChanged)
    Q_PROPERTY(QColor border READ border NOTIFY colorsChanged)
    Q_PROPERTY(QColor focus READ focus NOTIFY colorsChanged)
    Q_PROPERTY(QColor primary READ primary NOTIFY colorsChanged)
    Q_PROPERTY(QColor primaryPressed READ primaryPressed NOTIFY colorsChanged)
    Q_PROPERTY(QColor onPrimary READ onPrimary NOTIFY colorsChanged)
    Q_PROPERTY(QColor secondary READ secondary NOTIFY colorsChanged)
    Q_PROPERTY(QColor secondaryPressed READ secondaryPressed NOTIFY colorsChanged)
    Q_PROPERTY(QColor onSecondary READ onSecondary NOTIFY colorsChanged)
    Q_PROPERTY(QColor disabled READ disabled NOTIFY colorsChanged)
    Q_PROPERTY(QColor onDisabled READ onDisabled NOTIFY colorsChanged)
    // Banners: a pale surface with dark text of the same hue, plus an accent bar.
    Q_PROPERTY(QColor errorSurface READ errorSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor onErrorSurface READ onErrorSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor errorAccent READ errorAccent NOTIFY colorsChanged)
    Q_PROPERTY(QColor warningSurface READ warningSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor onWarningSurface READ onWarningSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor warningAccent READ warningAccent NOTIFY colorsChanged)
    Q_PROPERTY(QColor infoSurface READ infoSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor onInfoSurface READ onInfoSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor infoAccent READ infoAccent NOTIFY colorsChanged)
    Q_PROPERTY(QColor successSurface READ successSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor onSuccessSurface READ onSuccessSurface NOTIFY colorsChanged)
    Q_PROPERTY(QColor successAccent READ successAccent NOTIFY colorsChanged)

    // Geometry, in device-independent pixels.
    Q_PROPERTY(int spacingSmall READ spacingSmall CONSTANT)
    Q_PROPERTY(int spacing READ spacing CONSTANT)
    Q_PROPERTY(int spacingLarge READ spacingLarge CONSTANT)
    Q_PROPERTY(int radius READ radius CONSTANT)
    Q_PROPERTY(int focusWidth READ focusWidth CONSTANT)
    Q_PROPERTY(int contentMaxWidth READ contentMaxWidth CONSTANT) // readable line length on tablets
    Q_PROPERTY(int touchTarget READ touchTarget NOTIFY metricsChanged) // ≥ MinimumTouchTarget

    // Text sizes in pixels, derived from the system font.
    Q_PROPERTY(int bodyPixelSize READ bodyPixelSize NOTIFY metricsChanged)
    Q_PROPERTY(int smallPixelSize READ smallPixelSize NOTIFY metricsChanged)
    Q_PROPERTY(int titlePixelSize READ titlePixelSize NOTIFY metricsChanged)
    Q_PROPERTY(int headingPixelSize READ headingPixelSize NOTIFY metricsChanged)
    Q_PROPERTY(int pinDigitPixelSize READ pinDigitPixelSize NOTIFY metricsChanged)

public:
    static constexpr int MinimumTouchTarget = 48; // Android/iOS guidance, in dp
    static constexpr int MinimumBodyPixelSize = 16;
    static constexpr int MinimumSmallPixelSize = 14;

    enum ColorMode { FollowSystem, Light, Dark };
    Q_ENUM(ColorMode)

    explicit Theme(QObject *parent = nullptr);

    ColorMode colorMode() const { return m_colorMode; }
    void setColorMode(ColorMode mode); // remembered in the app's settings
    bool dark() const { return m_dark; }
    // Whether the system asks for dark: Qt 6.5's colour scheme where there is one, else a dark
    // window colour in the application palette (Qt 6.4).
    static bool systemPrefersDark();

    QColor background() const { return m_colors.background; }
    QColor surface() const { return m_colors.surface; }
    QColor text() const { return m_colors.text; }
    QColor textMuted() const { return m_colors.textMuted; }
    QColor border() const { return m_colors.border; }
    QColor focus() const { return m_colors.focus; }
    QColor primary() const { return m_colors.primary; }
    QColor primaryPressed() const { return m_colors.primaryPressed; }
    QColor onPrimary() const { return m_colors.onPrimary; }
    QColor secondary() const { return m_colors.secondary; }
    QColor secondaryPressed() const { return m_colors.secondaryPressed; }
    QColor onSecondary() const { return m_colors.onSecondary; }
    QColor disabled() const { return m_colors.disabled; }
    QColor onDisabled() const { return m_colors.onDisabled; }
    QColor errorSurface() const { return m_colors.errorSurface; }
    QColor onErrorSurface() const { return m_colors.onErrorSurface; }
    QColor errorAccent() const { return m_colors.errorAccent; }
    QColor warningSurface() const { return m_colors.warningSurface; }
    QColor onWarningSurface() const { return m_colors.onWarningSurface; }
    QColor warningAccent() const { return m_colors.warningAccent; }
    QColor infoSurface() const { return m_colors.infoSurface; }
    QColor onInfoSurface() const { return m_colors.onInfoSurface; }
    QColor infoAccent() const { return m_colors.infoAccent; }
    QColor successSurface() const { return m_colors.successSurface; }
    QColor onSuccessSurface() const { return m_colors.onSuccessSurface; }
    QColor successAccent() const { return m_colors.successAccent; }

    int spacingSmall() const { return 8; }
    int spacing() const { return 12; }
    int spacingLarge() const { return 24; }
    int radius() const { return 8; }
    int focusWidth() const { return 3; }
    int contentMaxWidth() const { return 640; }
    int touchTarget() const;

    int bodyPixelSize() const { return m_bodyPixelSize; }
    int smallPixelSize() const;
    int titlePixelSize() const;
    int headingPixelSize() const;
    int pinDigitPixelSize() const;

    // The body text size for a given system font: the system's pixel size, never below the floor.
    static int bodyPixelSizeFor(const QFont &systemFont);

signals:
    void metricsChanged();
    void colorsChanged();
    void colorModeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // follows system font changes

private:
    void updateFromSystemFont(const QFont &font);
    void updateColors();
    int m_bodyPixelSize = MinimumBodyPixelSize;
    ColorMode m_colorMode = FollowSystem;
    bool m_dark = false;
    ThemeColors m_colors = ThemeColors::light();
};

} // namespace careround::ui
