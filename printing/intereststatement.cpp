#include "intereststatement.h"

#include "domain/money.h"
#include "paintkit.h"
#include "tabledoc.h"

namespace hpf::printing {

namespace {

QString chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QString();
}

TableDoc tableDoc(const InterestStatementData &data)
{
    TableDoc doc;
    doc.title = QStringLiteral("住房公积金%1年度结息对账单").arg(data.year);
    doc.facts = interestStatementFacts(data);
    doc.header = {QStringLiteral("序号"),       QStringLiteral("个人账号"),   QStringLiteral("姓名"),
                  QStringLiteral("结息前余额"), QStringLiteral("本年度利息"), QStringLiteral("结息后余额")};
    doc.stretch = {2, 5, 3, 4, 4, 4};
    doc.rows = interestStatementRows(data);
    doc.footer = QStringLiteral("%1 打印：%2 %3")
                     .arg(data.centerName, data.printedBy,
                          data.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .trimmed();
    return doc;
}

} // namespace

QStringList interestStatementFacts(const InterestStatementData &data)
{
    QStringList rates;
    for (const InterestStatementData::Rate &rate : data.rates)
        rates.append(QStringLiteral("%1起 %2").arg(rate.from.toString(Qt::ISODate), rate.annual));
    QStringList facts{
        QStringLiteral("单位账号：%1    单位名称：%2").arg(data.unitAccount, data.unitName),
        QStringLiteral("计息期间：%1至%2    结息日：%3")
            .arg(chineseDate(data.periodFrom), chineseDate(data.periodTo), chineseDate(data.settlementDate)),
        QStringLiteral("年利率：%1")
            .arg(rates.isEmpty() ? QStringLiteral("—") : rates.join(QStringLiteral("；"))),
        QStringLiteral("职工人数：%1    利息合计：%2元")
            .arg(data.lines.size())
            .arg(money::format(data.totalInterestFen)),
    };
    if (!data.serial.isEmpty())
        facts.append(QStringLiteral("业务流水号：%1").arg(data.serial));
    return facts;
}

QList<QStringList> interestStatementRows(const InterestStatementData &data)
{
    QList<QStringList> rows;
    qint64 opening = 0;
    qint64 closing = 0;
    for (int i = 0; i < data.lines.size(); ++i) {
        const InterestStatementData::Line &l = data.lines.at(i);
        rows.append({QString::number(i + 1), l.accountNumber, l.name, money::format(l.openingBalanceFen),
                     money::format(l.interestFen), money::format(l.closingBalanceFen)});
        opening += l.openingBalanceFen;
        closing += l.closingBalanceFen;
    }
    rows.append({QStringLiteral("合计"), QString(), QStringLiteral("%1人").arg(data.lines.size()),
                 money::format(opening), money::format(data.totalInterestFen), money::format(closing)});
    return rows;
}

int interestStatementPageCount(const InterestStatementData &data, const QRectF &page)
{
    return tableDocPageCount(tableDoc(data), page);
}

void paintInterestStatement(QPainter &painter, const QRectF &page, const InterestStatementData &data,
                            int pageIndex)
{
    painter.save();
    painter.setFont(documentFont(10)); // Noto CJK: the names and labels are Chinese
    paintTableDoc(painter, page, tableDoc(data), pageIndex);
    painter.restore();
    if (data.training)
        paintTrainingWatermark(painter, page);
}

} // namespace hpf::printing
