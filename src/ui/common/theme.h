#pragma once
// The look of the app in one place: colours, spacing, touch-target size and text sizes.
// Text sizes follow the system font (so a worker's larger-text setting is honoured) with a floor
// that stays readable on a phone held at arm's length; controls grow with the text.
#include <QColor>
#include <QFont>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Surfaces and text. Every text/background pair here is checked for contrast in tst_theme.
    Q_PROPERTY(QColor background READ background CONSTANT)
    Q_PROPERTY(QColor surface READ surface CONSTANT)
    Q_PROPERTY(QColor text READ text CONSTANT)
    Q_PROPERTY(QColor textMuted READ textMuted CONSTANT)
    Q_PROPERTY(QColor border READ border CONSTANT)
    Q_PROPERTY(QColor focus READ focus CONSTANT)
    Q_PROPERTY(QColor primary READ primary CONSTANT)
    Q_PROPERTY(QColor primaryPressed READ primaryPressed CONSTANT)
    Q_PROPERTY(QColor onPrimary READ onPrimary CONSTANT)
    Q_PROPERTY(QColor secondary READ secondary CONSTANT)
    Q_PROPERTY(QColor secondaryPressed READ secondaryPressed CONSTANT)
    Q_PROPERTY(QColor onSecondary READ onSecondary CONSTANT)
    Q_PROPERTY(QColor disabled READ disabled CONSTANT)
    Q_PROPERTY(QColor onDisabled READ onDisabled CONSTANT)
    // Banners: a pale surface with dark text of the same hue, plus an accent bar.
    Q_PROPERTY(QColor errorSurface READ errorSurface CONSTANT)
    Q_PROPERTY(QColor onErrorSurface READ onErrorSurface CONSTANT)
    Q_PROPERTY(QColor errorAccent READ errorAccent CONSTANT)
    Q_PROPERTY(QColor warningSurface READ warningSurface CONSTANT)
    Q_PROPERTY(QColor onWarningSurface READ onWarningSurface CONSTANT)
    Q_PROPERTY(QColor warningAccent READ warningAccent CONSTANT)
    Q_PROPERTY(QColor infoSurface READ infoSurface CONSTANT)
    Q_PROPERTY(QColor onInfoSurface READ onInfoSurface CONSTANT)
    Q_PROPERTY(QColor infoAccent READ infoAccent CONSTANT)
    Q_PROPERTY(QColor successSurface READ successSurface CONSTANT)
    Q_PROPERTY(QColor onSuccessSurface READ onSuccessSurface CONSTANT)
    Q_PROPERTY(QColor successAccent READ successAccent CONSTANT)

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

    explicit Theme(QObject *parent = nullptr);

    QColor background() const { return QColor(0xF3, 0xF5, 0xF7); }
    QColor surface() const { return QColor(0xFF, 0xFF, 0xFF); }
    QColor text() const { return QColor(0x1A, 0x1F, 0x24); }
    QColor textMuted() const { return QColor(0x4A, 0x55, 0x60); }
    QColor border() const { return QColor(0x75, 0x80, 0x8A); }
    QColor focus() const { return QColor(0x11, 0x11, 0x11); }
    QColor primary() const { return QColor(0x0B, 0x5C, 0xAD); }
    QColor primaryPressed() const { return QColor(0x08, 0x45, 0x82); }
    QColor onPrimary() const { return QColor(0xFF, 0xFF, 0xFF); }
    QColor secondary() const { return QColor(0xE4, 0xE9, 0xEE); }
    QColor secondaryPressed() const { return QColor(0xC9, 0xD2, 0xDB); }
    QColor onSecondary() const { return QColor(0x1A, 0x1F, 0x24); }
    QColor disabled() const { return QColor(0xD5, 0xDA, 0xDF); }
    QColor onDisabled() const { return QColor(0x4F, 0x59, 0x63); }
    QColor errorSurface() const { return QColor(0xFD, 0xEC, 0xEA); }
    QColor onErrorSurface() const { return QColor(0x8A, 0x1C, 0x14); }
    QColor errorAccent() const { return QColor(0xC0, 0x2B, 0x1E); }
    QColor warningSurface() const { return QColor(0xFF, 0xF3, 0xE0); }
    QColor onWarningSurface() const { return QColor(0x6B, 0x3A, 0x00); }
    QColor warningAccent() const { return QColor(0xD9, 0x82, 0x00); }
    QColor infoSurface() const { return QColor(0xE6, 0xF0, 0xFA); }
    QColor onInfoSurface() const { return QColor(0x0A, 0x3A, 0x6B); }
    QColor infoAccent() const { return QColor(0x0B, 0x5C, 0xAD); }
    QColor successSurface() const { return QColor(0xE6, 0xF4, 0xEA); }
    QColor onSuccessSurface() const { return QColor(0x14, 0x4D, 0x26); }
    QColor successAccent() const { return QColor(0x1E, 0x7B, 0x3A); }

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // follows system font changes

private:
    void updateFromSystemFont(const QFont &font);
    int m_bodyPixelSize = MinimumBodyPixelSize;
};

} // namespace careround::ui
