#pragma once

#include "api/loanaccounts.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;
struct PrintJob;

class DocumentPrinter;
class GrantDialog;
class LoanPostingsPanel;
class LoanScheduleTable;
class ReceiptBar;

// 7004 贷款账户 (issue 18, part J): the loan officer's desk after 面签. Type an application serial
// (YW…) or a contract number (DK…) and Enter, or pick a loan from the branch's list (Enter).
// A signed application is disbursed under a supervisor's grant (the borrower may repay from the
// fund balance); a loan shows its current schedule with paid, part-paid and overdue marks, takes
// a repayment from the bank (at most what is due plus the next instalment), a partial prepayment
// keeping the term or the payment (the new schedule is shown at once) or a full one that settles
// it. Every posting prints its receipt; the schedule prints as a PDF. After settlement the page
// says where the 贷款结清证明 is issued (4001). Refusals focus the input they name.
class LoanAccountPage : public QWidget
{
    Q_OBJECT
public:
    LoanAccountPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();
    static QString statusName(const QString &status);

    void setTrainingMode(bool training) { m_training = training; }
    void setUser(const QString &displayName) { m_displayName = displayName; }
    void reset();
    // Opens an application serial or a contract number (also what another page hands over).
    void open(const QString &typed);
    // Loads the first page of the list with the chosen status.
    void reloadList();

    QLineEdit *lookupEdit() const { return m_lookup; }
    QComboBox *statusCombo() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    LoanScheduleTable *scheduleTable() const { return m_schedule; }
    QCheckBox *fromFundCheck() const { return m_fromFund; }
    QPushButton *disburseButton() const { return m_disburse; }
    LoanPostingsPanel *postings() const { return m_postings; }
    QLineEdit *repayEdit() const;
    QPushButton *repayButton() const;
    QComboBox *prepayKindCombo() const;
    QLineEdit *prepayEdit() const;
    QPushButton *prepayButton() const;
    QPushButton *schedulePdfButton() const { return m_schedulePdf; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    GrantDialog *grantDialog() const;
    QString statusText() const;
    QString summaryText() const;
    QString settledText() const;
    const std::optional<client::api::LoanAccount> &loan() const { return m_loan; }
    const std::optional<client::api::LoanApplicationRef> &application() const { return m_application; }
    // The printable schedule of the loan shown (empty job when none).
    PrintJob scheduleJob() const;
    Status saveSchedulePdf(const QString &path) const;

signals:
    void listed(bool ok);
    // A loan (or a signed application awaiting disbursement) is shown, or the lookup failed.
    void opened(bool ok);
    // The final answer of a disbursement, repayment or prepayment arrived (ok or refused).
    void finished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Action { None, Disburse, Repay, Prepay };
    void openKey(const client::api::loanaccounts::LookupKey &key);
    void loadLoan(const QString &contract);
    void showApplication(const client::api::LoanApplicationRef &application);
    void showLoan(const client::api::LoanAccount &loan);
    void updateButtons();
    void disburse();
    void repay();
    void prepay();
    void start(Action action, const client::ops::Request &request);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void focusField(const QString &field, const QString &code, Action action);
    void setStatus(const QString &text, bool error);
    bool busy();

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    QLineEdit *m_lookup;
    QComboBox *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
    LoanScheduleTable *m_schedule;
    QCheckBox *m_fromFund;
    QPushButton *m_disburse;
    LoanPostingsPanel *m_postings;
    QPushButton *m_schedulePreview;
    QPushButton *m_schedulePdf;
    QLabel *m_status;
    QLabel *m_settled;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QPointer<GrantDialog> m_grantDialog;
    std::optional<client::api::LoanApplicationRef> m_application;
    std::optional<client::api::LoanAccount> m_loan;
    std::optional<client::api::LoanAccountList> m_page;
    Action m_action = Action::None;
    QString m_pendingLookup; // the lookup in flight (an older answer is dropped)
    QString m_displayName;
    bool m_training = false;
};

} // namespace hpf::ui
