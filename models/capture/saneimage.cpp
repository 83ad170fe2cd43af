#include "capture/sanescanner_p.h"

#include <cstring>

namespace hpf::client::capture {
namespace {

// Sample `index` (pixel × channels + channel) of a line, scaled to 0..255. For 1-bit colour
// SANE's test backend uses 1 = high intensity.
int sample(const uchar *line, int index, int depth)
{
    switch (depth) {
    case 1:
        return (line[index / 8] >> (7 - index % 8)) & 1 ? 255 : 0;
    case 16: {
        quint16 v;
        std::memcpy(&v, line + 2 * index, 2); // native byte order, as the SANE standard says
        return v >> 8;
    }
    default:
        return line[index];
    }
}

int linesOf(const SaneFrame &f)
{
    return f.bytesPerLine > 0 ? int(f.data.size() / f.bytesPerLine) : 0;
}

bool plausible(const SaneFrame &f, int channels)
{
    if (f.pixelsPerLine <= 0 || f.bytesPerLine <= 0 || linesOf(f) <= 0)
        return false;
    if (f.depth != 1 && f.depth != 8 && f.depth != 16)
        return false;
    const qint64 bits = qint64(f.pixelsPerLine) * channels * f.depth;
    return (bits + 7) / 8 <= f.bytesPerLine;
}

QImage greyImage(const SaneFrame &f)
{
    const int width = f.pixelsPerLine, height = linesOf(f);
    if (f.depth == 1) {
        QImage image(width, height, QImage::Format_Mono);
        image.setColorCount(2);
        image.setColor(0, qRgb(255, 255, 255));
        image.setColor(1, qRgb(0, 0, 0));
        const int bytes = (width + 7) / 8;
        for (int y = 0; y < height; ++y)
            std::memcpy(image.scanLine(y), f.data.constData() + qint64(y) * f.bytesPerLine, bytes);
        return image;
    }
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const uchar *src = reinterpret_cast<const uchar *>(f.data.constData()) + qint64(y) * f.bytesPerLine;
        uchar *dst = image.scanLine(y);
        for (int x = 0; x < width; ++x)
            dst[x] = uchar(sample(src, x, f.depth));
    }
    return image;
}

QImage rgbImage(const SaneFrame &f)
{
    const int width = f.pixelsPerLine, height = linesOf(f);
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        const uchar *src = reinterpret_cast<const uchar *>(f.data.constData()) + qint64(y) * f.bytesPerLine;
        uchar *dst = image.scanLine(y);
        for (int i = 0; i < width * 3; ++i)
            dst[i] = uchar(sample(src, i, f.depth));
    }
    return image;
}

// Three single-colour frames (any order) into one RGB image.
QImage threePassImage(const QList<SaneFrame> &frames)
{
    const SaneFrame *planes[3] = {nullptr, nullptr, nullptr};
    for (const SaneFrame &f : frames) {
        const int channel = f.format == SaneFrame::Red ? 0 : f.format == SaneFrame::Green ? 1 : 2;
        if (planes[channel] || !plausible(f, 1))
            return {};
        planes[channel] = &f;
    }
    for (const SaneFrame *p : planes) {
        if (!p || p->pixelsPerLine != planes[0]->pixelsPerLine || linesOf(*p) != linesOf(*planes[0]))
            return {};
    }
    const int width = planes[0]->pixelsPerLine, height = linesOf(*planes[0]);
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar *dst = image.scanLine(y);
        for (int c = 0; c < 3; ++c) {
            const SaneFrame &p = *planes[c];
            const uchar *src =
                reinterpret_cast<const uchar *>(p.data.constData()) + qint64(y) * p.bytesPerLine;
            for (int x = 0; x < width; ++x)
                dst[3 * x + c] = uchar(sample(src, x, p.depth));
        }
    }
    return image;
}

} // namespace

QImage imageFromFrames(const QList<SaneFrame> &frames)
{
    if (frames.size() == 1) {
        const SaneFrame &f = frames.first();
        if (f.format == SaneFrame::Gray)
            return plausible(f, 1) ? greyImage(f) : QImage();
        if (f.format == SaneFrame::Rgb)
            return plausible(f, 3) ? rgbImage(f) : QImage();
        return {};
    }
    if (frames.size() == 3)
        return threePassImage(frames);
    return {};
}

} // namespace hpf::client::capture
