#include "judicialreceipt.h"

#include "domain/money.h"
#include "paintkit.h"

namespace hpf::printing {

namespace {

QString yuan(qint64 fen)
{
    return money::format(fen) + QStringLiteral(" 元");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy年M月d日"_qs) : QString();
}

// What the achieved amount is called for each action.
QString achievedLabel(const QString &action)
{
    if (action == u"renew")
        return QStringLiteral("续行冻结金额");
    if (action == u"unfreeze")
        return QStringLiteral("解除冻结金额");
    if (action == u"deduct")
        return QStringLiteral("实际扣划金额");
    return QStringLiteral("实际冻结金额");
}

} // namespace

QString judicialActionName(const QString &action)
{
    if (action == u"freeze")
        return QStringLiteral("冻结");
    if (action == u"renew")
        return QStringLiteral("续行冻结");
    if (action == u"unfreeze")
        return QStringLiteral("解除冻结");
    if (action == u"deduct")
        return QStringLiteral("扣划");
    return action;
}

QString judicialStateName(const QString &state)
{
    if (state == u"active")
        return QStringLiteral("冻结生效");
    if (state == u"waiting")
        return QStringLiteral("轮候冻结");
    if (state == u"released")
        return QStringLiteral("已解除冻结");
    if (state == u"expired")
        return QStringLiteral("冻结期满失效");
    if (state == u"lapsed")
        return QStringLiteral("轮候失效");
    if (state == u"deducted")
        return QStringLiteral("已全部扣划");
    return state;
}

QString judicialNoteText(const QString &code)
{
    if (code == u"shortfall")
        return QStringLiteral("余额不足部分在账户今后入账时继续冻结，以冻结金额为限。");
    if (code == u"queued")
        return QStringLiteral(
            "该账户已有在先冻结，本次冻结登记为轮候冻结，自在先冻结解除或失效时起依次生效。");
    if (code == u"promoted")
        return QStringLiteral("在先冻结已解除，轮候冻结依次生效。");
    if (code == u"fully_deducted")
        return QStringLiteral("冻结款项已全部扣划，该冻结同时终结。");
    return QStringLiteral("备注：%1").arg(code);
}

QList<JudicialReceiptRow> judicialReceiptRows(const JudicialReceiptData &d)
{
    QList<JudicialReceiptRow> rows{
        {QStringLiteral("协助事项"), judicialActionName(d.action)},
        {QStringLiteral("执行法院"), d.courtName},
        {QStringLiteral("案号"), d.caseNumber},
    };
    if (!d.noticeNumber.isEmpty())
        rows.append({QStringLiteral("协助执行通知书"), d.noticeNumber});
    rows.append({QStringLiteral("个人账号"), d.accountNumber});
    rows.append({QStringLiteral("账户户名"), d.personName});
    rows.append({QStringLiteral("要求金额"),
                 d.requestedFen ? yuan(*d.requestedFen) : QStringLiteral("账户全部余额")});
    rows.append({achievedLabel(d.action), yuan(d.achievedFen)});
    if (const auto upper = money::toChineseUpper(d.achievedFen); upper)
        rows.append({QStringLiteral("金额（大写）"), upper.value()});
    if (d.shortfallFen > 0)
        rows.append({QStringLiteral("未能冻结金额"), yuan(d.shortfallFen)});
    if (d.startDate.isValid() || d.endDate.isValid())
        rows.append({QStringLiteral("冻结期限"),
                     QStringLiteral("%1 至 %2").arg(dateText(d.startDate), dateText(d.endDate))});
    if (!d.state.isEmpty()) {
        QString state = judicialStateName(d.state);
        if (d.state == u"waiting" && d.queuePosition > 0)
            state += QStringLiteral("（轮候第 %1 位）").arg(d.queuePosition);
        rows.append({QStringLiteral("办理结果"), state});
    }
    return rows;
}

void paintJudicialReceipt(QPainter &painter, const QRectF &page, const JudicialReceiptData &d)
{
    const Mm mm(painter);
    const QRectF area = page.adjusted(mm(18), mm(15), -mm(18), -mm(15));
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.3)));

    painter.setFont(documentFont(16, true));
    QRectF line(area.left(), area.top(), area.width(), mm(10));
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, d.centerName);
    line.translate(0, mm(11));
    painter.setFont(documentFont(18, true));
    QString title = QStringLiteral("协助执行回执");
    if (d.reprintCount > 0)
        title += QStringLiteral("（补打 第%1次）").arg(d.reprintCount);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, title);

    painter.setFont(documentFont(9.5));
    line = QRectF(area.left(), line.bottom() + mm(4), area.width(), mm(6));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("回执编号：%1").arg(d.number));
    const QDateTime local = d.at.toLocalTime();
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("办理时间：%1").arg(local.toString(u"yyyy-MM-dd HH:mm:ss"_qs)));
    line.translate(0, mm(6));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("办理网点：%1").arg(d.branchName));

    // Salutation and the sentence the court reads first; wrapped, as court names can be long.
    painter.setFont(documentFont(11));
    const double textWidth = area.width();
    QRectF text(area.left(), line.bottom() + mm(4), textWidth, mm(40));
    const QString salutation = d.courtName + QStringLiteral("：");
    QRectF used = painter.boundingRect(text, Qt::AlignLeft | Qt::TextWordWrap, salutation);
    painter.drawText(text, Qt::AlignLeft | Qt::TextWordWrap, salutation);
    text.setTop(used.bottom() + mm(1.5));
    // The notice's number is in the table; the sentence names the case only (no nested brackets).
    const QString body =
        QStringLiteral("　　贵院就%1案件送达的协助执行通知书收悉。本中心已依法协助办理%2，结果如下：")
            .arg(d.caseNumber, judicialActionName(d.action));
    used = painter.boundingRect(text, Qt::AlignLeft | Qt::TextWordWrap, body);
    painter.drawText(text, Qt::AlignLeft | Qt::TextWordWrap, body);

    // The table, with the QR of the receipt number to its right. Rows grow with wrapped values.
    const double qrWidth = 32;
    const double tableTop = used.bottom() + mm(4);
    const double tableRight = area.right() - mm(qrWidth + 5);
    const double labelWidth = mm(36);
    const double minRow = mm(8);
    painter.setFont(documentFont(10.5));
    double y = tableTop;
    for (const JudicialReceiptRow &row : judicialReceiptRows(d)) {
        const QRectF valueBox(area.left() + labelWidth + mm(2), y,
                              tableRight - area.left() - labelWidth - mm(4), mm(60));
        const QRectF need = painter.boundingRect(valueBox, Qt::AlignLeft | Qt::TextWordWrap, row.value);
        const double height = std::max(minRow, need.height() + mm(3));
        const QRectF cell(area.left(), y, tableRight - area.left(), height);
        painter.drawRect(cell);
        painter.drawLine(QPointF(cell.left() + labelWidth, cell.top()),
                         QPointF(cell.left() + labelWidth, cell.bottom()));
        painter.drawText(QRectF(cell.left() + mm(2), y, labelWidth - mm(3), height),
                         Qt::AlignLeft | Qt::AlignVCenter, row.label);
        painter.drawText(QRectF(valueBox.left(), y, valueBox.width(), height),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, row.value);
        y += height;
    }

    if (!d.number.isEmpty()) {
        if (const auto symbol = QrSymbol::encodeText(d.number, QrSymbol::Level::Q)) {
            const QRectF qr = paintQrSymbol(painter, symbol.value(),
                                            QPointF(area.right() - mm(qrWidth), tableTop), qrWidth);
            painter.setFont(documentFont(7.5));
            painter.drawText(QRectF(qr.left() - mm(4), qr.bottom() + mm(1), qr.width() + mm(8), mm(5)),
                             Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("扫码核验回执编号"));
        }
    }

    // Notes as sentences, then who handled it.
    painter.setFont(documentFont(10));
    QRectF noteBox(area.left(), y + mm(4), area.width(), mm(30));
    for (const QString &code : d.notes) {
        const QString sentence = QStringLiteral("※ ") + judicialNoteText(code);
        used = painter.boundingRect(noteBox, Qt::AlignLeft | Qt::TextWordWrap, sentence);
        painter.drawText(noteBox, Qt::AlignLeft | Qt::TextWordWrap, sentence);
        noteBox.setTop(used.bottom() + mm(1.5));
    }
    line = QRectF(area.left(), noteBox.top() + mm(6), area.width(), mm(7));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("经办人：%1　　复核人：%2").arg(d.teller, d.supervisor));
    line.translate(0, mm(14));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, d.centerName + QStringLiteral("（盖章）"));
    line.translate(0, mm(7));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, dateText(local.date()));

    if (d.training)
        paintTrainingWatermark(painter, page);
    painter.restore();
}

} // namespace hpf::printing
