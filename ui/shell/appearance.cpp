#include "shell/appearance.h"

#include <QApplication>
#include <QLoggingCategory>
#include <cmath>

namespace hpf::ui {

namespace {

Q_LOGGING_CATEGORY(lcAppearance, "hpf.ui.appearance")

bool g_highContrast = false;

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QPalette Appearance::highContrastPalette()
{
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(255, 255, 0);
    const QColor grey(0xb4, 0xb4, 0xb4); // disabled text: still 8:1 on the darkest grey used
    QPalette p(white, black);            // button text and button
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? grey : white;
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, yellow);
        // The selection is the one bright area: black on yellow.
        p.setColor(group, QPalette::Highlight, disabled ? grey : yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0xff, 0xff));
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        // Frames and bevels: light lines on black so every input's edge shows.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
        p.setColor(group, QPalette::Shadow, white);
    }
    return p;
}

void Appearance::applyHighContrast(bool on)
{
    // The palette the application (style and platform theme) started with, to go back to.
    static const QPalette base = QApplication::palette();
    g_highContrast = on;
    QApplication::setPalette(on ? highContrastPalette() : base);
    qCInfo(lcAppearance) << "high contrast" << on;
}

bool Appearance::isHighContrast()
{
    return g_highContrast;
}

double Appearance::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace hpf::ui
