#pragma once

#include <QPainter>
#include <QPointF>
#include <QString>

namespace hpf::printing {

// The center's round seal drawn as vector artwork from its name: a red ring, a five-pointed star,
// the name set along the upper arc and the purpose (e.g. 业务专用章) across the bottom. It marks
// a printout as issued by the center; the legal proof is the SM2 signature in the QR code.
void paintSeal(QPainter &painter, QPointF centre, double diameterMm, const QString &centerName,
               const QString &purpose);

} // namespace hpf::printing
