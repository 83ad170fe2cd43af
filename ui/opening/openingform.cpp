#include "opening/openingform.h"

#include "base/text.h"
#include "finance/rate.h"
#include "reference/referencesync.h"

#include <QLabel>
#include <QWidget>

namespace hpf::ui {

FieldMessages::FieldMessages(QLabel *label)
    : m_label(label)
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void FieldMessages::addField(const QString &name, QWidget *widget)
{
    m_fields.insert(name, widget);
}

void FieldMessages::showError(const QString &text, const QString &field)
{
    m_label->setStyleSheet(u"color: #b00020;"_qs);
    m_label->setText(text);
    if (QWidget *w = m_fields.value(field))
        w->setFocus(Qt::OtherFocusReason);
}

void FieldMessages::showInfo(const QString &text)
{
    m_label->setStyleSheet(QString());
    m_label->setText(text);
}

void FieldMessages::clear()
{
    m_label->setStyleSheet(QString());
    m_label->clear();
}

Result<std::optional<QDate>> parseMonth(const QString &typed, const QString &field)
{
    const QString text = text::normalizeCode(typed);
    if (text.isEmpty())
        return std::optional<QDate>();
    const QDate month = text.size() == 7 ? QDate::fromString(text, u"yyyy-MM"_qs) : QDate();
    if (!month.isValid())
        return makeError(u"opening.month_format"_qs, field, u"YYYY-MM"_qs);
    return std::optional<QDate>(month);
}

std::optional<finance::DepositPolicy> depositPolicyAt(const client::ReferenceSync *reference, QDate month)
{
    auto row = reference->policy().depositAt(month);
    return row ? std::optional(*row) : std::nullopt;
}

std::optional<finance::FlexiblePolicy> flexiblePolicyAt(const client::ReferenceSync *reference, QDate month)
{
    auto row = reference->policy().flexibleAt(month);
    return row ? std::optional(*row) : std::nullopt;
}

QDate monthOf(QDate today)
{
    return QDate(today.year(), today.month(), 1);
}

} // namespace hpf::ui
