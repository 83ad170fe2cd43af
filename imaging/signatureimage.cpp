#include "imaging/signatureimage.h"

#include <QPainter>
#include <algorithm>

namespace hpf::imaging {

double inkWidth(double pressure, double baseWidth)
{
    return baseWidth * (0.35 + 1.3 * std::clamp(pressure, 0.0, 1.0));
}

void paintStrokes(QPainter &painter, const QList<signing::Stroke> &strokes, QColor ink, double baseWidth)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const signing::Stroke &stroke : strokes) {
        if (stroke.points.size() == 1) {
            // A dot (the point over an i, a full stop): a disc as wide as the pen.
            const signing::StrokePoint &p = stroke.points.first();
            const double r = inkWidth(p.pressure, baseWidth) / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawEllipse(QPointF(p.x, p.y), r, r);
            continue;
        }
        // Segment by segment, each as wide as the mean pressure at its ends; round caps join them.
        for (qsizetype i = 1; i < stroke.points.size(); ++i) {
            const signing::StrokePoint &a = stroke.points[i - 1];
            const signing::StrokePoint &b = stroke.points[i];
            QPen pen(ink, inkWidth((a.pressure + b.pressure) / 2, baseWidth), Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
            painter.setPen(pen);
            painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y));
        }
    }
    painter.restore();
}

QImage renderSignature(const signing::SignatureStrokes &signature, QSize size, QColor ink, double baseWidth)
{
    if (size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (signature.isEmpty() || signature.width <= 0 || signature.height <= 0)
        return image;

    const double scale = std::min(size.width() / signature.width, size.height() / signature.height);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate((size.width() - signature.width * scale) / 2,
                      (size.height() - signature.height * scale) / 2);
    painter.scale(scale, scale);
    paintStrokes(painter, signature.strokes, ink, baseWidth);
    return image;
}

} // namespace hpf::imaging
