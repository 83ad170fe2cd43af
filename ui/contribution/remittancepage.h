#pragma once

#include "api/contributions.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class DocumentPrinter;
class ReceiptBar;
class TransferLookupField;

// 2101 汇缴: one unit's monthly remittance. The teller types the unit (its name and state show
// underneath; the month then defaults to the month after the last one posted), Enter in the month
// previews it: every person credited with base, both ratios, both shares and the amount, the people
// left out with why, and the totals. Ctrl+Enter posts exactly what was previewed (the preview's
// total and head count go with the request; the server refuses remittance.preview_stale when they
// no longer hold). The receipt comes from the server's stored answer.
class RemittancePage : public QWidget
{
    Q_OBJECT
public:
    RemittancePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showUnit(const QString &unitAccount);
    void preview();
    void confirm();

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *monthEdit() const { return m_month; }
    QTableWidget *table() const { return m_table; }
    QPushButton *confirmButton() const { return m_confirm; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString totalsText() const;
    const std::optional<client::api::RemittancePreview> &shownPreview() const { return m_preview; }
    const std::optional<client::api::RemittancePosted> &posted() const { return m_posted; }

signals:
    void monthSuggested(const QString &month);
    void previewed(bool ok);
    void finished(bool ok);

private:
    void onUnitLoaded(bool ok);
    void showPreview(const client::api::RemittancePreview &preview);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_unit;
    QLineEdit *m_month;
    QTableWidget *m_table;
    QLabel *m_totals;
    QPushButton *m_confirm;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    std::optional<client::api::RemittancePreview> m_preview;
    std::optional<client::api::RemittancePosted> m_posted;
    QString m_requested; // unit + month of the preview in flight
    QString m_notice;    // a refusal kept in view above the next preview (remittance.preview_stale)
    bool m_training = false;
};

} // namespace hpf::ui
