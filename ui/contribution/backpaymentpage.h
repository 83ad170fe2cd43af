#pragma once

#include "api/contributions.h"

#include <QWidget>
#include <optional>

class QComboBox;
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

// 2102 补缴: a unit pays a past month for some of its employees, with a reason of the code table
// back_pay_reason. The unit's employees are listed once the unit is loaded; the teller ticks the
// people (Space) and may type a base (漏缴, 缓缴期满: empty = the base in effect that month) or the
// difference (基数调整补差, 少缴补足: required). The server posts all rows or none: refused rows
// (422 backpay.rows) show why on their own line and the first is selected.
class BackPaymentPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Pick, Account, Name, State, Base, Difference, Problem, Columns };

    BackPaymentPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showUnit(const QString &unitAccount);
    void submit();
    // Ticks the employee with this account (the tests and 1003 hand people over); false when not listed.
    bool pick(const QString &accountNumber, const QString &baseYuan = {}, const QString &differenceYuan = {});

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *monthEdit() const { return m_month; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *memoEdit() const { return m_memo; }
    QTableWidget *table() const { return m_table; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString rowProblem(int row) const;
    const std::optional<client::api::BackPayment> &result() const { return m_result; }

signals:
    void employeesLoaded(bool ok);
    void finished(bool ok);

private:
    void loadEmployees();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_unit;
    QLineEdit *m_month;
    QComboBox *m_reason;
    QLineEdit *m_memo;
    QTableWidget *m_table;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QList<int> m_sentRows; // table row of each row sent, in order
    std::optional<client::api::BackPayment> m_result;
    bool m_training = false;
};

} // namespace hpf::ui
