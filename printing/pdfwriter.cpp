#include "pdfwriter.h"

#include <QFile>
#include <QPdfWriter>

namespace hpf::printing {

Status writePdf(const QString &path, const QPageSize &pageSize, int pageCount,
                const std::function<void(QPainter &, const QRectF &, int)> &paintPage,
                const std::function<bool()> &isCancelled, const QString &title)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(u"pdf.open"_qs, QString(), probe.errorString());
    probe.close();

    bool cancelled = false;
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(u"HPF Counter"_qs);
        if (!title.isEmpty())
            writer.setTitle(title);
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        for (int i = 0; i < pageCount; ++i) {
            if (isCancelled && isCancelled()) {
                cancelled = true;
                break;
            }
            if (i > 0)
                writer.newPage();
            paintPage(painter, page, i);
        }
        painter.end();
    }
    if (cancelled) {
        QFile::remove(path); // a partial batch is never left behind as if complete
        return makeError(u"pdf.cancelled"_qs, QString(), u"cancelled by the user"_qs);
    }
    return {};
}

} // namespace hpf::printing
