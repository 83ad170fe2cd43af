#include "codereader.h"

#include "crypto/certcodec.h"
#include "imaging/codec.h"

#define ZX_USE_UTF8
#include <QFile>
#include <QFileInfo>
#include <ZXing/ReadBarcode.h>

namespace hpf::client {

namespace {
// A certificate is one or two pages; anything far larger is not what a customer presents.
constexpr qint64 kMaxPdfBytes = 32 * 1024 * 1024;
} // namespace

Result<QString> CodeReader::readImage(const QImage &image)
{
    if (image.isNull())
        return makeError(u"code.unreadable_file"_qs, u"file"_qs, u"not an image"_qs);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const auto hints =
        ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return makeError(u"code.not_found"_qs, u"file"_qs, u"no QR code found in the image"_qs);
    return QString::fromStdString(result.text());
}

Result<QString> CodeReader::readFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return makeError(u"code.unreadable_file"_qs, u"file"_qs, u"cannot read "_qs + path);
    if (!path.endsWith(u".pdf", Qt::CaseInsensitive)) {
        QImage image(path);
        return readImage(image);
    }
    // First page at 200 dpi (enough for the >= 0.34 mm modules our certificates print), rendered in
    // process by the archive's PDF codec (Poppler); the verify page calls this from a worker thread.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxPdfBytes)
        return makeError(u"code.unreadable_file"_qs, u"file"_qs, u"cannot read or too large: "_qs + path);
    const QByteArray bytes = file.readAll();
    auto page = imaging::decodePage(bytes, u"application/pdf"_qs, 0, 200);
    if (!page)
        return makeError(u"code.pdf_render"_qs, u"file"_qs,
                         page.error().code + u": "_qs + page.error().detail);
    return readImage(*page);
}

QString CodeReader::cleanTypedInput(const QString &typed)
{
    return crypto::cleanPresentedCode(typed);
}

} // namespace hpf::client
