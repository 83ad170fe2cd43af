#pragma once

#include "api/loanoverdue.h"

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

// 7005 逾期管理 (issue 18, part F): the loans in arrears of the branch (every branch for the head
// office and auditors), the oldest arrears first, with days past due, the overdue amount, the 罚息
// and the reminder (催收) state; for supervisors and auditors the 逾期率 in 万分之. A loan officer
// records that the borrower of the chosen row was reminded (phone, letter, SMS, a note).
// Keyboard: Enter in the list or F5 refreshes, Ctrl+Enter records the reminder.
class LoanOverduePage : public QWidget
{
    Q_OBJECT
public:
    explicit LoanOverduePage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reset();
    void reload();
    // Supervisors and auditors see the 逾期率; officers record reminders.
    void setRole(const QString &role);

    QTableWidget *table() const { return m_table; }
    QComboBox *channelCombo() const { return m_channel; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }
    QString statusText() const;
    QString summaryText() const;
    const std::optional<client::api::OverduePage> &page() const { return m_page; }

signals:
    void listed(bool ok);
    void recorded(bool ok);

private:
    void showList(const client::api::OverduePage &page);
    void updateButtons();
    void record();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);
    const client::api::OverdueLoan *currentLoan() const;

    client::ClientCore *m_core;
    QLabel *m_summary;
    QTableWidget *m_table;
    QComboBox *m_channel;
    QLineEdit *m_note;
    QPushButton *m_refresh;
    QPushButton *m_record;
    QLabel *m_status;
    client::ops::Operation *m_operation;
    std::optional<client::api::OverduePage> m_page;
    bool m_showRatio = false;
    bool m_mayRecord = false;
    int m_listGeneration = 0; // a late answer of an older refresh is dropped
};

} // namespace hpf::ui
