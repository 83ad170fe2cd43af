#include "transfer/formparts.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hpf::ui::formparts {

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

QString nameFromLabel(const QString &labelText)
{
    QString name = labelText;
    // A Chinese label carries its mnemonic as "(&U)" after the text: drop it whole.
    static const QRegularExpression chineseMnemonic(u"[(（]&\\w[)）]"_qs);
    static const QRegularExpression mnemonic(u"&(?!&)"_qs);
    name.remove(chineseMnemonic);
    name.remove(mnemonic);
    name = name.trimmed();
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    return name.trimmed();
}

QLabel *buddyLabel(const QString &text, QWidget *input, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(input);
    if (input->accessibleName().isEmpty())
        input->setAccessibleName(nameFromLabel(text));
    return label;
}

void labelInput(QFormLayout *form, QWidget *field, QWidget *input)
{
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    if (!label)
        return;
    label->setBuddy(input);
    input->setAccessibleName(nameFromLabel(label->text()));
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

} // namespace hpf::ui::formparts
