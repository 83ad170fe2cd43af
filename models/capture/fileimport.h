#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

// A file the teller brings instead of scanning (PDF, JPEG, PNG, TIFF): read, sniffed from its
// bytes (never its name), every page opened, the first pages rendered small for the page strip.
// Blocking and reentrant: the desk runs it on a worker (QtConcurrent::run).
namespace hpf::client::capture {

struct ImportedFile
{
    QByteArray bytes;  // the file as it was, archived unchanged
    QString mediaType; // image/tiff, image/jpeg, image/png or application/pdf
    int pages = 0;
    QList<QImage> thumbnails; // the first pages, at most thumbnailSide pixels on the longer side
    QString form = QStringLiteral("import"); // DA/T 46 数字化对象形态
};

struct ImportOptions
{
    int thumbnails = 4;
    int thumbnailSide = 160;
};

// Errors (field "file"): capture.empty_file, capture.file_too_large (> archive::kMaxFileBytes),
// capture.unsupported_format (not one of the four, by content), capture.corrupt_file
// (truncated or damaged; detail says where), capture.encrypted_pdf, capture.file_unreadable.
Result<ImportedFile> importFile(const QString &path, const ImportOptions &options = {});
Result<ImportedFile> importBytes(const QByteArray &bytes, const ImportOptions &options = {});

} // namespace hpf::client::capture
