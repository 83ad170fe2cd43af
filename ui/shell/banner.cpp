#include "shell/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hpf::ui {

Banner::Banner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"banner"_qs);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const char16_t *colour = kind == Kind::Error     ? u"#f8d7da"
                             : kind == Kind::Warning ? u"#fff3cd"
                                                     : u"#d1ecf1";
    setStyleSheet(
        u"hpf--ui--Banner { background: %1; border: 1px solid #c8a000; } QLabel { color: #222; }"_qs.arg(
            QString::fromUtf16(colour)));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    hide();
}

void Banner::setText(const QString &text)
{
    m_label->setText(text);
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::setAction(const QString &label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

} // namespace hpf::ui
