#include "widgets/formsection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace hpf::ui {

QGroupBox *formSection(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    // Fields keep their own width (fitToChars); a field without one (a wrapped note) still grows.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return box;
}

QFormLayout *sectionForm(QGroupBox *section)
{
    return qobject_cast<QFormLayout *>(section->layout());
}

void labelInput(QFormLayout *form, QWidget *field, QWidget *input)
{
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    if (!label)
        return;
    label->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(accessibleNameOf(label->text()));
}

QString accessibleNameOf(const QString &labelText)
{
    QString text = labelText;
    text.remove(QRegularExpression(u"&(?!&)"_qs));
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    return text.trimmed();
}

SectionColumns::SectionColumns(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_left(new QVBoxLayout)
    , m_right(new QVBoxLayout)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_left, 1);
    m_layout->addLayout(m_right, 1);
    m_left->addStretch(1);
    m_right->addStretch(1);
}

void SectionColumns::addLeft(QWidget *section)
{
    m_left->insertWidget(m_left->count() - 1, section);
}

void SectionColumns::insertLeft(int index, QWidget *section)
{
    m_left->insertWidget(std::clamp(index, 0, m_left->count() - 1), section);
}

void SectionColumns::addRight(QWidget *section)
{
    m_right->insertWidget(m_right->count() - 1, section);
}

bool SectionColumns::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

QSize SectionColumns::minimumSizeHint() const
{
    // As wide as the wider column: never wider than one column needs. As high as the arrangement
    // in use (side by side: the higher column; one column: both), so a wide page has no gap below.
    const QSize left = m_left->minimumSize();
    const QSize right = m_right->minimumSize();
    const int height = isSideBySide() ? std::max(left.height(), right.height())
                                      : left.height() + m_layout->spacing() + right.height();
    return {std::max(left.width(), right.width()), height};
}

void SectionColumns::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width());
    QWidget::resizeEvent(event);
}

void SectionColumns::arrange(int width)
{
    const int sideBySide =
        m_left->minimumSize().width() + m_layout->spacing() + m_right->minimumSize().width();
    const auto direction = width >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        updateGeometry(); // the height needed changes with the arrangement
    }
}

} // namespace hpf::ui
