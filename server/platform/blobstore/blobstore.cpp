#include "platform/blobstore/blobstore.h"

#include "base/privatefiles.h"
#include "crypto/sm3.h"
#include "crypto/sm4gcm.h"
#include "logging.h"
#include "platform/store/sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <fcntl.h>
#include <unistd.h>

namespace hpf::server {

namespace {

Error integrity(const QString &sm3hex, const QString &what)
{
    return makeError(u"archive.integrity"_qs, sm3hex, what);
}

Status checkDigest(const QString &sm3hex, QByteArrayView bytes)
{
    if (QString::fromLatin1(crypto::sm3(bytes).toHex()) != sm3hex)
        return integrity(sm3hex, u"the stored bytes do not hash to their SM3"_qs);
    return {};
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool isSm3Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// --- files -------------------------------------------------------------------------------------

Result<QByteArray> BlobStore::seal(QByteArrayView bytes, QByteArrayView aad) const
{
    return crypto::sm4GcmSeal(m_key, bytes, aad);
}

Result<QByteArray> BlobStore::open(QByteArrayView sealed, QByteArrayView aad) const
{
    return crypto::sm4GcmOpen(m_key, sealed, aad);
}

FileBlobStore::FileBlobStore(QString dir, QByteArray key)
    : BlobStore(std::move(key))
    , m_dir(std::move(dir))
{}

Result<std::shared_ptr<FileBlobStore>> FileBlobStore::open(const QString &dir, const QByteArray &key)
{
    if (key.size() != 16)
        return makeError(u"archive.store"_qs, u"archive.key"_qs, u"the archive key must be 16 bytes"_qs);
    if (Status s = privatefiles::makePrivateDirectory(dir); !s)
        return s.error();
    return std::shared_ptr<FileBlobStore>(new FileBlobStore(QDir(dir).absolutePath(), key));
}

QString FileBlobStore::pathOf(const QString &sm3hex) const
{
    return m_dir + u'/' + sm3hex.left(2) + u'/' + sm3hex;
}

Status FileBlobStore::put(const QSqlDatabase &, const QString &sm3hex, QByteArrayView bytes)
{
    if (!isSm3Hex(sm3hex))
        return makeError(u"archive.store"_qs, u"sm3"_qs, u"not an SM3 digest"_qs);
    if (Status s = checkDigest(sm3hex, bytes); !s)
        return s;
    const QString path = pathOf(sm3hex);
    if (QFile::exists(path)) {
        // Content-addressed: the same name holds the same bytes, unless the file was damaged; a
        // damaged one is replaced by the good bytes.
        if (get({}, sm3hex))
            return {};
        qCWarning(lcStore) << "replacing a damaged archive blob";
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (Status s = privatefiles::makePrivateDirectory(folder); !s)
        return s;
    auto sealed = crypto::sm4GcmSeal(m_key, bytes, sm3hex.toLatin1());
    if (!sealed)
        return sealed.error();
    // Temp file in the same folder, fsync, rename over, fsync the folder.
    // A name of its own: two commits may store the same content at once (a blank page in two
    // packages), each with its own nonce; the last rename wins, both are whole.
    const QString temp = path + u".tmp-"_qs + QString::fromLatin1(crypto::randomBytes(8).toHex());
    QFile f(temp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(u"archive.store"_qs, {}, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(*sealed) != sealed->size() || !f.flush() || ::fsync(f.handle()) != 0) {
        f.close();
        QFile::remove(temp);
        return makeError(u"archive.store"_qs, {}, u"cannot write the blob"_qs);
    }
    f.close();
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return makeError(u"archive.store"_qs, {}, u"cannot rename the blob into place"_qs);
    }
    if (!fsyncPath(folder, true))
        return makeError(u"archive.store"_qs, {}, u"cannot fsync the blob folder"_qs);
    return {};
}

Result<QByteArray> FileBlobStore::get(const QSqlDatabase &, const QString &sm3hex) const
{
    if (!isSm3Hex(sm3hex))
        return makeError(u"archive.blob_missing"_qs, sm3hex, u"not an SM3 digest"_qs);
    QFile f(pathOf(sm3hex));
    if (!f.exists())
        return makeError(u"archive.blob_missing"_qs, sm3hex, u"no stored file"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(u"archive.store"_qs, sm3hex, f.errorString());
    const QByteArray sealed = f.readAll();
    auto plain = crypto::sm4GcmOpen(m_key, sealed, sm3hex.toLatin1());
    if (!plain)
        return integrity(sm3hex, u"the seal of the stored file is not authentic (changed or truncated)"_qs);
    if (Status s = checkDigest(sm3hex, *plain); !s)
        return s.error();
    return *plain;
}

Result<bool> FileBlobStore::contains(const QSqlDatabase &, const QString &sm3hex) const
{
    return isSm3Hex(sm3hex) && QFile::exists(pathOf(sm3hex));
}

Status FileBlobStore::remove(const QSqlDatabase &, const QString &sm3hex)
{
    if (!isSm3Hex(sm3hex))
        return {};
    const QString path = pathOf(sm3hex);
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(u"archive.store"_qs, sm3hex, u"cannot remove the blob"_qs);
    return {};
}

QList<QPair<QString, qint64>> FileBlobStore::list() const
{
    QList<QPair<QString, qint64>> out;
    QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (isSm3Hex(name))
            out.append({name, it.fileInfo().lastModified().toMSecsSinceEpoch()});
    }
    return out;
}

// --- database ----------------------------------------------------------------------------------

namespace {

QByteArray blobAad(const QString &sm3hex)
{
    return "hpf-archive-blob:" + sm3hex.toLatin1();
}

} // namespace

Result<std::shared_ptr<DatabaseBlobStore>> DatabaseBlobStore::create(const QByteArray &key)
{
    if (key.size() != 16)
        return makeError(u"archive.store"_qs, u"archive.key"_qs, u"the archive key must be 16 bytes"_qs);
    return std::shared_ptr<DatabaseBlobStore>(new DatabaseBlobStore(key));
}

Status DatabaseBlobStore::put(const QSqlDatabase &db, const QString &sm3hex, QByteArrayView bytes)
{
    if (!isSm3Hex(sm3hex))
        return makeError(u"archive.store"_qs, u"sm3"_qs, u"not an SM3 digest"_qs);
    if (Status s = checkDigest(sm3hex, bytes); !s)
        return s;
    auto sealed = seal(bytes, blobAad(sm3hex));
    if (!sealed)
        return sealed.error();
    Query q(
        db,
        u"INSERT INTO archive_blobs (sm3, size, data) VALUES (:h, :n, :d) ON CONFLICT (sm3) DO NOTHING"_qs);
    q.bind(u":h"_qs, sm3hex).bind(u":n"_qs, qint64(bytes.size())).bind(u":d"_qs, *sealed);
    return q.exec();
}

Result<QByteArray> DatabaseBlobStore::get(const QSqlDatabase &db, const QString &sm3hex) const
{
    Query q(db, u"SELECT size, data FROM archive_blobs WHERE sm3 = :h"_qs);
    q.bind(u":h"_qs, sm3hex);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"archive.blob_missing"_qs, sm3hex, u"no stored row"_qs);
    const qint64 size = q.int64(0);
    const QByteArray sealed = q.value(1).toByteArray();
    q.finish();
    auto opened = open(sealed, blobAad(sm3hex));
    if (!opened)
        return integrity(sm3hex, u"the seal of the stored row is not authentic (changed or truncated)"_qs);
    const QByteArray data = *opened;
    if (data.size() != size)
        return integrity(sm3hex, u"the stored size does not match"_qs);
    if (Status s = checkDigest(sm3hex, data); !s)
        return s.error();
    return data;
}

Result<bool> DatabaseBlobStore::contains(const QSqlDatabase &db, const QString &sm3hex) const
{
    Query q(db, u"SELECT 1 FROM archive_blobs WHERE sm3 = :h"_qs);
    q.bind(u":h"_qs, sm3hex);
    if (Status s = q.exec(); !s)
        return s.error();
    const bool found = q.next();
    q.finish();
    return found;
}

Status DatabaseBlobStore::remove(const QSqlDatabase &db, const QString &sm3hex)
{
    Query q(db, u"DELETE FROM archive_blobs WHERE sm3 = :h"_qs);
    q.bind(u":h"_qs, sm3hex);
    return q.exec();
}

} // namespace hpf::server
