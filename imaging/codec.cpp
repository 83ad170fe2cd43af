#include "imaging/codec.h"

#include "imaging/tiffcodec_p.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <memory>
#include <poppler-qt6.h>

namespace hpf::imaging {
namespace {

const QString kTiff = QStringLiteral("image/tiff");
const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");
const QString kPdf = QStringLiteral("application/pdf");

Error unsupported(const QString &mediaType)
{
    return makeError(QStringLiteral("imaging.unsupported_format"), QString(),
                     QStringLiteral("unsupported media type ") + mediaType);
}

Result<QImage> readWithQt(QByteArrayView bytes, const char *format)
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(QStringLiteral("imaging.corrupt"), QString(), reader.errorString());
    return image;
}

Result<std::unique_ptr<Poppler::Document>> openPdf(QByteArrayView bytes)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes.toByteArray());
    if (!doc)
        return makeError(QStringLiteral("imaging.corrupt"), QString(),
                         QStringLiteral("PDF cannot be opened"));
    if (doc->isLocked())
        return makeError(QStringLiteral("imaging.encrypted"), QString(),
                         QStringLiteral("PDF needs a password"));
    if (doc->numPages() <= 0)
        return makeError(QStringLiteral("imaging.corrupt"), QString(), QStringLiteral("PDF has no pages"));
    return doc;
}

} // namespace

bool isEncryptedPdf(QByteArrayView bytes)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes.toByteArray());
    return doc && (doc->isLocked() || doc->isEncrypted());
}

bool isSupportedMediaType(const QString &mediaType)
{
    return mediaType == kTiff || mediaType == kJpeg || mediaType == kPng || mediaType == kPdf;
}

QString sniffMediaType(QByteArrayView b)
{
    if (b.startsWith("II*\0") || b.startsWith("MM\0*"))
        return kTiff;
    if (b.size() >= 3 && uchar(b[0]) == 0xFF && uchar(b[1]) == 0xD8 && uchar(b[2]) == 0xFF)
        return kJpeg;
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return kPng;
    if (b.startsWith("%PDF-"))
        return kPdf;
    return {};
}

Result<EncodedPage> encodePage(const QImage &image, ColourMode mode, int dpi, int jpegQuality)
{
    if (image.isNull())
        return makeError(QStringLiteral("imaging.empty"), QString(), QStringLiteral("empty page"));
    if (mode == ColourMode::Bitonal) {
        Result<QByteArray> tiff = tiff::encodeG4(image, dpi);
        if (!tiff)
            return tiff.error();
        return EncodedPage{tiff.value(), kTiff, QStringLiteral("CCITT G4")};
    }
    QImage source = mode == ColourMode::Grey ? image.convertToFormat(QImage::Format_Grayscale8)
                                             : image.convertToFormat(QImage::Format_RGB32);
    const int dpm = qRound(dpi / 0.0254);
    source.setDotsPerMeterX(dpm);
    source.setDotsPerMeterY(dpm);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(jpegQuality);
    if (!writer.write(source))
        return makeError(QStringLiteral("imaging.encode"), QString(), writer.errorString());
    return EncodedPage{bytes, kJpeg, QStringLiteral("JPEG")};
}

Result<QImage> decodePage(QByteArrayView bytes, const QString &mediaType, int page, int dpi)
{
    if (bytes.isEmpty())
        return makeError(QStringLiteral("imaging.empty"), QString(), QStringLiteral("0-byte file"));
    if (mediaType == kPdf) {
        auto doc = openPdf(bytes);
        if (!doc)
            return doc.error();
        if (page < 0 || page >= doc.value()->numPages())
            return makeError(QStringLiteral("imaging.page_range"), QString(), QStringLiteral("no such page"));
        std::unique_ptr<Poppler::Page> p = doc.value()->page(page);
        QImage image = p ? p->renderToImage(dpi, dpi) : QImage();
        if (image.isNull())
            return makeError(QStringLiteral("imaging.corrupt"), QString(),
                             QStringLiteral("PDF page does not render"));
        return image;
    }
    if (mediaType == kTiff)
        return tiff::decode(bytes, page);
    if (page != 0)
        return makeError(QStringLiteral("imaging.page_range"), QString(),
                         QStringLiteral("an image has one page"));
    if (mediaType == kJpeg)
        return readWithQt(bytes, "jpeg");
    if (mediaType == kPng)
        return readWithQt(bytes, "png");
    return unsupported(mediaType);
}

Result<int> pageCount(QByteArrayView bytes, const QString &mediaType)
{
    if (bytes.isEmpty())
        return makeError(QStringLiteral("imaging.empty"), QString(), QStringLiteral("0-byte file"));
    if (mediaType == kPdf) {
        auto doc = openPdf(bytes);
        if (!doc)
            return doc.error();
        return doc.value()->numPages();
    }
    if (mediaType == kTiff)
        return tiff::pageCount(bytes);
    if (mediaType == kJpeg || mediaType == kPng)
        return 1;
    return unsupported(mediaType);
}

} // namespace hpf::imaging
