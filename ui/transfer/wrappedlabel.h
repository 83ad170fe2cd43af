#pragma once

#include <QLabel>
#include <QString>

namespace hpf::ui {

// A page's explanatory text: wrapped to the page's width, so a long sentence (English is the long
// language) never sets the minimum width of the whole page stack.
inline QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace hpf::ui
