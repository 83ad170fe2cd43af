#include "imaging/tiffcodec_p.h"

#include <QtGlobal>
#include <cstring>
#include <memory>
#include <tiffio.h>

namespace hpf::imaging::tiff {
namespace {

// A growable in-memory file for TIFFClientOpen.
struct MemoryFile
{
    QByteArray data;
    qint64 pos = 0;
    bool writable = false;
};

tmsize_t readProc(thandle_t h, void *buf, tmsize_t size)
{
    auto *f = static_cast<MemoryFile *>(h);
    const qint64 n = qBound(qint64(0), qint64(f->data.size()) - f->pos, qint64(size));
    if (n > 0)
        std::memcpy(buf, f->data.constData() + f->pos, size_t(n));
    f->pos += n;
    return tmsize_t(n);
}

tmsize_t writeProc(thandle_t h, void *buf, tmsize_t size)
{
    auto *f = static_cast<MemoryFile *>(h);
    if (!f->writable)
        return 0;
    if (f->pos + size > f->data.size())
        f->data.resize(f->pos + size);
    std::memcpy(f->data.data() + f->pos, buf, size_t(size));
    f->pos += size;
    return size;
}

toff_t seekProc(thandle_t h, toff_t off, int whence)
{
    auto *f = static_cast<MemoryFile *>(h);
    qint64 base = 0;
    if (whence == SEEK_CUR)
        base = f->pos;
    else if (whence == SEEK_END)
        base = f->data.size();
    const qint64 target = base + qint64(off);
    if (target < 0)
        return toff_t(-1);
    if (target > f->data.size() && f->writable)
        f->data.resize(target);
    f->pos = target;
    return toff_t(target);
}

int closeProc(thandle_t)
{
    return 0;
}
toff_t sizeProc(thandle_t h)
{
    return toff_t(static_cast<MemoryFile *>(h)->data.size());
}
int mapProc(thandle_t, tdata_t *, toff_t *)
{
    return 0;
}
void unmapProc(thandle_t, tdata_t, toff_t) {}

// libtiff reports through process-wide handlers; ours keep the last message per thread.
thread_local QByteArray t_lastError;
void errorHandler(const char *module, const char *fmt, va_list ap)
{
    char buf[512];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    t_lastError = QByteArray(module ? module : "tiff") + ": " + buf;
}
void warningHandler(const char *, const char *, va_list) {}

struct TiffCloser
{
    void operator()(TIFF *t) const { TIFFClose(t); }
};
using TiffPtr = std::unique_ptr<TIFF, TiffCloser>;

TiffPtr open(MemoryFile &file, const char *mode)
{
    static const bool installed = [] {
        TIFFSetErrorHandler(errorHandler);
        TIFFSetWarningHandler(warningHandler);
        return true;
    }();
    Q_UNUSED(installed);
    t_lastError.clear();
    return TiffPtr(TIFFClientOpen("memory", mode, &file, readProc, writeProc, seekProc, closeProc, sizeProc,
                                  mapProc, unmapProc));
}

Error corrupt(const char *what)
{
    return makeError(QStringLiteral("imaging.corrupt"), QString(),
                     QString::fromLatin1(what) + QStringLiteral(" ") + QString::fromUtf8(t_lastError));
}

} // namespace

Result<QByteArray> encodeG4(const QImage &image, int dpi)
{
    // MinIsWhite: bit 1 is black. Qt's Mono colour table may say either; normalise to index 1 = black.
    QImage mono = image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    if (mono.isNull() || mono.width() <= 0 || mono.height() <= 0)
        return makeError(QStringLiteral("imaging.empty"), QString(), QStringLiteral("empty page"));
    const bool indexOneIsBlack = mono.colorCount() >= 2 && qGray(mono.color(1)) < qGray(mono.color(0));

    MemoryFile file;
    file.writable = true;
    {
        TiffPtr tif = open(file, "w");
        if (!tif)
            return corrupt("cannot open TIFF for writing:");
        TIFF *t = tif.get();
        TIFFSetField(t, TIFFTAG_IMAGEWIDTH, uint32_t(mono.width()));
        TIFFSetField(t, TIFFTAG_IMAGELENGTH, uint32_t(mono.height()));
        TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, uint16_t(1));
        TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
        TIFFSetField(t, TIFFTAG_PHOTOMETRIC, uint16_t(PHOTOMETRIC_MINISWHITE));
        TIFFSetField(t, TIFFTAG_COMPRESSION, uint16_t(COMPRESSION_CCITTFAX4));
        TIFFSetField(t, TIFFTAG_FILLORDER, uint16_t(FILLORDER_MSB2LSB));
        TIFFSetField(t, TIFFTAG_PLANARCONFIG, uint16_t(PLANARCONFIG_CONTIG));
        TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, uint32_t(mono.height()));
        TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, uint16_t(RESUNIT_INCH));
        TIFFSetField(t, TIFFTAG_XRESOLUTION, float(dpi));
        TIFFSetField(t, TIFFTAG_YRESOLUTION, float(dpi));
        const int rowBytes = (mono.width() + 7) / 8;
        QByteArray row(rowBytes, Qt::Uninitialized);
        for (int y = 0; y < mono.height(); ++y) {
            const uchar *src = mono.constScanLine(y);
            for (int i = 0; i < rowBytes; ++i)
                row[i] = char(indexOneIsBlack ? src[i] : uchar(~src[i]));
            if (TIFFWriteScanline(t, row.data(), uint32_t(y), 0) < 0)
                return corrupt("cannot write TIFF scanline:");
        }
        if (!TIFFWriteDirectory(t))
            return corrupt("cannot write TIFF directory:");
    }
    return file.data;
}

Result<QImage> decode(QByteArrayView bytes, int page)
{
    MemoryFile file;
    file.data = bytes.toByteArray();
    TiffPtr tif = open(file, "rm");
    if (!tif)
        return corrupt("not a TIFF file:");
    TIFF *t = tif.get();
    if (page < 0 || !TIFFSetDirectory(t, uint16_t(page)))
        return makeError(QStringLiteral("imaging.page_range"), QString(),
                         QStringLiteral("no such TIFF page"));
    uint32_t width = 0, height = 0;
    uint16_t bits = 1, samples = 1, photometric = PHOTOMETRIC_MINISWHITE;
    TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(t, TIFFTAG_IMAGELENGTH, &height);
    TIFFGetFieldDefaulted(t, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(t, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(t, TIFFTAG_PHOTOMETRIC, &photometric);
    if (width == 0 || height == 0 || width > 30000 || height > 30000)
        return makeError(QStringLiteral("imaging.corrupt"), QString(),
                         QStringLiteral("TIFF size out of range"));

    float xres = 0;
    const bool hasRes = TIFFGetField(t, TIFFTAG_XRESOLUTION, &xres) == 1 && xres > 0;
    QImage image;
    if (bits == 1 && samples == 1) {
        image = QImage(int(width), int(height), QImage::Format_Mono);
        image.setColorCount(2);
        const bool whiteIsZero = photometric == PHOTOMETRIC_MINISWHITE;
        image.setColor(0, whiteIsZero ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
        image.setColor(1, whiteIsZero ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        for (uint32_t y = 0; y < height; ++y) {
            if (TIFFReadScanline(t, image.scanLine(int(y)), y, 0) < 0)
                return corrupt("TIFF scanline unreadable:");
        }
    } else {
        // Everything else through libtiff's RGBA reader.
        image = QImage(int(width), int(height), QImage::Format_ARGB32);
        if (!TIFFReadRGBAImageOriented(t, width, height, reinterpret_cast<uint32_t *>(image.bits()),
                                       ORIENTATION_TOPLEFT, 0))
            return corrupt("TIFF image unreadable:");
        image = image.rgbSwapped(); // ABGR (libtiff) → ARGB (Qt) on little-endian
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    if (hasRes) {
        const int dpm = qRound(xres / 0.0254);
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
    }
    return image;
}

Result<int> pageCount(QByteArrayView bytes)
{
    MemoryFile file;
    file.data = bytes.toByteArray();
    TiffPtr tif = open(file, "rm");
    if (!tif)
        return corrupt("not a TIFF file:");
    return int(TIFFNumberOfDirectories(tif.get()));
}

} // namespace hpf::imaging::tiff
