#include "receipt.h"

#include "domain/money.h"
#include "paintkit.h"

namespace hpf::printing {

// Printed receipts are official documents of the center and are always in Chinese.

void paintReceipt(QPainter &painter, const QRectF &page, const ReceiptData &data)
{
    const Mm mm(painter);
    const QRectF area = page.adjusted(mm(12), mm(10), -mm(12), -mm(10));
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.3)));

    // Header: center, title, reprint mark.
    painter.setFont(documentFont(15, true));
    QRectF line(area.left(), area.top(), area.width(), mm(9));
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, data.centerName);
    line.translate(0, mm(9));
    painter.setFont(documentFont(13, true));
    QString title = data.title;
    if (data.reprintCount > 0)
        title += QStringLiteral("（补打 第%1次）").arg(data.reprintCount);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, title);
    if (!data.headline.value.isEmpty()) {
        line.translate(0, mm(9));
        painter.setFont(documentFont(14, true));
        painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                         QStringLiteral("%1：%2").arg(data.headline.label, data.headline.value));
    }

    // Serial, time, branch and teller on one line each side.
    painter.setFont(documentFont(9.5));
    line = QRectF(area.left(), line.bottom() + mm(3), area.width(), mm(6));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("业务流水号：%1").arg(data.serial));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("办理时间：%1").arg(data.time.toString(u"yyyy-MM-dd HH:mm:ss"_qs)));
    line.translate(0, mm(6));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("办理网点：%1").arg(data.branchName));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("经办柜员：%1").arg(data.teller));

    // QR of the serial, right-hand side; fields in a ruled table to its left.
    const double qrWidth = 30;
    const double tableTop = line.bottom() + mm(3);
    const double tableRight = area.right() - mm(qrWidth + 4);
    const double rowHeight = mm(7.5);
    const double labelWidth = mm(38);
    painter.setFont(documentFont(10));
    double y = tableTop;
    QList<ReceiptData::Field> rows = data.fields;
    if (data.amountFen) {
        rows.append({data.amountLabel.isEmpty() ? QStringLiteral("金额") : data.amountLabel,
                     money::format(*data.amountFen)});
        const auto upper = money::toChineseUpper(*data.amountFen);
        rows.append({QStringLiteral("金额（大写）"), upper ? upper.value() : QString()});
    }
    for (const ReceiptData::Field &f : std::as_const(rows)) {
        const QRectF cell(area.left(), y, tableRight - area.left(), rowHeight);
        painter.drawRect(cell);
        painter.drawLine(QPointF(cell.left() + labelWidth, cell.top()),
                         QPointF(cell.left() + labelWidth, cell.bottom()));
        painter.drawText(QRectF(cell.left() + mm(2), y, labelWidth - mm(3), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, f.label);
        painter.drawText(
            QRectF(cell.left() + labelWidth + mm(2), y, cell.width() - labelWidth - mm(3), rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, f.value);
        y += rowHeight;
    }

    if (!data.qrText.isEmpty()) {
        const auto symbol = QrSymbol::encodeText(data.qrText, QrSymbol::Level::Q);
        if (symbol) {
            const QRectF used = paintQrSymbol(painter, symbol.value(),
                                              QPointF(area.right() - mm(qrWidth), tableTop), qrWidth);
            painter.setFont(documentFont(7.5));
            painter.drawText(QRectF(used.left() - mm(4), used.bottom() + mm(1), used.width() + mm(8), mm(5)),
                             Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("扫码核验业务流水"));
        }
    }

    painter.setFont(documentFont(8.5));
    painter.drawText(QRectF(area.left(), y + mm(3), area.width(), mm(10)), Qt::AlignLeft | Qt::TextWordWrap,
                     QStringLiteral("本回单由系统根据中心已记账的业务生成，请妥善保管。"));

    if (data.training)
        paintTrainingWatermark(painter, page);
    painter.restore();
}

} // namespace hpf::printing
