#pragma once

#include "archive/manifest.h"
#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Capture side of the electronic archive (issue 14): the business record behind a serial, uploads
// of a package in chunks staged in the database, and the commit that checks every file against
// the draft manifest, stores the blobs, assigns the 档号, signs the manifest with the center's
// SM2 key and registers the package in one transaction.
namespace hpf::server {

struct ServiceContext;

inline constexpr int kArchiveChunkBytes = 65536;
inline constexpr int kArchiveUploadDays = 7;

struct ArchiveRecord
{
    QString serial;
    QString business; // operation name (policy archive.businesses[].business)
    QString businessName;
    QDateTime occurredAt;
    qint64 branchId = 0;
    QString branchCode;
    qint64 personId = 0;
    qint64 accountId = 0;
    qint64 unitId = 0;
    QString personName;
    QString idNumberMasked;
    QString accountNumber;
    QString unitName;
    // Withdrawals (issue 17): materials a stored shared answer satisfies (零要件).
    QStringList satisfiedMaterials;
    // The package when archived already.
    qint64 packageId = 0;
    QString archiveNumber;
    QDateTime registeredAt;
    QJsonObject toJson() const;
};

// The record behind `serial` (receipts, judicial requests, remittances). Error archive.unknown_record
// (field serial); auth.branch_denied for a record of another branch when `checkBranch`;
// auth.role_denied (serial) for a judicial record asked for by a role that may not see it.
Result<ArchiveRecord> findRecord(ServiceContext &ctx, const QString &serial, bool checkBranch = true);

struct UploadFileState
{
    QString name;
    qint64 size = 0;
    int chunks = 0;
    QList<int> received;
};

struct UploadState
{
    QString uploadId;
    QString serial;
    QDateTime expiresAt;
    QList<UploadFileState> files;
    bool complete() const;
    QJsonObject toJson() const;
};

// Before the transaction: the draft manifest's form (manifest.invalid / manifest.format).
Result<archive::Manifest> readDraft(const QByteArray &json);
// archive.unknown_record, archive.already_archived, archive.business_mismatch,
// archive.materials_missing, manifest.invalid (a page's material not in the checklist).
Result<UploadState> createUpload(ServiceContext &ctx, const archive::Manifest &draft,
                                 const QByteArray &draftJson);
// archive.unknown_upload, archive.upload_expired.
Result<UploadState> uploadStatus(ServiceContext &ctx, const QString &uploadId);

struct ChunkInput
{
    QString uploadId;
    QString name;
    int chunk = 0;
    QString sm3; // hex of the raw chunk
    QByteArray data;
};

struct ChunkReceipt
{
    QString name;
    int chunk = 0;
    int received = 0; // of this file
    bool complete = false;
    QJsonObject toJson() const;
};

// archive.unknown_upload, archive.upload_expired, archive.unknown_file, archive.chunk_range,
// archive.chunk_size, archive.chunk_digest, archive.chunk_conflict; the identical chunk again is fine.
Result<ChunkReceipt> putChunk(ServiceContext &ctx, const ChunkInput &input);

// The committed package's id. archive.upload_incomplete (files[i]), archive.manifest_mismatch
// (files[i].size|sm3|sha256), archive.unreadable_file (files[i]), archive.unavailable (no signing
// key or blob store). An upload committed already answers its package.
Result<qint64> commitUpload(ServiceContext &ctx, const QString &uploadId);
// Registers a checked package (issue 18: also a package the server builds itself, the signed 面签
// session): its blobs, the 档号, the manifest signed with the center's SM2 key, the package and
// file rows and the archive.commit audit record. `contents` are the files' bytes in manifest
// order; `uploadId` the archive_uploads row it came from. archive.unavailable,
// archive.business_mismatch, archive.sequence_exhausted.
Result<qint64> registerPackage(ServiceContext &ctx, archive::Manifest manifest,
                               const QList<QByteArray> &contents, const ArchiveRecord &record,
                               qint64 uploadId);
// After a manifest_mismatch refusal: drops the chunks of files[index] so it can be sent again.
Status dropFileChunks(ServiceContext &ctx, const QString &uploadId, int index);

} // namespace hpf::server
