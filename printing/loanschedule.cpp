#include "loanschedule.h"

#include "domain/money.h"
#include "paintkit.h"
#include "tabledoc.h"

namespace hpf::printing {

namespace {

QString chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QStringLiteral("—");
}

QString methodName(const QString &method)
{
    return method == u"equal_principal" ? QStringLiteral("等额本金") : QStringLiteral("等额本息");
}

TableDoc tableDoc(const LoanScheduleData &data)
{
    TableDoc doc;
    doc.title = QStringLiteral("个人住房公积金贷款还款计划表");
    doc.facts = loanScheduleFacts(data);
    doc.header = {QStringLiteral("期次"), QStringLiteral("还款日"), QStringLiteral("月还款额"),
                  QStringLiteral("本金"), QStringLiteral("利息"),   QStringLiteral("已还"),
                  QStringLiteral("状态")};
    doc.stretch = {2, 4, 4, 4, 4, 4, 3};
    doc.rows = loanScheduleRows(data);
    doc.footer = QStringLiteral("%1 打印：%2 %3")
                     .arg(data.centerName, data.printedBy,
                          data.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .trimmed();
    return doc;
}

} // namespace

QString loanScheduleMark(const LoanScheduleData::Line &line, QDate today)
{
    if (line.paid)
        return QStringLiteral("已还");
    if (line.daysPastDue > 0 || (today.isValid() && today > line.dueOn))
        return QStringLiteral("逾期");
    if (line.paidFen > 0)
        return QStringLiteral("部分已还");
    return QStringLiteral("未还");
}

QStringList loanScheduleFacts(const LoanScheduleData &data)
{
    QStringList facts{
        QStringLiteral("合同编号：%1    申请流水号：%2").arg(data.contractNumber, data.applicationSerial),
        QStringLiteral("贷款金额：%1元    剩余本金：%2元")
            .arg(money::format(data.principalFen), money::format(data.outstandingFen)),
        QStringLiteral("年利率：%1%    还款方式：%2    期限：%3个月")
            .arg(data.rate, methodName(data.method))
            .arg(data.termMonths),
        QStringLiteral("放款日：%1    计划版本：第%2版")
            .arg(chineseDate(data.disbursedOn))
            .arg(data.scheduleVersion),
    };
    if (!data.borrowerName.isEmpty())
        facts.insert(1, QStringLiteral("借款人：%1").arg(data.borrowerName));
    if (data.settledOn.isValid())
        facts.append(QStringLiteral("结清日：%1").arg(chineseDate(data.settledOn)));
    facts.append(QStringLiteral("状态截至：%1").arg(chineseDate(data.today)));
    return facts;
}

QList<QStringList> loanScheduleRows(const LoanScheduleData &data)
{
    QList<QStringList> rows;
    qint64 principal = 0;
    qint64 interest = 0;
    qint64 paid = 0;
    for (const LoanScheduleData::Line &l : data.lines) {
        rows.append({QString::number(l.number), l.dueOn.toString(Qt::ISODate),
                     money::format(l.principalFen + l.interestFen), money::format(l.principalFen),
                     money::format(l.interestFen), money::format(l.paidFen),
                     loanScheduleMark(l, data.today)});
        principal += l.principalFen;
        interest += l.interestFen;
        paid += l.paidFen;
    }
    rows.append({QStringLiteral("合计"), QStringLiteral("%1期").arg(data.lines.size()),
                 money::format(principal + interest), money::format(principal), money::format(interest),
                 money::format(paid), QString()});
    return rows;
}

int loanSchedulePageCount(const LoanScheduleData &data, const QRectF &page)
{
    return tableDocPageCount(tableDoc(data), page);
}

void paintLoanSchedule(QPainter &painter, const QRectF &page, const LoanScheduleData &data, int pageIndex)
{
    painter.save();
    painter.setFont(documentFont(10)); // Noto CJK: the labels are Chinese
    paintTableDoc(painter, page, tableDoc(data), pageIndex);
    painter.restore();
    if (data.training)
        paintTrainingWatermark(painter, page);
}

} // namespace hpf::printing
