#include "capture/fileimport.h"

#include "archive/manifest.h"
#include "imaging/codec.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>

namespace hpf::client::capture {
namespace {

Error fileError(const QString &code, const QString &detail)
{
    return makeError(code, u"file"_qs, detail);
}

Error fromImaging(const Error &e)
{
    if (e.code == u"imaging.encrypted"_qs)
        return fileError(u"capture.encrypted_pdf"_qs, e.detail);
    if (e.code == u"imaging.unsupported_format"_qs)
        return fileError(u"capture.unsupported_format"_qs, e.detail);
    if (e.code == u"imaging.empty"_qs)
        return fileError(u"capture.empty_file"_qs, e.detail);
    return fileError(u"capture.corrupt_file"_qs, e.detail);
}

// The bytes without trailing NULs and white space (some writers pad files).
QByteArrayView trimmedEnd(QByteArrayView b)
{
    qsizetype n = b.size();
    while (n > 0 &&
           (b[n - 1] == '\0' || b[n - 1] == '\n' || b[n - 1] == '\r' || b[n - 1] == ' ' || b[n - 1] == '\t'))
        --n;
    return b.first(n);
}

// Decoders recover what they can from a cut-off file (libjpeg fills the rest with grey, Poppler
// rebuilds a missing cross-reference table), so a truncated file is recognised by its missing end
// marker: JPEG's EOI, PNG's IEND chunk, PDF's %%EOF in the last 1024 bytes (ISO 32000 §7.5.5).
QString missingEnd(QByteArrayView bytes, const QString &mediaType)
{
    const QByteArrayView end = trimmedEnd(bytes);
    if (mediaType == u"image/jpeg"_qs && !end.endsWith("\xFF\xD9"))
        return u"JPEG has no end-of-image marker (truncated)"_qs;
    if (mediaType == u"image/png"_qs && !end.endsWith(QByteArrayView("IEND\xAE\x42\x60\x82", 8)))
        return u"PNG has no IEND chunk (truncated)"_qs;
    if (mediaType == u"application/pdf"_qs && !end.last(qMin<qsizetype>(1024, end.size())).contains("%%EOF"))
        return u"PDF has no %%EOF marker (truncated)"_qs;
    return {};
}

QImage thumbnail(const QImage &page, int side)
{
    return page.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(page.format() == QImage::Format_Mono || page.format() == QImage::Format_Grayscale8
                             ? QImage::Format_Grayscale8
                             : QImage::Format_RGB32);
}

} // namespace

Result<ImportedFile> importBytes(const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.isEmpty())
        return fileError(u"capture.empty_file"_qs, u"0 bytes"_qs);
    if (bytes.size() > hpf::archive::kMaxFileBytes)
        return fileError(u"capture.file_too_large"_qs, QString::number(bytes.size()) + u" bytes"_qs);
    ImportedFile file;
    file.mediaType = imaging::sniffMediaType(bytes);
    if (file.mediaType.isEmpty())
        return fileError(u"capture.unsupported_format"_qs, u"not PDF, JPEG, PNG or TIFF by content"_qs);
    if (file.mediaType == u"application/pdf"_qs && imaging::isEncryptedPdf(bytes))
        return fileError(u"capture.encrypted_pdf"_qs, u"PDF is encrypted"_qs);
    if (const QString missing = missingEnd(bytes, file.mediaType); !missing.isEmpty())
        return fileError(u"capture.corrupt_file"_qs, missing);
    Result<int> pages = imaging::pageCount(bytes, file.mediaType);
    if (!pages)
        return fromImaging(pages.error());
    if (pages.value() <= 0)
        return fileError(u"capture.corrupt_file"_qs, u"no pages"_qs);
    file.pages = pages.value();
    // Every page must open: a file that fails later in the archive's usability check is refused now.
    for (int i = 0; i < file.pages; ++i) {
        const bool wanted = i < options.thumbnails;
        Result<QImage> page = imaging::decodePage(bytes, file.mediaType, i, wanted ? 48 : 12);
        if (!page)
            return fromImaging(page.error());
        if (wanted)
            file.thumbnails.append(thumbnail(page.value(), options.thumbnailSide));
    }
    file.bytes = bytes;
    qCInfo(lcCapture) << "imported" << file.mediaType << bytes.size() << "bytes," << file.pages << "page(s)";
    return file;
}

Result<ImportedFile> importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > hpf::archive::kMaxFileBytes)
        return fileError(u"capture.file_too_large"_qs, QString::number(info.size()) + u" bytes"_qs);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(u"capture.file_unreadable"_qs, f.errorString());
    // Read at most one byte past the limit: a file that grew since the check is still refused.
    const QByteArray bytes = f.read(hpf::archive::kMaxFileBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return fileError(u"capture.file_unreadable"_qs, f.errorString());
    return importBytes(bytes, options);
}

} // namespace hpf::client::capture
