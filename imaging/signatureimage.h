#pragma once

#include "domain/signaturestrokes.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>

class QPainter;

// Draws a recorded signature (signing::SignatureStrokes) as ink: the picture on the signature
// pad, in the contract PDF's signature field and on the verify screen. The line follows the pen's
// pressure, so a tablet signature looks like one; a mouse (pressure 1) draws an even line.
namespace hpf::imaging {

// The pen's width in pad pixels at `pressure` (0…1): thin at a light touch, never invisible.
double inkWidth(double pressure, double baseWidth = 3.0);

// Paints strokes 1:1 in pad coordinates with `painter` (the pad draws itself with this).
void paintStrokes(QPainter &painter, const QList<signing::Stroke> &strokes, QColor ink = Qt::black,
                  double baseWidth = 3.0);

// The signature scaled into `size` (aspect ratio kept, centred) on a transparent background
// (ARGB32 premultiplied). An empty signature gives a transparent image; an empty size a null one.
QImage renderSignature(const signing::SignatureStrokes &signature, QSize size, QColor ink = Qt::black,
                       double baseWidth = 3.0);

} // namespace hpf::imaging
