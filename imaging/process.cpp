#include "imaging/process.h"

#include <QPainter>
#include <QTransform>
#include <QtMath>
#include <algorithm>
#include <array>
#include <bit>

namespace hpf::imaging {
namespace {

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// A grey working copy at most about `maxSide` pixels on its longer side: the mean of k × k blocks
// (k an integer), which keeps thin strokes as grey and is several times faster than a smooth scale.
QImage small(const QImage &image, int maxSide)
{
    const QImage g = grey(image);
    const int k = (qMax(g.width(), g.height()) + maxSide - 1) / maxSide;
    if (k <= 1)
        return g;
    const int w = g.width() / k, h = g.height() / k;
    QImage out(w, h, QImage::Format_Grayscale8);
    QList<quint32> sums(w);
    for (int y = 0; y < h; ++y) {
        sums.fill(0);
        for (int dy = 0; dy < k; ++dy) {
            const uchar *line = g.constScanLine(y * k + dy);
            for (int x = 0; x < w; ++x) {
                const uchar *block = line + x * k;
                quint32 sum = 0;
                for (int dx = 0; dx < k; ++dx)
                    sum += block[dx];
                sums[x] += sum;
            }
        }
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(sums[x] / quint32(k * k));
    }
    return out;
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

// Ink that is part of a 2×2 dark block: strokes, never the lone specks of dust and scanner noise.
bool solidAt(const uchar *line, const uchar *next, int x)
{
    return line[x] < kDark && line[x + 1] < kDark && next[x] < kDark && next[x + 1] < kDark;
}

// The bounding box of the solid ink of a grey page; null when there is none.
QRect solidInkBounds(const QImage &g)
{
    int top = g.height(), bottom = -1, left = g.width(), right = -1;
    for (int y = 0; y + 1 < g.height(); ++y) {
        const uchar *line = g.constScanLine(y), *next = g.constScanLine(y + 1);
        for (int x = 0; x + 1 < g.width(); ++x) {
            if (line[x] >= kDark || !solidAt(line, next, x))
                continue;
            top = qMin(top, y);
            bottom = qMax(bottom, y + 1);
            left = qMin(left, x);
            right = qMax(right, x + 1);
        }
    }
    return bottom < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

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
    if (image.isNull())
        return {};
    const QRect ink = solidInkBounds(grey(image));
    if (ink.isNull())
        return image.rect();
    return ink.adjusted(-marginPx, -marginPx, marginPx, marginPx) & image.rect();
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
    if (image.isNull())
        return true;
    if (inkRatio(image) > maxInkRatio)
        return false;
    // Few dark pixels overall, but one short line or a signature is still a page: look for a
    // tile (1/40 of the width) with at least 3% ink, at full resolution, inside the 3% border.
    const QImage g = grey(image);
    const int tile = qMax(8, g.width() / 40);
    const int bx = g.width() * 3 / 100, by = g.height() * 3 / 100;
    const int columns = (g.width() - 2 * bx + tile - 1) / tile;
    if (columns <= 0)
        return true;
    const qint64 needed = qMax<qint64>(4, qint64(tile) * tile * 3 / 100);
    QList<qint64> counts(columns, 0);
    for (int y = by; y < g.height() - by; ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = bx; x < g.width() - bx; ++x) {
            if (line[x] < kDark)
                ++counts[(x - bx) / tile];
        }
        if ((y - by + 1) % tile == 0 || y == g.height() - by - 1) {
            for (qint64 &c : counts) {
                if (c >= needed)
                    return false;
                c = 0;
            }
        }
    }
    return true;
}

quint64 perceptualHash(const QImage &image)
{
    if (image.isNull())
        return 0;
    // Measured within the content's bounds (so a shifted rescan hashes the same). 32 bits from the
    // row ink profile (where the lines and paragraph breaks are): a bit is set where the next of 33
    // bins holds clearly more ink, with a dead band so that noise does not flip bits between bins
    // of nearly equal ink. 32 bits from a 4 × 8 grid of ink density against its median (where on
    // the lines the ink is: indents, line ends, left or right alignment), so that two pages with
    // the same line pitch but different text do not look alike.
    const QImage g = small(image, 1000);
    const QRect c = solidInkBounds(g);
    if (c.isNull())
        return 0;
    std::array<double, 33> rows{};
    std::array<double, 32> cells{};
    for (int y = c.top(); y <= c.bottom(); ++y) {
        const uchar *line = g.constScanLine(y);
        const int row = (y - c.top()) * 33 / c.height();
        const int cellRow = (y - c.top()) * 4 / c.height();
        for (int x = c.left(); x <= c.right(); ++x) {
            if (line[x] < kDark) {
                rows[row] += 1;
                cells[cellRow * 8 + (x - c.left()) * 8 / c.width()] += 1;
            }
        }
    }
    double mean = 0;
    for (double b : rows)
        mean += b / 33.0;
    quint64 out = 0;
    for (int i = 0; i < 32; ++i) {
        if (rows[i + 1] > rows[i] + 0.35 * mean)
            out |= quint64(1) << i;
    }
    std::array<double, 32> sorted = cells;
    std::nth_element(sorted.begin(), sorted.begin() + 16, sorted.end());
    const double median = sorted[16];
    double cellMean = 0;
    for (double v : cells)
        cellMean += v / 32.0;
    for (int i = 0; i < 32; ++i) {
        // A dead band around the median keeps noise from flipping cells of nearly median ink.
        if (cells[i] > median + 0.15 * cellMean)
            out |= quint64(1) << (32 + i);
    }
    return out;
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
        uchar *dst = out.scanLine(y);
        std::fill(dst, dst + out.bytesPerLine(), 0);
        for (int x = 0; x < g.width(); ++x) {
            if (src[x] <= level)
                dst[x >> 3] |= uchar(0x80 >> (x & 7)); // Format_Mono: most significant bit first
        }
    }
    return out;
}

} // namespace hpf::imaging
