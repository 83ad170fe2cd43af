#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace hpf::ui {

// Small pieces the form pages of the judicial, certificate, transfer and withdrawal desks share, so
// each page meets the accessibility contract (docs/architecture.md) the same way.
namespace formparts {

// A long form scrolls instead of setting the window's minimum size: puts a frameless scroll area
// into `page` and returns the widget to lay the page's content out in. At 150 % and 200 % font scale
// the page keeps its natural size inside the scroll area, so nothing is clipped.
QWidget *scrolledContent(QWidget *page);

// A label for an input outside a QFormLayout (a search row): the buddy that gives the input its
// accessible name and, with "&" in the text, an Alt mnemonic.
QLabel *buddyLabel(const QString &text, QWidget *input, QWidget *parent);

// After QFormLayout::addRow(text, composite) where the field is a composite widget (a lookup field),
// the label's buddy is the composite: point it at the input inside, and name the input after it
// (Qt names an input after a buddy label only when both share a parent).
void labelInput(QFormLayout *form, QWidget *field, QWidget *input);

// The accessible name a label's text gives: without the mnemonic "&" and the trailing colon.
QString nameFromLabel(const QString &labelText);

// Tab visits `inputs` in this order (reading order: a section's inputs one after the other). Hidden
// inputs keep their place, so the order holds whichever rows a form shows.
void chainTabOrder(const QList<QWidget *> &inputs);

// Sections (group boxes) side by side where the page is wide enough for all of them, else one
// under the other: a counter PC's wide screen is used, and 200 % font scale still fits without
// scrolling sideways. Its minimum width is the widest section's, not their sum.
class SectionRow : public QWidget
{
public:
    explicit SectionRow(QWidget *parent);
    // `stretch` shares the spare width, as QBoxLayout::addWidget does.
    void addSection(QWidget *section, int stretch = 0);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateDirection();
    int sideBySideWidth() const;
    QBoxLayout *m_layout;
    QList<QWidget *> m_sections;
};

// A titled section laid out as a form: labels beside fields that keep their own width.
QGroupBox *formSection(const QString &title, QWidget *parent, QFormLayout **form);

} // namespace formparts
} // namespace hpf::ui
