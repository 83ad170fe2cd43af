#pragma once

#include <QImage>
#include <QRect>
#include <QtGlobal>

// Light clean-up of scanned pages (DA/T 31 §10.2–10.4: rotation, deskew, crop; the page's
// appearance is kept) and the checks the capture desk flags pages with. Pure functions.
namespace hpf::imaging {

// Turns by quarterTurns × 90° clockwise (negative: anticlockwise).
QImage rotate(const QImage &image, int quarterTurns);

// The skew of the text lines, in degrees within ±maxDegrees (0 when the page has too little ink
// to tell). Positive means the content is rotated clockwise.
double estimateSkew(const QImage &image, double maxDegrees = 8.0);
// Rotates by -degrees about the centre, filling with white, keeping the size.
QImage deskew(const QImage &image, double degrees);

// The bounding box of the content (non-white pixels) grown by marginPx, within the image; the
// whole image when it is blank.
QRect contentBounds(const QImage &image, int marginPx);
QImage autoCrop(const QImage &image, int marginPx);

// Fraction of dark pixels (0..1) ignoring a 3% border, where scanner shadows sit.
double inkRatio(const QImage &image);
// A page with (almost) no ink: likely the blank back of a sheet.
bool isBlank(const QImage &image, double maxInkRatio = 0.003);

// 64-bit difference hash of the page's appearance; near-duplicates differ in few bits.
quint64 perceptualHash(const QImage &image);
int hashDistance(quint64 a, quint64 b);
bool isNearDuplicate(quint64 a, quint64 b, int maxDistance = 6);

// Otsu threshold to a 1-bit page for bitonal storage.
QImage toBitonal(const QImage &image);

} // namespace hpf::imaging
