#include "widgets/formsection.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
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
    // A Chinese label carries its mnemonic as "(&U)" after the text: drop it whole.
    static const QRegularExpression chineseMnemonic(u"[(（]&\\w[)）]"_qs);
    static const QRegularExpression mnemonic(u"&(?!&)"_qs);
    text.remove(chineseMnemonic);
    text.remove(mnemonic);
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

QWidget *scrolledContent(QWidget *page)
{
    auto *content = new QWidget(page);
    content->setObjectName(page->objectName() + u"Content"_qs);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(page->objectName() + u"Scroll"_qs);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The scroll area itself is no Tab stop: Tab goes from the page's last input to the next one.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return content;
}

QLabel *buddyLabel(const QString &text, QWidget *input, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(accessibleNameOf(text));
    return label;
}

void chainTabOrder(const QList<QWidget *> &inputs)
{
    for (qsizetype i = 1; i < inputs.size(); ++i)
        QWidget::setTabOrder(inputs.at(i - 1), inputs.at(i));
}

SectionRow::SectionRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void SectionRow::addSection(QWidget *section, int stretch)
{
    m_layout->addWidget(section, stretch, Qt::AlignTop);
    m_sections.append(section);
}

int SectionRow::sideBySideWidth() const
{
    int width = 0;
    int shown = 0;
    for (const QWidget *section : m_sections) {
        if (section->isHidden())
            continue;
        width += section->minimumSizeHint().expandedTo(section->minimumSize()).width();
        ++shown;
    }
    return width + std::max(0, m_layout->spacing()) * std::max(0, shown - 1);
}

QSize SectionRow::minimumSizeHint() const
{
    // Whatever the current direction: the row can always fall back to one column.
    int width = 0;
    for (const QWidget *section : m_sections) {
        if (!section->isHidden())
            width = std::max(width, section->minimumSizeHint().expandedTo(section->minimumSize()).width());
    }
    return {width, QWidget::minimumSizeHint().height()};
}

void SectionRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

bool SectionRow::event(QEvent *event)
{
    // A section shown or hidden (the evidence of another withdrawal type) changes what fits.
    if (event->type() == QEvent::LayoutRequest)
        updateDirection();
    return QWidget::event(event);
}

void SectionRow::updateDirection()
{
    const auto direction = width() >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        updateGeometry(); // the height changes with the direction
    }
}

QGroupBox *formSection(const QString &title, QWidget *parent, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QFormLayout(box);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // Long labels (English, large fonts) wrap instead of widening the section.
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    if (form)
        *form = layout;
    return box;
}

} // namespace hpf::ui
