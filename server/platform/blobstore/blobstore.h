#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// Content-addressed storage of archived files (issue 14), keyed by the SM3 of the bytes (64
// lower-case hex digits). Every get() re-digests what it read: bytes that do not hash to their
// name are refused (archive.integrity), never handed out. Two stores:
//   files     one file per blob under a folder, <aa>/<sm3hex>, sealed with SM4-GCM under a key file
//             (associated data = the SM3 hex), written crash-safely (temp file, fsync, rename, fsync
//             of the folder). The embedded default (SQLite).
//   database  table archive_blobs(sm3, size, data) in the server's database, written inside the
//             caller's transaction, so several hpf-server instances share one archive (PostgreSQL);
//             `data` is sealed with the same key (associated data "hpf-archive-blob:" + SM3).
// Both hold the archive key, which also seals the upload chunks staged in the database (seal()).
// `db` is the caller's connection (inside its transaction); the files store ignores it.
// Errors: archive.integrity (field the digest: the bytes or their seal do not match),
// archive.blob_missing, archive.store (I/O).
namespace hpf::server {

class BlobStore
{
public:
    explicit BlobStore(QByteArray key)
        : m_key(std::move(key))
    {}
    virtual ~BlobStore() = default;
    // SM4-GCM under the archive key: scanned pages are personal data, sealed wherever they rest.
    Result<QByteArray> seal(QByteArrayView bytes, QByteArrayView aad) const;
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad) const;
    virtual QString kind() const = 0; // "files" or "database"
    // Idempotent: a blob already stored is left as it is.
    virtual Status put(const QSqlDatabase &db, const QString &sm3hex, QByteArrayView bytes) = 0;
    virtual Result<QByteArray> get(const QSqlDatabase &db, const QString &sm3hex) const = 0;
    virtual Result<bool> contains(const QSqlDatabase &db, const QString &sm3hex) const = 0;
    virtual Status remove(const QSqlDatabase &db, const QString &sm3hex) = 0;

protected:
    QByteArray m_key; // 16 bytes (archive.key)
};

class FileBlobStore final : public BlobStore
{
public:
    // `key` = 16 bytes (the archive.key file). The folder is created 0700 when missing.
    static Result<std::shared_ptr<FileBlobStore>> open(const QString &dir, const QByteArray &key);

    QString kind() const override { return QStringLiteral("files"); }
    Status put(const QSqlDatabase &db, const QString &sm3hex, QByteArrayView bytes) override;
    Result<QByteArray> get(const QSqlDatabase &db, const QString &sm3hex) const override;
    Result<bool> contains(const QSqlDatabase &db, const QString &sm3hex) const override;
    Status remove(const QSqlDatabase &db, const QString &sm3hex) override;

    QString dir() const { return m_dir; }
    QString pathOf(const QString &sm3hex) const;
    // Every blob name in the folder, with its file's modification time (epoch ms).
    QList<QPair<QString, qint64>> list() const;

private:
    FileBlobStore(QString dir, QByteArray key);
    QString m_dir;
};

class DatabaseBlobStore final : public BlobStore
{
public:
    // `key` = 16 bytes (the archive.key file).
    static Result<std::shared_ptr<DatabaseBlobStore>> create(const QByteArray &key);
    QString kind() const override { return QStringLiteral("database"); }
    Status put(const QSqlDatabase &db, const QString &sm3hex, QByteArrayView bytes) override;
    Result<QByteArray> get(const QSqlDatabase &db, const QString &sm3hex) const override;
    Result<bool> contains(const QSqlDatabase &db, const QString &sm3hex) const override;
    Status remove(const QSqlDatabase &db, const QString &sm3hex) override;

private:
    using BlobStore::BlobStore;
};

// 64 lower-case hex digits.
bool isSm3Hex(const QString &text);

} // namespace hpf::server
