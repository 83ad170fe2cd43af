#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The manifest of an archive package (归档信息包, domain.md §8): one entry per file with its SM3
// and SHA-256 digests, size, page sequence and the DA/T 46 digitisation metadata. The client drafts
// it (no archive number, no registration); the server checks every uploaded file against it, fills
// archiveNumber, registeredAt and the registration (归档登记) and signs the exact bytes of
// toJson() with the center's SM2 key. Verifiers check the signature over the stored bytes, never
// over a re-serialisation.
namespace hpf::archive {

inline constexpr char kManifestFormat[] = "hpf-archive-manifest/1";

// Limits a manifest must respect (the server also bounds uploads by them).
inline constexpr int kMaxFiles = 500;
inline constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// DA/T 46-2009 digitisation elements of a scanned or imported page.
struct Digitisation
{
    QString form;        // 数字化对象形态: "scan" (paper scanned) or "import" (a file brought in)
    int dpi = 0;         // 扫描分辨率 (0 when unknown, e.g. an imported PDF)
    QString colourMode;  // 扫描色彩模式: "bitonal", "grey" or "colour"
    QString compression; // 图像压缩方案: "CCITT G4", "JPEG", "PNG" (lossless) or "PDF"
    QString scannerMake; // 扫描仪生产商 (empty for imports)
    QString scannerModel;
    QString operatorId; // who captured it (user id)
    QDateTime capturedAt;

    bool operator==(const Digitisation &) const = default;
};

struct ManifestFile
{
    QString name;      // unique in the package, [A-Za-z0-9._-]{1,64}, e.g. "p0001.tif"
    QString role;      // "page" (an archival page image or imported original) or "use-copy" (the PDF)
    QString material;  // code of the required-materials entry it documents ("" for the use copy)
    int sequence = 0;  // 1-based order among the pages; 0 for the use copy
    QString mediaType; // image/tiff, image/jpeg, image/png or application/pdf
    qint64 size = 0;
    QString sm3;                              // 64 lower-case hex digits
    QString sha256;                           // 64 lower-case hex digits
    std::optional<Digitisation> digitisation; // required for pages

    bool operator==(const ManifestFile &) const = default;
};

struct Manifest
{
    QString serial;   // 业务流水号 (YWLSH) of the business record the package documents
    QString business; // business code of that record (the materials checklist's key)
    QString operatorId;
    QString workstation;
    QDateTime createdAt;
    QList<ManifestFile> files;
    // Filled by the server when it commits the package:
    QString archiveNumber; // 档号
    QDateTime registeredAt;

    int fileCount() const { return int(files.size()); }
    qint64 totalBytes() const;
    bool operator==(const Manifest &) const = default;
};

struct FileDigests
{
    qint64 size = 0;
    QString sm3;
    QString sha256;
};

// SM3 and SHA-256 of a file's bytes, lower-case hex.
FileDigests digestOf(QByteArrayView bytes);

// The canonical bytes: compact JSON, keys sorted, dates as UTC ISO 8601 with seconds ("Z").
// "registration": {"fileCount", "totalBytes"} is written from the files (归档登记).
QByteArray toJson(const Manifest &manifest);

// Strict reader: format, types, limits and consistency (unique names, page sequences 1..n without
// gaps, at most one use copy, digests as hex, a registration that matches the files). Errors name
// the field: manifest.invalid with field "files[2].sm3", manifest.format, manifest.registration.
Result<Manifest> fromJson(QByteArrayView json);

// Checks a draft from a client before any upload: what fromJson checks, minus the server's fields
// (archiveNumber and registeredAt must be empty).
Status validateDraft(const Manifest &manifest);

} // namespace hpf::archive
