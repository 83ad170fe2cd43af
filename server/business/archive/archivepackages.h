#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The browse side of the electronic archive: search, a package with its signed manifest, file
// reads (re-digested on every read), exports for a stated purpose and the check summary.
namespace hpf::server {

struct ServiceContext;

// The audit object of a package: "archive:<id>".
QString archiveObject(qint64 packageId);

struct PackageSearch
{
    QString name;
    QString idNumber;
    QString accountNumber;
    QString unitCode; // 单位账号 or 统一社会信用代码
    QString serial;
    QString archiveNumber;
    QDate from;
    QDate to;
    int limit = 20;
    qint64 cursor = 0; // the previous page's last id; 0 = first page
};

struct PackagePage
{
    QList<QJsonObject> items; // PackageSummary
    std::optional<qint64> nextCursor;
};

// At least one term or a date range (archive.search_terms, field "name").
Status checkSearch(const PackageSearch &search);
Result<PackagePage> searchPackages(ServiceContext &ctx, const PackageSearch &search);
// Package = summary + manifest, manifestBytes, signature, signerKid, files. archive.unknown_package.
Result<QJsonObject> getPackage(ServiceContext &ctx, qint64 packageId);

struct FileSlice
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    qint64 offset = 0;
    QByteArray data; // at most 1 MiB
    QString sm3;
    QString sha256;
};
inline constexpr qint64 kArchiveReadBytes = 1024 * 1024;
// archive.unknown_package, archive.unknown_file, archive.offset (field offset), archive.integrity
// (field name: the stored bytes do not match their digests; nothing is served).
Result<FileSlice> readPackageFile(ServiceContext &ctx, qint64 packageId, const QString &name, qint64 offset);

struct ExportGrant
{
    QString exportId;
    QString watermark;
    QDateTime at;
};
Result<ExportGrant> createExport(ServiceContext &ctx, qint64 packageId, const QString &purpose);

// GET /archive/checks/summary: packages registered up to `to`, the checks run between the dates.
Result<QJsonObject> checksSummary(ServiceContext &ctx, QDate from, QDate to);

} // namespace hpf::server
