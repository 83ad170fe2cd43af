#pragma once

#include <QColor>
#include <QPalette>

namespace hpf::ui {

// The look a teller can choose beside the font scale (Translations::applyFontScale): the
// high-contrast palette for low vision and glare at the counter. Both are applied at start and
// when the settings change; they do not depend on each other.
class Appearance
{
public:
    // White (and yellow) on black, every text role at least 7:1 against its background (WCAG AAA).
    static QPalette highContrastPalette();
    // Switches the application palette; off restores the palette the application started with.
    static void applyHighContrast(bool on);
    static bool isHighContrast();
    // WCAG 2 contrast ratio of two colours: 1 (same) … 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace hpf::ui
