#pragma once

#include "api/loanaccounts.h"

#include <QDate>
#include <QTableWidget>

namespace hpf::ui {

// The schedule of a loan on 7004 (issue 18, part J): one row per instalment of the current
// version — number, due date, payment, principal, interest, paid, and its mark (Paid, Part paid,
// OVERDUE in red, Open) as of `today`. Read-only; the keyboard moves through it.
class LoanScheduleTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { Number, DueOn, Payment, Principal, Interest, Paid, Mark, ColumnCount };

    explicit LoanScheduleTable(QWidget *parent = nullptr);
    void setLoan(const client::api::LoanAccount &loan, QDate today);
    void clearLoan();
    // The mark of one instalment as the table shows it.
    static QString mark(const client::api::LoanAccountInstalment &instalment, QDate today);
    // The text of one cell (tests read the table as the officer sees it).
    QString cellText(int row, Column column) const;
};

} // namespace hpf::ui
