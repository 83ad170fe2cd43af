#include "imaging/process.h"

#include <QPainter>
#include <QTransform>
#include <QtMath>
#include <array>
#include <bit>

namespace hpf::imaging {
namespace {

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// A working copy at most `maxSide` pixels on its longer side.
QImage small(const QImage &image, int maxSide)
{
    const QImage g = grey(image);
    if (qMax(g.width(), g.height()) <= maxSide)
        return g;
    return g.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

int otsuLevel(const QImage &g)
{
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(g.width()) * g.height();
    double sum = 0;
    for (int i = 0; i < 256; ++i)
        sum += double(i) * double(histogram[i]);
    double sumBackground = 0, best = -1;
    qint64 weightBackground = 0;
    int level = 128;
    for (int t = 0; t < 256; ++t) {
        weightBackground += histogram[t];
        if (weightBackground == 0)
            continue;
        const qint64 weightForeground = total - weightBackground;
        if (weightForeground == 0)
            break;
        sumBackground += double(t) * double(histogram[t]);
        const double meanB = sumBackground / double(weightBackground);
        const double meanF = (sum - sumBackground) / double(weightForeground);
        const double between =
            double(weightBackground) * double(weightForeground) * (meanB - meanF) * (meanB - meanF);
        if (between > best) {
            best = between;
            level = t;
        }
    }
    return level;
}

constexpr int kDark = 128; // a pixel darker than this is ink

} // namespace

QImage rotate(const QImage &image, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0)
        return image;
    return image.transformed(QTransform().rotate(90.0 * turns));
}

double estimateSkew(const QImage &image, double maxDegrees)
{
    const QImage g = small(image, 800);
    if (inkRatio(g) < 0.002)
        return 0;
    // Dark pixel coordinates, relative to the centre.
    QList<QPointF> ink;
    const QPointF centre(g.width() / 2.0, g.height() / 2.0);
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) {
            if (line[x] < kDark)
                ink.append(QPointF(x, y) - centre);
        }
    }
    // The angle whose horizontal projection is sharpest (largest sum of squared row counts).
    auto score = [&](double degrees) {
        const double r = qDegreesToRadians(degrees);
        const double s = std::sin(r), c = std::cos(r);
        QList<int> rows(g.height() * 2 + 1, 0);
        for (const QPointF &p : ink) {
            const int row = qRound(p.y() * c - p.x() * s) + g.height();
            if (row >= 0 && row < rows.size())
                ++rows[row];
        }
        double total = 0;
        for (int n : rows)
            total += double(n) * double(n);
        return total;
    };
    double bestAngle = 0, bestScore = score(0);
    for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.5) {
        const double v = score(a);
        if (v > bestScore) {
            bestScore = v;
            bestAngle = a;
        }
    }
    for (double a = bestAngle - 0.5; a <= bestAngle + 0.5 + 1e-9; a += 0.1) {
        const double v = score(a);
        if (v > bestScore) {
            bestScore = v;
            bestAngle = a;
        }
    }
    return qAbs(bestAngle) < 0.05 ? 0.0 : bestAngle;
}

QImage deskew(const QImage &image, double degrees)
{
    if (qFuzzyIsNull(degrees))
        return image;
    const QImage::Format format =
        image.format() == QImage::Format_Grayscale8 ? QImage::Format_Grayscale8 : QImage::Format_RGB32;
    const QImage source = image.convertToFormat(format);
    QImage out(source.size(), format);
    out.setDotsPerMeterX(image.dotsPerMeterX());
    out.setDotsPerMeterY(image.dotsPerMeterY());
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(source.width() / 2.0, source.height() / 2.0);
    p.rotate(-degrees);
    p.translate(-source.width() / 2.0, -source.height() / 2.0);
    p.drawImage(0, 0, source);
    p.end();
    return image.format() == QImage::Format_Mono ? toBitonal(out) : out;
}

QRect contentBounds(const QImage &image, int marginPx)
{
    const QImage g = grey(image);
    int top = g.height(), bottom = -1, left = g.width(), right = -1;
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) {
            if (line[x] < kDark) {
                top = qMin(top, y);
                bottom = qMax(bottom, y);
                left = qMin(left, x);
                right = qMax(right, x);
            }
        }
    }
    if (bottom < 0)
        return image.rect();
    return QRect(QPoint(left, top), QPoint(right, bottom))
               .adjusted(-marginPx, -marginPx, marginPx, marginPx) &
           image.rect();
}

QImage autoCrop(const QImage &image, int marginPx)
{
    return image.copy(contentBounds(image, marginPx));
}

double inkRatio(const QImage &image)
{
    const QImage g = small(image, 600);
    const int bx = g.width() * 3 / 100, by = g.height() * 3 / 100;
    qint64 dark = 0, all = 0;
    for (int y = by; y < g.height() - by; ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = bx; x < g.width() - bx; ++x) {
            ++all;
            dark += line[x] < kDark ? 1 : 0;
        }
    }
    return all == 0 ? 0.0 : double(dark) / double(all);
}

bool isBlank(const QImage &image, double maxInkRatio)
{
    return inkRatio(image) <= maxInkRatio;
}

quint64 perceptualHash(const QImage &image)
{
    const QImage g = grey(image).scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 hash = 0;
    int bit = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < 8; ++x, ++bit) {
            if (line[x] < line[x + 1])
                hash |= quint64(1) << bit;
        }
    }
    return hash;
}

int hashDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

bool isNearDuplicate(quint64 a, quint64 b, int maxDistance)
{
    return hashDistance(a, b) <= maxDistance;
}

QImage toBitonal(const QImage &image)
{
    const QImage g = grey(image);
    const int level = otsuLevel(g);
    QImage out(g.size(), QImage::Format_Mono);
    out.setColorCount(2);
    out.setColor(0, qRgb(255, 255, 255));
    out.setColor(1, qRgb(0, 0, 0));
    out.setDotsPerMeterX(image.dotsPerMeterX());
    out.setDotsPerMeterY(image.dotsPerMeterY());
    for (int y = 0; y < g.height(); ++y) {
        const uchar *src = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x)
            out.setPixel(x, y, src[x] <= level ? 1 : 0);
    }
    return out;
}

} // namespace hpf::imaging
