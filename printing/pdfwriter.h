#pragma once

#include "base/result.h"

#include <QPageSize>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <functional>

namespace hpf::printing {

// Paints `pageCount` pages into a PDF at 600 dpi through the same paint function used for preview
// and printing. `paintPage(painter, pageRect, index)` gets the full page rectangle in device units.
// `isCancelled` is polled between pages (batch output with a cancel button).
// Error codes: pdf.open (cannot write the file), pdf.cancelled.
Status writePdf(const QString &path, const QPageSize &pageSize, int pageCount,
                const std::function<void(QPainter &, const QRectF &, int)> &paintPage,
                const std::function<bool()> &isCancelled = {}, const QString &title = {});

} // namespace hpf::printing
