#include "widgets/fieldwidth.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QWidget>

namespace hpf::ui {
namespace {

int widthFor(const QWidget *input, int chars)
{
    const QFontMetrics fm(input->font());
    // The widest digit, as an account number's digits are; a frame and a margin on top.
    int text = fm.horizontalAdvance(QLatin1Char('0')) * chars;
    int extra =
        2 * input->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, input) + fm.height() / 2;
    if (qobject_cast<const QComboBox *>(input) || qobject_cast<const QAbstractSpinBox *>(input))
        extra += input->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, input) + fm.height() / 2;
    return text + extra;
}

// Recomputes the width when the input's font changes (the application font scale applies at run time).
class FontFollower : public QObject
{
public:
    FontFollower(QWidget *input, int chars)
        : QObject(input)
        , m_chars(chars)
    {
        input->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            apply(static_cast<QWidget *>(watched), m_chars);
        return false;
    }

    static void apply(QWidget *input, int chars)
    {
        const int width = widthFor(input, chars);
        input->setMinimumWidth(width);
        input->setMaximumWidth(width);
    }

private:
    int m_chars;
};

} // namespace

void fitToChars(QWidget *input, int chars)
{
    if (!input || chars <= 0)
        return;
    FontFollower::apply(input, chars);
    for (QObject *child : input->children()) {
        if (auto *old = dynamic_cast<FontFollower *>(child))
            delete old;
    }
    new FontFollower(input, chars);
}

} // namespace hpf::ui
