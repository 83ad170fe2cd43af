#include "loan/scheduletable.h"

#include "domain/money.h"

#include <QHeaderView>

namespace hpf::ui {

LoanScheduleTable::LoanScheduleTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("No."), tr("Due on"), tr("Payment"), tr("Principal"), tr("Interest"), tr("Paid"), tr("Status")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

QString LoanScheduleTable::mark(const client::api::LoanAccountInstalment &i, QDate today)
{
    if (i.paid())
        return tr("Paid %1").arg(i.paidOn->toString(Qt::ISODate));
    if (i.overdue(today))
        return i.daysPastDue > 0 ? tr("OVERDUE %n day(s)", nullptr, i.daysPastDue) : tr("OVERDUE");
    if (i.partlyPaid())
        return tr("Part paid");
    return tr("Open");
}

void LoanScheduleTable::setLoan(const client::api::LoanAccount &loan, QDate today)
{
    clearContents();
    setRowCount(int(loan.instalments.size()));
    for (int row = 0; row < loan.instalments.size(); ++row) {
        const client::api::LoanAccountInstalment &i = loan.instalments.at(row);
        const qint64 paid = i.paidPrincipalFen + i.paidInterestFen + i.paidPenaltyFen;
        const QStringList cells{QString::number(i.number),
                                i.dueOn.toString(Qt::ISODate),
                                money::format(i.paymentFen),
                                money::format(i.principalFen),
                                money::format(i.interestFen),
                                money::format(paid),
                                mark(i, today)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= Payment && c <= Paid)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == Mark && !i.paid() && i.overdue(today))
                item->setForeground(Qt::red);
            else if (i.paid())
                item->setForeground(Qt::darkGray);
            setItem(row, c, item);
        }
    }
    // The next instalment to pay is where the officer's eye goes first.
    if (const client::api::LoanAccountInstalment *next = loan.nextDue()) {
        const int row = int(next - loan.instalments.constData());
        setCurrentCell(row, 0);
        scrollToItem(item(row, 0), QAbstractItemView::PositionAtTop);
    }
}

void LoanScheduleTable::clearLoan()
{
    clearContents();
    setRowCount(0);
}

QString LoanScheduleTable::cellText(int row, Column column) const
{
    const QTableWidgetItem *i = item(row, column);
    return i ? i->text() : QString();
}

} // namespace hpf::ui
