#include "widgets/formnavigator.h"

#include <QKeyEvent>
#include <QWidget>

namespace hpf::ui {

FormNavigator::FormNavigator(const QList<QWidget *> &fields, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
{
    for (QWidget *w : fields)
        w->installEventFilter(this);
}

bool FormNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if (key->modifiers() & ~(Qt::KeypadModifier))
        return false;
    const qsizetype at = m_fields.indexOf(static_cast<QWidget *>(watched));
    if (at < 0)
        return false;
    for (qsizetype next = at + 1; next < m_fields.size(); ++next) {
        QWidget *w = m_fields.at(next);
        if (w->isEnabled() && w->isVisible()) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    emit submitRequested();
    return true;
}

} // namespace hpf::ui
