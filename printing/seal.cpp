#include "seal.h"

#include "paintkit.h"

#include <QPainterPath>
#include <QtMath>

namespace hpf::printing {

namespace {

QPainterPath star(QPointF centre, double outer)
{
    QPainterPath path;
    const double inner = outer * 0.382;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? outer : inner;
        const double angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

void paintSeal(QPainter &painter, QPointF centre, double diameterMm, const QString &centerName,
               const QString &purpose)
{
    const Mm mm(painter);
    const double radius = mm(diameterMm / 2);
    const QColor red(200, 16, 24);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(0.85); // ink over the signature line, as a stamped seal
    painter.setPen(QPen(red, mm(diameterMm / 40)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);

    painter.setPen(Qt::NoPen);
    painter.setBrush(red);
    painter.drawPath(star(centre, radius * 0.28));

    // The name along the upper arc, characters upright to the ring, spread over about 240°.
    const QList<uint> glyphs = centerName.toUcs4();
    if (!glyphs.isEmpty()) {
        const double span = qMin(210.0, 21.0 * glyphs.size());
        const double step = glyphs.size() > 1 ? span / (glyphs.size() - 1) : 0;
        QFont font = documentFont(diameterMm * 0.26, true, true);
        painter.setFont(font);
        painter.setPen(red);
        const double textRadius = radius * 0.70;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const double angle = -90.0 - span / 2 + i * step; // degrees, 0 = 3 o'clock
            painter.save();
            painter.translate(centre);
            painter.rotate(angle + 90.0);
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&glyphs[i]), 1);
            const QRectF box(-radius * 0.2, -textRadius - radius * 0.14, radius * 0.4, radius * 0.3);
            painter.drawText(box, Qt::AlignCenter, ch);
            painter.restore();
        }
    }
    if (!purpose.isEmpty()) {
        painter.setPen(red);
        painter.setFont(documentFont(diameterMm * 0.3, true, true));
        painter.drawText(
            QRectF(centre.x() - radius * 0.7, centre.y() + radius * 0.42, radius * 1.4, radius * 0.3),
            Qt::AlignCenter, purpose);
    }
    painter.restore();
}

} // namespace hpf::printing
