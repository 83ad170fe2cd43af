#pragma once

#include "base/result.h"
#include "finance/policy.h"

#include <QDate>
#include <QHash>
#include <optional>

class QLabel;
class QWidget;

namespace hpf::client {
class ReferenceSync;
}

namespace hpf::ui {

// Shows validation and server messages on the field they name: the text goes into the form's
// message label (red), the field gets the focus. Field names are those of the API
// ("documentNumber", "contact.mobile", …).
class FieldMessages
{
public:
    explicit FieldMessages(QLabel *label);
    void addField(const QString &name, QWidget *widget);
    // Shows `text`; focuses the widget of `field` when there is one.
    void showError(const QString &text, const QString &field = {});
    void showInfo(const QString &text);
    void clear();
    QWidget *widgetFor(const QString &field) const { return m_fields.value(field); }

private:
    QLabel *m_label;
    QHash<QString, QWidget *> m_fields;
};

// "YYYY-MM" as typed (full-width digits accepted). Empty text = std::nullopt with no error.
// Error opening.month_format (field = `field`) for anything else, e.g. "2025-13".
Result<std::optional<QDate>> parseMonth(const QString &text, const QString &field);

// The employed-worker and flexible-employment rows in effect on `month`, from the policy the server
// published (ReferenceSync::policy); std::nullopt when none is in effect then.
std::optional<finance::DepositPolicy> depositPolicyAt(const client::ReferenceSync *reference, QDate month);
std::optional<finance::FlexiblePolicy> flexiblePolicyAt(const client::ReferenceSync *reference, QDate month);

// The first day of the month of `today`.
QDate monthOf(QDate today);

} // namespace hpf::ui
