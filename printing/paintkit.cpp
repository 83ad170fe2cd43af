#include "paintkit.h"

#include <QColor>
#include <QPaintDevice>
#include <cmath>

namespace hpf::printing {

Mm::Mm(const QPainter &painter)
    : m_dotsPerMm(painter.device()->logicalDpiX() / 25.4)
{}

void paintTrainingWatermark(QPainter &painter, const QRectF &page)
{
    const Mm mm(painter);
    painter.save();
    painter.setFont(documentFont(40, true));
    painter.setPen(QColor(0, 0, 0, 60));
    painter.translate(page.center());
    painter.rotate(-25);
    painter.drawText(QRectF(-page.width() / 2, -mm(15), page.width(), mm(30)), Qt::AlignCenter,
                     QStringLiteral("培训环境 仅供练习"));
    painter.restore();
}

QFont documentFont(double points, bool bold, bool serif)
{
    QFont font(serif ? u"Noto Serif CJK SC"_qs : u"Noto Sans CJK SC"_qs);
    font.setStyleHint(serif ? QFont::Serif : QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

int dotsPerModule(int modules, double dpi, double targetWidthMm)
{
    // 0.3386 mm is the ICAO minimum module (4 dots at 300 dpi, 8 at 600 dpi); the epsilon keeps
    // exact multiples from rounding up.
    const int minimum = int(std::ceil(kMinimumModuleMm * dpi / 25.4 - 1e-9));
    const int total = modules + 2 * QrSymbol::kQuietZoneModules;
    const int fitting = int(std::floor(targetWidthMm * dpi / 25.4 / total));
    return std::max(minimum, fitting);
}

QRectF paintQrSymbol(QPainter &painter, const QrSymbol &symbol, QPointF topLeft, double targetWidthMm)
{
    if (symbol.isNull())
        return {};
    const Mm mm(painter);
    const int dots = dotsPerModule(symbol.size(), mm.dpi(), targetWidthMm);
    const int quiet = QrSymbol::kQuietZoneModules * dots;
    const int side = symbol.size() * dots + 2 * quiet;

    painter.save();
    // Snap to whole device dots.
    const QPointF device = painter.transform().map(topLeft);
    const QPoint origin(int(std::lround(device.x())), int(std::lround(device.y())));
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRect(origin, QSize(side, side)));
    painter.setBrush(Qt::black);
    // All dark runs in one call, in module units under a whole-dot scale: the PDF gets one fill of
    // short rectangles ("x y w 1 re") instead of one fill per run in device units, and every
    // module still lands on whole device dots.
    painter.translate(origin.x() + quiet, origin.y() + quiet);
    painter.scale(dots, dots);
    painter.drawRects(symbol.darkRuns());
    painter.restore();
    return QRectF(topLeft, QSizeF(side, side));
}

} // namespace hpf::printing
