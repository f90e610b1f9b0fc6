#pragma once
// WCAG 2.x contrast between two colours, so the theme's colour pairs can be checked by a test
// instead of by eye. 4.5 is the minimum for body text, 3.0 for large text and control borders.
#include <QColor>

namespace careround::ui {

inline constexpr double MinimumTextContrast = 4.5;
inline constexpr double MinimumNonTextContrast = 3.0;

// Relative luminance of an sRGB colour (alpha ignored), 0 = black, 1 = white.
double relativeLuminance(const QColor &colour);
// (lighter + 0.05) / (darker + 0.05): 1.0 for identical colours, 21.0 for black on white.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace careround::ui
