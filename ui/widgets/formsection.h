#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace hpf::ui {

// A titled section of a form (单位, 个人, 缴存 …): a QGroupBox holding its own QFormLayout whose
// fields keep the width fitToChars gives them instead of stretching across the page.
QGroupBox *formSection(const QString &title, QWidget *parent);
// The QFormLayout of a section made by formSection().
QFormLayout *sectionForm(QGroupBox *section);

// A form row whose field is a composite widget (an account number with what the server says about
// it underneath): the row's label becomes the buddy of the input inside, so Alt+mnemonic and screen
// readers reach the input itself, and the input is named after the label.
void labelInput(QFormLayout *form, QWidget *field, QWidget *input);

// A label's text as an accessible name: without the mnemonic ("&", or a Chinese label's "(&U)")
// and the trailing colon.
QString accessibleNameOf(const QString &labelText);

// Two columns of form sections where the page is wide enough for both side by side, one column
// (the right one under the left one) where it is not: at 150 % or 200 % font scale, or next to a
// wide navigation. Its minimum width is that of the wider column, so it never makes the page wider
// than the window. Tab order is the caller's: the left column's inputs, then the right column's.
class SectionColumns : public QWidget
{
    Q_OBJECT
public:
    explicit SectionColumns(QWidget *parent = nullptr);

    void addLeft(QWidget *section);
    // Puts a section above those already in the left column.
    void insertLeft(int index, QWidget *section);
    void addRight(QWidget *section);
    bool isSideBySide() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_layout;
    QVBoxLayout *m_left;
    QVBoxLayout *m_right;
};

// A long form scrolls instead of setting the window's minimum size: puts a frameless scroll area
// into `page` and returns the widget to lay the page's content out in. At 150 % and 200 % font scale
// the page keeps its natural size inside the scroll area, so nothing is clipped.
QWidget *scrolledContent(QWidget *page);

// A label for an input outside a QFormLayout (a search row): the buddy that gives the input its
// accessible name and, with "&" in the text, an Alt mnemonic.
QLabel *buddyLabel(const QString &text, QWidget *input, QWidget *parent);

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

// A titled section laid out as a form whose fields all keep their size hint (a composite lookup
// field does not stretch either); `form` receives its layout.
QGroupBox *formSection(const QString &title, QWidget *parent, QFormLayout **form);

} // namespace hpf::ui
