#pragma once

#include "base/result.h"
#include "finance/policy.h"
#include "net/apiclient.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <optional>

class QLabel;
class QWidget;

namespace hpf::client {
class ReferenceSync;
}

namespace hpf::ui {

// Sends one account opening (2001-2003) straight through the ApiClient — the receipt needs the
// server's reply, so openings are not queued in the outbox. The Idempotency-Key belongs to one
// submission of one form content: a double click while the request is in flight is ignored, a
// retry after a timeout (or any failure) with the same content reuses the key, so the server
// opens one account; a changed form or a success starts a new key.
class OpeningSubmission : public QObject
{
    Q_OBJECT
public:
    OpeningSubmission(client::ApiClient *api, QObject *parent);

    bool isBusy() const { return m_busy; }
    QString key() const { return m_key; }
    // False (nothing sent) while a request is in flight.
    bool send(const QString &path, const QJsonObject &body);
    void reset(); // forget the key: the next send is a new business

    // The translated failure text (with the request id); for a failure that may not have reached the
    // server it adds that submitting again is safe.
    static QString describe(const client::ApiResponse &response);

signals:
    void finished(const hpf::client::ApiResponse &response);

private:
    client::ApiClient *m_api;
    QString m_key;
    QJsonObject m_body;
    bool m_busy = false;
};

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
