#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

// 住房公积金年度结息对账单: a unit's interest statement for one settlement year, printed from what
// the server answered (GET /units/{unit}/interest-statements/{year}), in Chinese like every printed
// document of the center. One line per employee (opening balance, interest, closing balance), the
// rates of the period, the total; a header repeated on every page and the page number.
namespace hpf::printing {

struct InterestStatementData
{
    struct Rate
    {
        QDate from;
        QString annual; // percent text as the server sent it ("1.5%")
    };
    struct Line
    {
        QString accountNumber;
        QString name; // as the server sent it
        qint64 openingBalanceFen = 0;
        qint64 interestFen = 0;
        qint64 closingBalanceFen = 0;
    };
    QString centerName;
    QString unitAccount;
    QString unitName;
    int year = 0;
    QDate settlementDate;
    QDate periodFrom;
    QDate periodTo;
    QList<Rate> rates;
    QList<Line> lines;
    qint64 totalInterestFen = 0;
    QString serial; // the run's 业务流水号 (may be empty)
    QDateTime printedAt;
    QString printedBy;
    bool training = false; // watermarked
};

// The lines under the title (unit, period, settlement day, rates, total), in print order.
QStringList interestStatementFacts(const InterestStatementData &data);
// The table rows in print order, the last one the total (the tests read them; paint draws them).
QList<QStringList> interestStatementRows(const InterestStatementData &data);
int interestStatementPageCount(const InterestStatementData &data, const QRectF &page);
// Paints page `pageIndex` (device units). Pure: same input, same output, on any device.
void paintInterestStatement(QPainter &painter, const QRectF &page, const InterestStatementData &data,
                            int pageIndex);

} // namespace hpf::printing
