#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

// 个人住房公积金贷款还款计划表 (issue 18, part J): the current schedule version of a disbursed loan,
// printed from what the server answered (GET /loans/accounts/{contract}), in Chinese like every
// printed document of the center. One line per instalment (due date, payment, principal,
// interest, what is paid and its mark: 已还 / 部分已还 / 逾期 / 未还), the total row; a header
// repeated on every page and the page number. Exact to the fen: amounts are the server's fen.
namespace hpf::printing {

struct LoanScheduleData
{
    struct Line
    {
        int number = 0;
        QDate dueOn;
        qint64 principalFen = 0;
        qint64 interestFen = 0;
        qint64 paidFen = 0; // principal, interest and penalty paid of it
        qint64 penaltyFen = 0;
        bool paid = false;
        int daysPastDue = 0;
    };
    QString centerName;
    QString contractNumber;
    QString applicationSerial;
    QString borrowerName; // as the server sent it (may be empty: not printed)
    qint64 principalFen = 0;
    qint64 outstandingFen = 0;
    QString rate;   // percent text, "2.6"
    QString method; // equal_installment | equal_principal
    int termMonths = 0;
    int scheduleVersion = 1;
    QDate disbursedOn;
    QDate settledOn; // invalid while open
    QList<Line> lines;
    QDate today; // the marks (逾期) are as of this day
    QDateTime printedAt;
    QString printedBy;
    bool training = false; // watermarked
};

// The mark of one line: 已还, 部分已还, 逾期 or 未还.
QString loanScheduleMark(const LoanScheduleData::Line &line, QDate today);
// The lines under the title (contract, amounts, rate, method, term, version, dates), in print order.
QStringList loanScheduleFacts(const LoanScheduleData &data);
// The table rows in print order, the last one the total (the tests read them; paint draws them).
QList<QStringList> loanScheduleRows(const LoanScheduleData &data);
int loanSchedulePageCount(const LoanScheduleData &data, const QRectF &page);
// Paints page `pageIndex` (device units). Pure: same input, same output, on any device.
void paintLoanSchedule(QPainter &painter, const QRectF &page, const LoanScheduleData &data, int pageIndex);

} // namespace hpf::printing
