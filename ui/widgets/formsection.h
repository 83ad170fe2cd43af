#pragma once

#include <QString>
#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
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

// A label's text as an accessible name: without the mnemonic "&" and the trailing colon.
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

} // namespace hpf::ui
