#include "domain/signaturestrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <optional>

namespace hpf::signing {

namespace {

QString sourceName(PenSource source)
{
    switch (source) {
    case PenSource::Tablet:
        return QStringLiteral("tablet");
    case PenSource::Touch:
        return QStringLiteral("touch");
    case PenSource::Mouse:
        break;
    }
    return QStringLiteral("mouse");
}

std::optional<PenSource> sourceFromName(const QString &name)
{
    if (name == u"mouse")
        return PenSource::Mouse;
    if (name == u"tablet")
        return PenSource::Tablet;
    if (name == u"touch")
        return PenSource::Touch;
    return std::nullopt;
}

Result<StrokePoint> pointFromJson(const QJsonValue &value, const SignatureStrokes &pad, const QString &path)
{
    const QJsonArray a = value.toArray();
    if (!value.isArray() || a.size() != 4 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble() ||
        !a[3].isDouble())
        return makeError(u"signature.format"_qs, path, u"a point is [x, y, t, pressure]"_qs);
    StrokePoint p{a[0].toDouble(), a[1].toDouble(), 0, a[3].toDouble()};
    const double t = a[2].toDouble();
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x < 0 || p.y < 0 || p.x > pad.width ||
        p.y > pad.height)
        return makeError(u"signature.range"_qs, path, u"point off the pad"_qs);
    if (!std::isfinite(p.pressure) || p.pressure < 0 || p.pressure > 1)
        return makeError(u"signature.range"_qs, path, u"pressure outside 0…1"_qs);
    // Whole milliseconds below a day: a signature takes seconds, never longer.
    if (!std::isfinite(t) || t < 0 || t > 86'400'000 || t != std::floor(t))
        return makeError(u"signature.time"_qs, path, u"time not whole milliseconds within a day"_qs);
    p.t = qint64(t);
    p.x = roundCoordinate(p.x);
    p.y = roundCoordinate(p.y);
    p.pressure = roundPressure(p.pressure);
    return p;
}

} // namespace

qsizetype SignatureStrokes::pointCount() const
{
    qsizetype n = 0;
    for (const Stroke &s : strokes)
        n += s.points.size();
    return n;
}

double roundCoordinate(double v)
{
    return std::round(v * 100) / 100;
}

double roundPressure(double p)
{
    return std::round(std::clamp(p, 0.0, 1.0) * 1000) / 1000;
}

QJsonObject toJson(const SignatureStrokes &signature)
{
    QJsonArray strokes;
    for (const Stroke &stroke : signature.strokes) {
        QJsonArray points;
        for (const StrokePoint &p : stroke.points)
            points.append(QJsonArray{p.x, p.y, double(p.t), p.pressure});
        strokes.append(QJsonObject{{u"source"_qs, sourceName(stroke.source)}, {u"points"_qs, points}});
    }
    return QJsonObject{
        {u"v"_qs, 1},
        {u"width"_qs, signature.width},
        {u"height"_qs, signature.height},
        {u"strokes"_qs, strokes},
    };
}

QByteArray toJsonBytes(const SignatureStrokes &signature)
{
    return QJsonDocument(toJson(signature)).toJson(QJsonDocument::Compact);
}

Result<SignatureStrokes> fromJson(const QJsonObject &json, const QString &field)
{
    if (json.value(u"v"_qs).toInt(-1) != 1 || !json.value(u"strokes"_qs).isArray())
        return makeError(u"signature.format"_qs, field, u"not a version 1 signature"_qs);
    SignatureStrokes signature;
    signature.width = json.value(u"width"_qs).toDouble(-1);
    signature.height = json.value(u"height"_qs).toDouble(-1);
    if (!(signature.width >= 1 && signature.height >= 1))
        return makeError(u"signature.format"_qs, field, u"pad size missing"_qs);
    if (signature.width > kMaxPadSide || signature.height > kMaxPadSide)
        return makeError(u"signature.too_large"_qs, field, u"pad size"_qs);
    const QJsonArray strokes = json.value(u"strokes"_qs).toArray();
    if (strokes.size() > kMaxStrokes)
        return makeError(u"signature.too_large"_qs, field, u"%1 strokes"_qs.arg(strokes.size()));
    qsizetype total = 0;
    qint64 lastTime = 0;
    for (qsizetype i = 0; i < strokes.size(); ++i) {
        const QString strokePath = u"%1.strokes[%2]"_qs.arg(field).arg(i);
        const QJsonObject s = strokes[i].toObject();
        const std::optional<PenSource> source = sourceFromName(s.value(u"source"_qs).toString());
        const QJsonArray points = s.value(u"points"_qs).toArray();
        if (!strokes[i].isObject() || !source || points.isEmpty())
            return makeError(u"signature.format"_qs, strokePath, u"a stroke is {source, points}"_qs);
        total += points.size();
        if (total > kMaxPoints)
            return makeError(u"signature.too_large"_qs, field, u"more than %1 points"_qs.arg(kMaxPoints));
        Stroke stroke{*source, {}};
        stroke.points.reserve(points.size());
        for (qsizetype j = 0; j < points.size(); ++j) {
            const QString pointPath = u"%1.points[%2]"_qs.arg(strokePath).arg(j);
            Result<StrokePoint> p = pointFromJson(points[j], signature, pointPath);
            if (!p)
                return p.error();
            if (p->t < lastTime)
                return makeError(u"signature.time"_qs, pointPath, u"time runs backwards"_qs);
            lastTime = p->t;
            stroke.points.append(*p);
        }
        signature.strokes.append(std::move(stroke));
    }
    return signature;
}

Result<SignatureStrokes> fromJsonBytes(QByteArrayView json, const QString &field)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"signature.format"_qs, field, u"not a JSON object"_qs);
    return fromJson(document.object(), field);
}

Status requireSigned(const SignatureStrokes &signature, const QString &field)
{
    if (signature.isEmpty())
        return makeError(u"signature.empty"_qs, field, u"the pad was left empty"_qs);
    return {};
}

} // namespace hpf::signing
