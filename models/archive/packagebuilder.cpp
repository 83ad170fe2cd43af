#include "archive/packagebuilder.h"

#include "archive/capturestore.h"
#include "imaging/codec.h"
#include "logging.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace hpf::client::archive {

QString pageFileName(int sequence, const QString &mediaType)
{
    QString ext = u"bin"_qs;
    if (mediaType == u"image/tiff")
        ext = u"tif"_qs;
    else if (mediaType == u"image/jpeg")
        ext = u"jpg"_qs;
    else if (mediaType == u"image/png")
        ext = u"png"_qs;
    else if (mediaType == u"application/pdf")
        ext = u"pdf"_qs;
    return u"p%1.%2"_qs.arg(sequence, 4, 10, QChar(u'0')).arg(ext);
}

Result<QByteArray> renderUseCopy(const QList<UseCopyPage> &pages, const QString &title, int renderDpi)
{
    if (pages.isEmpty())
        return makeError(u"capture.no_pages"_qs, QString(), u"no page for the use copy"_qs);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(u"HPF Counter"_qs);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    QPainter painter;
    bool first = true;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const UseCopyPage &page = pages.at(i);
        auto count = imaging::pageCount(page.bytes, page.mediaType);
        if (!count)
            return count.error();
        for (int n = 0; n < *count; ++n) {
            const bool isPdf = page.mediaType == u"application/pdf";
            auto image = imaging::decodePage(page.bytes, page.mediaType, n, isPdf ? renderDpi : 100);
            if (!image)
                return image.error();
            int dpi = isPdf ? renderDpi : qRound(image->dotsPerMeterX() * 0.0254);
            if (dpi < 50 || dpi > 2400)
                dpi = 300;
            const QSizeF mm(image->width() * 25.4 / dpi, image->height() * 25.4 / dpi);
            writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            if (first) {
                if (!painter.begin(&writer))
                    return makeError(u"capture.pdf"_qs, QString(), u"cannot start the PDF"_qs);
                first = false;
            } else if (!writer.newPage()) {
                return makeError(u"capture.pdf"_qs, QString(), u"cannot add a PDF page"_qs);
            }
            const QRect target(0, 0, writer.width(), writer.height());
            painter.drawImage(target, *image);
        }
    }
    painter.end();
    return pdf;
}

Result<BuiltPackage> buildPackage(const CaptureStore &store, const PackageInput &input)
{
    const QList<CapturedPage> pages = store.list(input.serial);
    if (pages.isEmpty())
        return makeError(u"capture.no_pages"_qs, QString(), u"the record has no captured page"_qs);
    BuiltPackage package;
    hpf::archive::Manifest &m = package.manifest;
    m.serial = input.serial;
    m.business = input.business;
    m.operatorId = input.operatorId;
    m.workstation = input.workstation;
    m.createdAt = input.createdAt.toUTC();
    QList<UseCopyPage> useCopy;
    for (const CapturedPage &page : pages) {
        auto bytes = store.data(page.id);
        if (!bytes)
            return bytes.error();
        const hpf::archive::FileDigests d = hpf::archive::digestOf(*bytes);
        hpf::archive::ManifestFile f;
        f.name = pageFileName(page.sequence, page.mediaType);
        f.role = u"page"_qs;
        f.material = page.material;
        f.sequence = page.sequence;
        f.mediaType = page.mediaType;
        f.size = d.size;
        f.sm3 = d.sm3;
        f.sha256 = d.sha256;
        f.digitisation = page.digitisation;
        m.files.append(f);
        package.files.append({f.name, *bytes});
        if (input.useCopy)
            useCopy.append({*bytes, page.mediaType});
    }
    if (input.useCopy) {
        auto pdf = renderUseCopy(useCopy, input.serial);
        if (!pdf)
            return pdf.error();
        const hpf::archive::FileDigests d = hpf::archive::digestOf(*pdf);
        hpf::archive::ManifestFile f;
        f.name = QString::fromLatin1(kUseCopyName);
        f.role = u"use-copy"_qs;
        f.mediaType = u"application/pdf"_qs;
        f.size = d.size;
        f.sm3 = d.sm3;
        f.sha256 = d.sha256;
        m.files.append(f);
        package.files.append({f.name, *pdf});
    }
    if (Status s = hpf::archive::validateDraft(m); !s)
        return s.error();
    qCInfo(lcArchive) << "package built:" << m.fileCount() << "files," << m.totalBytes() << "bytes";
    return package;
}

} // namespace hpf::client::archive
