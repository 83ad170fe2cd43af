#include "archivecopy.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>
#include <QtMath>

namespace hpf::printing {

void paintWatermarkedPage(QPainter &painter, const QRectF &target, const QImage &page,
                          const QString &watermark)
{
    painter.save();
    const QSizeF size = QSizeF(page.size()).scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF placed(target.center() - QPointF(size.width() / 2, size.height() / 2), size);
    painter.drawImage(placed, page);

    // Diagonal watermark rows, translucent, across the whole page.
    QFont font = painter.font();
    font.setPixelSize(qMax(8, int(placed.width() / 28)));
    painter.setFont(font);
    painter.setPen(QColor(120, 120, 120, 90));
    painter.setClipRect(placed);
    painter.translate(placed.center());
    painter.rotate(-30);
    const qreal diagonal = std::hypot(placed.width(), placed.height());
    const qreal step = font.pixelSize() * 6.0;
    for (qreal y = -diagonal / 2; y <= diagonal / 2; y += step)
        painter.drawText(QRectF(-diagonal / 2, y, diagonal, step), Qt::AlignCenter, watermark);
    painter.restore();

    // And once, legible, in the footer.
    painter.save();
    QFont footer = painter.font();
    footer.setPixelSize(qMax(8, int(placed.height() / 80)));
    painter.setFont(footer);
    painter.setPen(QColor(60, 60, 60));
    const QRectF band(placed.left(), placed.bottom() - footer.pixelSize() * 2.0, placed.width(),
                      footer.pixelSize() * 2.0);
    painter.fillRect(band, QColor(255, 255, 255, 200));
    painter.drawText(band, Qt::AlignCenter, watermark);
    painter.restore();
}

QByteArray watermarkedPdf(const QList<QImage> &pages, const QString &watermark, const QString &title)
{
    if (pages.isEmpty())
        return {};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("HPF Counter"));
    writer.setResolution(300);
    QPainter painter;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage &image = pages.at(i);
        int dpi = qRound(image.dotsPerMeterX() * 0.0254);
        if (dpi < 50 || dpi > 2400)
            dpi = 300;
        writer.setPageSize(QPageSize(QSizeF(image.width() * 25.4 / dpi, image.height() * 25.4 / dpi),
                                     QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (i == 0) {
            if (!painter.begin(&writer))
                return {};
        } else {
            writer.newPage();
        }
        paintWatermarkedPage(painter, QRectF(0, 0, writer.width(), writer.height()), image, watermark);
    }
    painter.end();
    return pdf;
}

} // namespace hpf::printing
