#pragma once

#include "archive/manifest.h"
#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

namespace hpf::client::archive {

class CaptureStore;

struct PackageFileBytes
{
    QString name;
    QByteArray bytes;
};

// A package ready to upload: the draft manifest (no 档号, no registration time) and every file's
// exact bytes, in manifest order.
struct BuiltPackage
{
    hpf::archive::Manifest manifest;
    QList<PackageFileBytes> files;
};

struct PackageInput
{
    QString serial;
    QString business;
    QString operatorId;
    QString workstation;
    QDateTime createdAt;
    bool useCopy = true; // add the use copy (one PDF of every page)
};

// The file name of page `sequence` in a package ("p0001.tif", "p0002.jpg", "p0003.pdf").
QString pageFileName(int sequence, const QString &mediaType);
inline constexpr char kUseCopyName[] = "usecopy.pdf";

// Builds the archive package of a record from its captured pages: each page as captured (scanned
// pages already encoded TIFF G4 / JPEG, imports as imported), the use copy and the draft manifest
// with SM3 and SHA-256 of every file. Errors: capture.no_pages, the store's and imaging's errors,
// manifest.invalid (validateDraft).
Result<BuiltPackage> buildPackage(const CaptureStore &store, const PackageInput &input);

// The use copy (利用件): one PDF with every page at its own size (from its resolution; 300 dpi
// when unknown); the pages of an imported PDF rendered at `renderDpi`.
struct UseCopyPage
{
    QByteArray bytes;
    QString mediaType;
};
Result<QByteArray> renderUseCopy(const QList<UseCopyPage> &pages, const QString &title, int renderDpi = 200);

} // namespace hpf::client::archive
