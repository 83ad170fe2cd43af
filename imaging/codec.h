#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>
#include <QString>

// Page image and document codecs (DA/T 31: bitonal pages as TIFF with CCITT G4, grey and colour
// as JPEG; PDF as the use copy). Every function is reentrant and may run on a worker thread.
namespace hpf::imaging {

enum class ColourMode { Bitonal, Grey, Colour };

// Media types the archive accepts: image/tiff, image/jpeg, image/png, application/pdf.
bool isSupportedMediaType(const QString &mediaType);
// The media type of `bytes` from its signature (not its name), or an empty string.
QString sniffMediaType(QByteArrayView bytes);

struct EncodedPage
{
    QByteArray bytes;
    QString mediaType;   // image/tiff or image/jpeg
    QString compression; // DA/T 46 图像压缩方案: "CCITT G4" or "JPEG"
};

// Encodes a page: bitonal as a 1-bit TIFF with CCITT G4 (the image is thresholded at 50% grey
// if it is not already 1-bit), grey as 8-bit JPEG, colour as JPEG. `dpi` is written into the file.
Result<EncodedPage> encodePage(const QImage &image, ColourMode mode, int dpi, int jpegQuality = 85);

// Decodes an image file, or renders page `page` (0-based) of a PDF at `dpi`.
// Errors: imaging.unsupported_format, imaging.corrupt (with detail), imaging.page_range,
// imaging.encrypted (a PDF that needs a password to open).
Result<QImage> decodePage(QByteArrayView bytes, const QString &mediaType, int page = 0, int dpi = 100);

// A PDF with any encryption (a user or only an owner password): archives keep none (DA/T 70).
bool isEncryptedPdf(QByteArrayView bytes);

// Number of pages (1 for an image file). Errors as decodePage.
Result<int> pageCount(QByteArrayView bytes, const QString &mediaType);

} // namespace hpf::imaging
