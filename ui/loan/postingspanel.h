#pragma once

#include "api/loanaccounts.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace hpf::ui {

// The postings section of 7004 贷款账户 (issue 18 part J, split out in issue 19): a repayment from
// the bank, and a prepayment — partial keeping the term or the payment, or in full. It reads and
// checks what the officer typed; the page sends it and shows the answer.
class LoanPostingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class Kind { KeepTerm = 0, KeepPayment = 1, Full = 2 };

    explicit LoanPostingsPanel(QWidget *parent = nullptr);

    QLineEdit *repayEdit() const { return m_repayAmount; }
    QPushButton *repayButton() const { return m_repay; }
    QComboBox *prepayKindCombo() const { return m_prepayKind; }
    QLineEdit *prepayEdit() const { return m_prepayAmount; }
    QPushButton *prepayButton() const { return m_prepay; }

    // Postings are possible (a loan that is not settled is shown).
    void setOpen(bool open);
    void clear(); // the amounts emptied, the kind back to "keep the term"
    Kind kind() const;
    // The repayment typed, at most `maximumFen` (0: no limit); errors name amountFen.
    Result<qint64> repayment(qint64 maximumFen) const;
    Result<client::api::PrepaymentInput> prepayment() const;

signals:
    void repayRequested();
    void prepayRequested();

private:
    void onKindChanged();

    QLineEdit *m_repayAmount;
    QPushButton *m_repay;
    QComboBox *m_prepayKind;
    QLineEdit *m_prepayAmount;
    QPushButton *m_prepay;
    bool m_open = false;
};

} // namespace hpf::ui
