#pragma once

#include "api/loans.h"

#include <QWidget>
#include <optional>

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

// 7002 审核审批: the branch's loan applications by status (every branch for the head office and
// auditors), each with its due date, the undecided ones past it marked overdue. Enter opens one
// (its contents and the judgement taken at acceptance); 审核 by a loan officer who did not accept
// it, 批准 or 拒绝 (with a reason) by a supervisor who neither accepted nor reviewed it. The
// server decides the separation of duties; its refusal is shown beside the button pressed.
class LoanApprovalPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoanApprovalPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reset();
    // Loads the first page of the chosen status.
    void reload();
    // Opens the application `serial` (also what another page hands over).
    void open(const QString &serial);

    QComboBox *statusCombo() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *refuseButton() const { return m_refuse; }
    QString statusText() const;
    QString detailText() const;
    // The refusal shown beside a button (empty when none).
    QString reviewNote() const;
    QString approveNote() const;
    QString refuseNote() const;
    const std::optional<client::api::LoanApplicationPage> &page() const { return m_page; }
    const std::optional<client::api::LoanApplication> &current() const { return m_current; }

signals:
    void listed(bool ok);
    void opened(bool ok);
    // A lifecycle step's final answer arrived (ok or refused).
    void stepFinished(bool ok);

private:
    enum class Step { Review, Approve, Refuse };
    void showList(const client::api::LoanApplicationPage &page);
    void showCurrent();
    void runStep(Step step);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    QLabel *noteOf(Step step) const;
    void clearNotes();
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QComboBox *m_filter;
    QListWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_review;
    QLabel *m_reviewNote;
    QPushButton *m_approve;
    QLabel *m_approveNote;
    QLineEdit *m_reason;
    QPushButton *m_refuse;
    QLabel *m_refuseNote;
    QLabel *m_status;
    client::ops::Operation *m_operation;
    std::optional<client::api::LoanApplicationPage> m_page;
    std::optional<client::api::LoanApplication> m_current;
    Step m_step = Step::Review;
    int m_listGeneration = 0; // a late list answer of an older filter is dropped
};

} // namespace hpf::ui
