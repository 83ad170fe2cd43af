#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

// A handwritten signature as the face-to-face signing desk (面签) records it: the pen's path with
// time and pressure, not only its picture, so the signature is evidence of a signing act (电子签名法
// 第十三条) and the contract's signature block can cover it by digest. Shared by the client's
// signature pad and the server that stores and embeds it; the JSON form is the wire and storage
// format, and its compact bytes (toJsonBytes) are what the contract block digests.
namespace hpf::signing {

enum class PenSource { Mouse, Tablet, Touch };

struct StrokePoint
{
    double x = 0;        // pad pixels from the left, 0.01 resolution
    double y = 0;        // pad pixels from the top, 0.01 resolution
    qint64 t = 0;        // milliseconds since the signature's first point
    double pressure = 1; // 0…1, 0.001 resolution; a mouse presses 1, touch without pressure 1

    bool operator==(const StrokePoint &) const = default;
};

struct Stroke
{
    PenSource source = PenSource::Mouse;
    QList<StrokePoint> points;

    bool operator==(const Stroke &) const = default;
};

struct SignatureStrokes
{
    double width = 0; // the pad's size when signed: the coordinate space of the points
    double height = 0;
    QList<Stroke> strokes;

    bool isEmpty() const { return strokes.isEmpty(); }
    qsizetype pointCount() const;
    bool operator==(const SignatureStrokes &) const = default;
};

inline constexpr qsizetype kMaxStrokes = 1000;
inline constexpr qsizetype kMaxPoints = 50000;
inline constexpr double kMaxPadSide = 10000;

// Rounds a recorded value to the stored resolution, so a signature equals its own JSON round trip.
double roundCoordinate(double v);
double roundPressure(double p);

// {"v": 1, "width": 600, "height": 200,
//  "strokes": [{"source": "tablet", "points": [[x, y, t, pressure], …]}, …]}
QJsonObject toJson(const SignatureStrokes &signature);
QByteArray toJsonBytes(const SignatureStrokes &signature); // compact: the bytes digests cover

// Checks everything a client could send wrong. Error codes (field = `field` or a path below it,
// e.g. "signatures[0].strokes[2].points[7]"): signature.format (not this shape, unknown version
// or pen source, a stroke without points), signature.too_large (more than kMaxStrokes strokes or
// kMaxPoints points, a pad side beyond kMaxPadSide), signature.range (a point off the pad, a
// pressure outside 0…1), signature.time (time negative or running backwards).
Result<SignatureStrokes> fromJson(const QJsonObject &json, const QString &field = QStringLiteral("strokes"));
Result<SignatureStrokes> fromJsonBytes(QByteArrayView json, const QString &field = QStringLiteral("strokes"));

// signature.empty on `field` when nothing was signed: a pad left empty is never a signature.
Status requireSigned(const SignatureStrokes &signature, const QString &field = QStringLiteral("strokes"));

} // namespace hpf::signing
