#pragma once

#include "api/call.h"
#include "archive/manifest.h"
#include "ops/operation.h"

#include <QDate>
#include <QList>
#include <optional>

// 电子档案 (issue 14): the materials checklist, a business record to archive, the chunked upload of
// its package, search, the package and its files, watermarked exports and the 四性 checks.
// Upload create, commit, export and check are state changes (ops::Request, through the outbox);
// chunks are sent by the uploader (models/archive) with a deterministic idempotency key.
namespace hpf::client::api {

struct ArchiveScanPolicy
{
    int dpi = 300;
    QString colourMode;     // "bitonal" | "grey" | "colour"
    QString textColourMode; // for text-only pages
    int minDpi = 200;
};

struct ArchiveMaterial
{
    QString code;
    QString name;
    QString nameEn;
    bool required = false;
    int minPages = 1;
};

struct ArchiveBusiness
{
    QString business; // operation name of the record, e.g. "openings.account"
    QString classCode;
    QString name;
    QString nameEn;
    QList<ArchiveMaterial> materials;
};

struct ArchiveMaterials
{
    ArchiveScanPolicy scan;
    QList<ArchiveBusiness> businesses;
    // The checklist of `business`, or nullptr.
    const ArchiveBusiness *find(const QString &business) const;
    static Result<ArchiveMaterials> fromJson(const QJsonObject &json);
};

struct ArchivePackageRef
{
    QString id;
    QString archiveNumber;
    QDateTime registeredAt;
};

struct ArchiveRecord
{
    QString serial;
    QString business;
    QString businessName;
    QDateTime occurredAt;
    QString branch;
    QString personName; // subject
    QString idNumberMasked;
    QString accountNumber;
    QString unitName;
    std::optional<ArchivePackageRef> package; // already archived
    // Materials a stored sharing-interface answer satisfied (零要件, issue 17 withdrawals): done
    // without a scan. Optional in the answer; empty for businesses without sharing answers.
    QStringList satisfiedMaterials;
    static Result<ArchiveRecord> fromJson(const QJsonObject &json);
};

struct UploadFileState
{
    QString name;
    qint64 size = 0;
    int chunks = 0;
    QList<int> received; // chunk numbers the server holds
};

struct ArchiveUpload
{
    QString uploadId;
    QString serial;
    int chunkBytes = 65536;
    QDateTime expiresAt;
    QList<UploadFileState> files;
    bool complete = false;
    static Result<ArchiveUpload> fromJson(const QJsonObject &json);
};

struct ChunkAck
{
    QString name;
    int chunk = 0;
    int received = 0; // chunks of this file the server holds
    bool complete = false;
    static Result<ChunkAck> fromJson(const QJsonObject &json);
};

struct ArchiveCheckRef
{
    QString id;
    QDateTime at;
    bool passed = false;
};

struct ArchivePackageSummary
{
    QString id;
    QString archiveNumber;
    QString serial;
    QString business;
    QString businessName;
    QString personName;
    QString accountNumber;
    QDateTime registeredAt;
    int fileCount = 0;
    qint64 totalBytes = 0;
    std::optional<ArchiveCheckRef> lastCheck;
    static Result<ArchivePackageSummary> fromJson(const QJsonObject &json);
};

struct ArchivePackageFile
{
    QString name;
    QString role; // "page" | "use-copy"
    QString material;
    int sequence = 0;
    QString mediaType;
    qint64 size = 0;
    QString sm3;
    QString sha256;
};

struct ArchivePackage
{
    ArchivePackageSummary summary;
    QJsonObject manifest;
    QByteArray manifestBytes; // the exact signed bytes
    QByteArray signature;     // DER
    QString signerKid;
    QList<ArchivePackageFile> files;
    static Result<ArchivePackage> fromJson(const QJsonObject &json);
};

// The answer of a commit: {"package": Package}.
struct ArchiveCommitted
{
    ArchivePackage package;
    static Result<ArchiveCommitted> fromJson(const QJsonObject &json);
};

struct ArchiveSearchQuery
{
    QString name;
    QString idNumber;
    QString accountNumber;
    QString unitCode;
    QString serial;
    QString archiveNumber;
    QDate from;
    QDate to;
    int limit = 20;
    QString cursor;
    bool isEmpty() const; // no term and no date range: the server refuses it
};

struct ArchiveSearchPage
{
    QList<ArchivePackageSummary> items;
    QString nextCursor; // empty: the last page
    static Result<ArchiveSearchPage> fromJson(const QJsonObject &json);
};

struct ArchiveFileSlice
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    qint64 offset = 0;
    QByteArray data; // decoded, at most 1 MiB
    QString sm3;     // of the whole file
    QString sha256;
    static Result<ArchiveFileSlice> fromJson(const QJsonObject &json);
};

struct ArchiveExport
{
    QString exportId;
    QString watermark;
    QDateTime at;
    static Result<ArchiveExport> fromJson(const QJsonObject &json);
};

struct ArchiveCheckItem
{
    QString aspect; // authenticity | integrity | usability | security
    QString check;
    QString file; // empty: the package as a whole
    bool passed = false;
    QString detail;
};

struct ArchiveCheckReport
{
    QString id;
    QString packageId;
    QString archiveNumber;
    QDateTime at;
    QString by;
    bool passed = false;
    QList<ArchiveCheckItem> items;
    static Result<ArchiveCheckReport> fromJson(const QJsonObject &json);
};

struct ArchiveCheckList
{
    QList<ArchiveCheckReport> items; // newest first
    static Result<ArchiveCheckList> fromJson(const QJsonObject &json);
};

struct ArchiveCheckFailure
{
    QString packageId;
    QString archiveNumber;
    QDateTime at;
    QStringList failed;
};

struct ArchiveCheckSummary
{
    QDate from;
    QDate to;
    int packages = 0;
    int checked = 0;
    int passed = 0;
    int failed = 0;
    QList<ArchiveCheckFailure> failures;
    static Result<ArchiveCheckSummary> fromJson(const QJsonObject &json);
};

namespace archive {

// 1, 2: reads.
void materials(ApiClient *api, QObject *context, std::function<void(const Reply<ArchiveMaterials> &)> done);
void record(ApiClient *api, const QString &serial, QObject *context,
            std::function<void(const Reply<ArchiveRecord> &)> done);

// 3: creates the upload of a draft manifest (an Operation: same key on resend). Answer: ArchiveUpload.
ops::Request createUpload(const hpf::archive::Manifest &draft, const QString &summary);
// 4: what the server received (resume from it).
ApiRequest uploadState(const QString &uploadId);
void upload(ApiClient *api, const QString &uploadId, QObject *context,
            std::function<void(const Reply<ArchiveUpload> &)> done);
// 5: one chunk (raw bytes) with its idempotency key. Answer: ChunkAck.
ApiRequest chunk(const QString &uploadId, const QString &file, int index, QByteArrayView bytes,
                 const QString &idempotencyKey);
// 6: commits the upload (an Operation). Answer: ArchiveCommitted.
ops::Request commit(const QString &uploadId, const QString &summary);

// 7–9: browse (audited reads; search terms only in the body).
QJsonObject searchBody(const ArchiveSearchQuery &query);
void search(ApiClient *api, const ArchiveSearchQuery &query, QObject *context,
            std::function<void(const Reply<ArchiveSearchPage> &)> done);
void package(ApiClient *api, const QString &id, QObject *context,
             std::function<void(const Reply<ArchivePackage> &)> done);
void file(ApiClient *api, const QString &id, const QString &name, qint64 offset, QObject *context,
          std::function<void(const Reply<ArchiveFileSlice> &)> done);

// 10, 11: state changes (Operations). Answers: ArchiveExport, ArchiveCheckReport.
ops::Request exportPackage(const QString &id, const QString &purpose, const QString &summary);
ops::Request runCheck(const QString &id, const QString &summary);

// 12, 13: check reports.
void checks(ApiClient *api, const QString &id, QObject *context,
            std::function<void(const Reply<ArchiveCheckList> &)> done);
void checkSummary(ApiClient *api, const QDate &from, const QDate &to, QObject *context,
                  std::function<void(const Reply<ArchiveCheckSummary> &)> done);

} // namespace archive

} // namespace hpf::client::api
