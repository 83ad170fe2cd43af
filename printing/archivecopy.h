#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>

// The exported copy of an archive package (档案利用): every page image with the export's watermark
// (user, username, time, 档号) across the page and in its footer, so a printed or forwarded copy
// names who took it out. Pure paint functions: preview, printer and PDF paint the same.
namespace hpf::printing {

// Paints `page` scaled into `target` (aspect kept, centred) with `watermark` repeated diagonally
// in translucent grey and once in the footer.
void paintWatermarkedPage(QPainter &painter, const QRectF &target, const QImage &page,
                          const QString &watermark);

// One PDF, a page per image at the image's own size (from its resolution; 300 dpi when unknown),
// each watermarked. Empty when `pages` is empty.
QByteArray watermarkedPdf(const QList<QImage> &pages, const QString &watermark, const QString &title);

} // namespace hpf::printing
