#pragma once

#include "qrsymbol.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

// Small helpers shared by the document paint functions. Every document is painted by one pure
// function `paintX(QPainter &, const QRectF &page, const Data &)` in device units, so the same
// function serves the preview, the printer and the PDF writer.
namespace hpf::printing {

// Millimetres → device units for the painter's device.
class Mm
{
public:
    explicit Mm(const QPainter &painter);
    double operator()(double mm) const { return mm * m_dotsPerMm; }
    double dpi() const { return m_dotsPerMm * 25.4; }

private:
    double m_dotsPerMm;
};

// The document font (Noto CJK, installed with fonts-noto-cjk) at a size in points.
QFont documentFont(double points, bool bold = false, bool serif = false);
// The diagonal 培训环境 仅供练习 across `page`, on every printout of the training back end.
void paintTrainingWatermark(QPainter &painter, const QRectF &page);

// Paints a QR symbol with its 4-module quiet zone at `topLeft` (device units), about
// `targetWidthMm` wide including the quiet zone. Each module is a whole number of device dots and
// at least kMinimumModuleMm; dark runs are drawn as rectangles without antialiasing (vectors in a PDF).
// Returns the rectangle used, in device units.
QRectF paintQrSymbol(QPainter &painter, const QrSymbol &symbol, QPointF topLeft, double targetWidthMm);

// The smallest printed module that scans reliably (ICAO VDS, ≈ 0.34 mm).
inline constexpr double kMinimumModuleMm = 0.3386;

// Device dots per module for a symbol of `modules` (without quiet zone) at `dpi` aiming at
// `targetWidthMm` overall; never below kMinimumModuleMm in whole dots.
int dotsPerModule(int modules, double dpi, double targetWidthMm);

} // namespace hpf::printing
