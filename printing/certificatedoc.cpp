#include "certificatedoc.h"

#include "domain/money.h"
#include "paintkit.h"
#include "seal.h"

namespace hpf::printing {

// Certificates are official documents of the center and are always printed in Chinese.

std::optional<QrSymbol> certificateSymbol(const CertificateDocument &doc)
{
    if (doc.qrText.isEmpty())
        return std::nullopt;
    auto symbol = QrSymbol::encodeText(doc.qrText, QrSymbol::Level::Q);
    if (!symbol)
        return std::nullopt;
    return std::move(symbol.value());
}

void paintCertificate(QPainter &painter, const QRectF &page, const CertificateDocument &doc)
{
    const std::optional<QrSymbol> symbol = certificateSymbol(doc);
    paintCertificate(painter, page, doc, symbol ? &*symbol : nullptr);
}

void paintCertificate(QPainter &painter, const QRectF &page, const CertificateDocument &doc,
                      const QrSymbol *symbol)
{
    const Mm mm(painter);
    const QRectF area = page.adjusted(mm(20), mm(18), -mm(20), -mm(18));
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.3)));

    painter.setFont(documentFont(20, true, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), mm(14)), Qt::AlignCenter, doc.title);
    painter.setFont(documentFont(10));
    double y = area.top() + mm(17);
    painter.drawText(QRectF(area.left(), y, area.width(), mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("证明编号：%1").arg(doc.certificateNumber));
    y += mm(9);

    const double labelWidth = mm(45);
    const double rowHeight = mm(9);
    painter.setFont(documentFont(11));
    for (const CertificateDocument::Field &f : doc.fields) {
        QString value = f.value;
        if (f.amountFen) {
            const auto upper = money::toChineseUpper(*f.amountFen);
            value = money::format(*f.amountFen) + QStringLiteral(" 元（") +
                    (upper ? upper.value() : QString()) + QStringLiteral("）");
        }
        const QRectF cell(area.left(), y, area.width(), rowHeight);
        painter.drawRect(cell);
        painter.drawLine(QPointF(cell.left() + labelWidth, y),
                         QPointF(cell.left() + labelWidth, cell.bottom()));
        painter.drawText(QRectF(cell.left() + mm(2), y, labelWidth - mm(3), rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, f.label);
        painter.drawText(
            QRectF(cell.left() + labelWidth + mm(2), y, cell.width() - labelWidth - mm(4), rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, value);
        y += rowHeight;
    }

    y += mm(6);
    painter.setFont(documentFont(11));
    const QRectF statement(area.left(), y, area.width(), mm(20));
    painter.drawText(statement, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, doc.statement);
    y += mm(22);

    // Signed QR code bottom-left with its number and the verification hint; seal and date right.
    const double qrWidth = 33;
    const double qrTop = qMax(y, area.bottom() - mm(qrWidth + 16));
    if (symbol && !symbol->isNull()) {
        const QRectF used = paintQrSymbol(painter, *symbol, QPointF(area.left(), qrTop), qrWidth);
        painter.setFont(documentFont(8));
        painter.drawText(QRectF(area.left(), used.bottom() + mm(1), mm(90), mm(5)), Qt::AlignLeft,
                         QStringLiteral("证明编号 %1").arg(doc.certificateNumber));
        painter.drawText(QRectF(area.left(), used.bottom() + mm(5.5), mm(120), mm(5)), Qt::AlignLeft,
                         doc.verifyHint);
    }
    painter.setFont(documentFont(11));
    const QRectF right(area.right() - mm(75), qrTop, mm(75), mm(qrWidth));
    painter.drawText(right.adjusted(0, mm(2), 0, 0), Qt::AlignRight | Qt::AlignTop,
                     doc.centerName + u'\n' + doc.issueDate.toString(QStringLiteral("yyyy年M月d日")));
    paintSeal(painter, QPointF(right.right() - mm(24), right.top() + mm(12)), 40, doc.centerName,
              QStringLiteral("业务专用章"));
    painter.setFont(documentFont(9));
    painter.drawText(QRectF(area.left(), area.bottom() - mm(5), area.width(), mm(5)), Qt::AlignRight,
                     QStringLiteral("经办人：%1    联系电话：%2    有效期至：%3")
                         .arg(doc.handler, doc.phone, doc.validUntil.toString(QStringLiteral("yyyy-MM-dd"))));

    if (doc.training) {
        painter.save();
        painter.setFont(documentFont(48, true));
        painter.setPen(QColor(0, 0, 0, 55));
        painter.translate(page.center());
        painter.rotate(-30);
        painter.drawText(QRectF(-page.width() / 2, -mm(20), page.width(), mm(40)), Qt::AlignCenter,
                         QStringLiteral("培训环境 样本 无效"));
        painter.restore();
    }
    painter.restore();
}

} // namespace hpf::printing
