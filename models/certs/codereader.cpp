#include "codereader.h"

#include "crypto/certcodec.h"

#define ZX_USE_UTF8
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <ZXing/ReadBarcode.h>

namespace hpf::client {

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
    // First page at 200 dpi: enough for the ≥ 0.34 mm modules our certificates print.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(u"code.pdf_render"_qs, u"file"_qs, u"no temporary directory"_qs);
    const QString prefix = dir.filePath(u"page"_qs);
    QProcess pdftoppm;
    pdftoppm.start(u"pdftoppm"_qs, {u"-r"_qs, u"200"_qs, u"-gray"_qs, u"-f"_qs, u"1"_qs, u"-l"_qs, u"1"_qs,
                                    u"-png"_qs, u"-singlefile"_qs, path, prefix});
    // A bounded wait on a short local conversion, run from a worker (the verify page calls this
    // through QtConcurrent), never on the GUI thread.
    if (!pdftoppm.waitForFinished(20000) || pdftoppm.exitCode() != 0)
        return makeError(u"code.pdf_render"_qs, u"file"_qs,
                         QString::fromLocal8Bit(pdftoppm.readAllStandardError()));
    return readImage(QImage(prefix + u".png"_qs));
}

QString CodeReader::cleanTypedInput(const QString &typed)
{
    return crypto::cleanPresentedCode(typed);
}

} // namespace hpf::client
