#include "business/archive/archiveservice.h"

#include "business/archive/archivepackages.h"
#include "business/certificates/signingkeys.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "imaging/probe.h"
#include "logging.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QUuid>

namespace hpf::server {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

struct UploadRow
{
    qint64 id = 0;
    QString publicId;
    QString serial;
    QByteArray manifest;
    qint64 branchId = 0;
    qint64 expiresAt = 0;
    qint64 packageId = 0;
};

Result<UploadRow> findUpload(ServiceContext &ctx, const QString &publicId, bool lock)
{
    QString sql =
        u"SELECT id, public_id, serial, manifest, branch_id, expires_at, package_id FROM archive_uploads "
        "WHERE public_id = :p"_qs;
    if (lock && ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_qs;
    Query q(ctx.db, sql);
    q.bind(u":p"_qs, publicId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"archive.unknown_upload"_qs, u"uploadId"_qs);
    UploadRow u{q.int64(0),
                q.str(1),
                q.str(2),
                q.value(3).toByteArray(),
                q.int64(4),
                q.int64(5),
                q.isNull(6) ? 0 : q.int64(6)};
    q.finish();
    if (Status s = ctx.checkBranch(u.branchId); !s)
        return s.error();
    return u;
}

Status checkOpen(ServiceContext &ctx, const UploadRow &u)
{
    if (u.packageId == 0 && u.expiresAt <= ctx.nowMs)
        return makeError(u"archive.upload_expired"_qs, u"uploadId"_qs, u"uploads live 7 days"_qs);
    return {};
}

int chunkCount(qint64 size)
{
    return size == 0 ? 1 : int((size + kArchiveChunkBytes - 1) / kArchiveChunkBytes);
}

qint64 chunkLength(qint64 size, int k)
{
    return qMin<qint64>(size, qint64(k + 1) * kArchiveChunkBytes) - qint64(k) * kArchiveChunkBytes;
}

Result<UploadState> stateOf(ServiceContext &ctx, const UploadRow &u)
{
    auto manifest = archive::fromJson(u.manifest);
    if (!manifest)
        return manifest.error();
    UploadState st;
    st.uploadId = u.publicId;
    st.serial = u.serial;
    st.expiresAt = QDateTime::fromMSecsSinceEpoch(u.expiresAt, Qt::UTC);
    QHash<QString, QList<int>> received;
    Query q(ctx.db,
            u"SELECT name, chunk FROM archive_upload_chunks WHERE upload_id = :u ORDER BY name, chunk"_qs);
    q.bind(u":u"_qs, u.id);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        received[q.str(0)].append(int(q.int64(1)));
    q.finish();
    for (const archive::ManifestFile &f : manifest->files)
        st.files.append(UploadFileState{f.name, f.size, chunkCount(f.size), received.value(f.name)});
    return st;
}

Status checkMaterials(ServiceContext &ctx, const archive::Manifest &m)
{
    const finance::ArchiveBusiness *b = ctx.server.policy.archive().business(m.business);
    if (!b)
        return makeError(u"archive.business_mismatch"_qs, u"business"_qs,
                         u"no checklist for this business"_qs);
    QHash<QString, int> pages;
    for (int i = 0; i < m.files.size(); ++i) {
        const archive::ManifestFile &f = m.files.at(i);
        if (f.role != u"page")
            continue;
        bool known = false;
        for (const finance::ArchiveMaterial &mat : b->materials)
            known = known || mat.code == f.material;
        if (!known)
            return makeError(u"manifest.invalid"_qs, QStringLiteral("files[%1].material").arg(i),
                             u"not a material of this business's checklist"_qs);
        ++pages[f.material];
    }
    // A withdrawal's stored shared answers stand in for their materials (零要件, issue 17).
    QStringList satisfied;
    if (b->business.startsWith(u"withdrawals.")) {
        if (auto record = findRecord(ctx, m.serial, false))
            satisfied = record->satisfiedMaterials;
    }
    QStringList missing;
    for (const finance::ArchiveMaterial &mat : b->materials) {
        if (mat.required && !satisfied.contains(mat.code) && pages.value(mat.code) < mat.minPages)
            missing.append(mat.code);
    }
    if (!missing.isEmpty())
        return makeError(u"archive.materials_missing"_qs, u"files"_qs, missing.join(u", "_qs));
    return {};
}

QByteArray chunkAad(const QString &uploadId, const QString &name, qint64 k)
{
    return "hpf-archive-chunk:" + uploadId.toLatin1() + '/' + name.toUtf8() + '/' + QByteArray::number(k);
}

Error mismatch(int i, const char *what)
{
    return makeError(u"archive.manifest_mismatch"_qs,
                     QStringLiteral("files[%1].%2").arg(i).arg(QLatin1String(what)),
                     u"the uploaded file does not match the manifest; send it again"_qs);
}

} // namespace

bool UploadState::complete() const
{
    for (const UploadFileState &f : files) {
        if (f.received.size() != f.chunks)
            return false;
    }
    return true;
}

QJsonObject UploadState::toJson() const
{
    QJsonArray list;
    for (const UploadFileState &f : files) {
        QJsonArray received;
        for (int k : f.received)
            received.append(k);
        list.append(QJsonObject{{u"name"_qs, f.name},
                                {u"size"_qs, f.size},
                                {u"chunks"_qs, f.chunks},
                                {u"received"_qs, received}});
    }
    return {
        {u"uploadId"_qs, uploadId},           {u"serial"_qs, serial}, {u"chunkBytes"_qs, kArchiveChunkBytes},
        {u"expiresAt"_qs, isoUtc(expiresAt)}, {u"files"_qs, list},    {u"complete"_qs, complete()}};
}

QJsonObject ChunkReceipt::toJson() const
{
    return {{u"name"_qs, name}, {u"chunk"_qs, chunk}, {u"received"_qs, received}, {u"complete"_qs, complete}};
}

Result<archive::Manifest> readDraft(const QByteArray &json)
{
    auto m = archive::fromJson(json);
    if (!m)
        return m.error();
    if (Status s = archive::validateDraft(*m); !s)
        return s.error();
    return m;
}

Result<UploadState> createUpload(ServiceContext &ctx, const archive::Manifest &draft,
                                 const QByteArray &draftJson)
{
    auto record = findRecord(ctx, draft.serial);
    if (!record)
        return record.error();
    if (record->packageId != 0)
        return makeError(u"archive.already_archived"_qs, u"serial"_qs, record->archiveNumber);
    if (draft.business != record->business)
        return makeError(u"archive.business_mismatch"_qs, u"business"_qs,
                         u"the record's business is "_qs + record->business);
    if (Status s = checkMaterials(ctx, draft); !s)
        return s.error();
    UploadRow u;
    u.publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.serial = draft.serial;
    u.manifest = archive::toJson(draft);
    u.branchId = record->branchId;
    u.expiresAt = ctx.nowMs + qint64(kArchiveUploadDays) * 24 * 3600 * 1000;
    Query ins(ctx.db,
              u"INSERT INTO archive_uploads (public_id, serial, business, manifest, branch_id, created_by, "
              "created_at, expires_at) VALUES (:p, :s, :b, :m, :br, :u, :c, :e)"_qs);
    ins.bind(u":p"_qs, u.publicId)
        .bind(u":s"_qs, u.serial)
        .bind(u":b"_qs, draft.business)
        .bind(u":m"_qs, u.manifest)
        .bind(u":br"_qs, u.branchId)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":c"_qs, ctx.nowMs)
        .bind(u":e"_qs, u.expiresAt);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query id(ctx.db, u"SELECT id FROM archive_uploads WHERE public_id = :p"_qs);
    id.bind(u":p"_qs, u.publicId);
    if (Status s = id.exec(); !s)
        return s.error();
    if (!id.next())
        return makeError(u"db.error"_qs, {}, u"the upload row vanished"_qs);
    u.id = id.int64(0);
    id.finish();
    Q_UNUSED(draftJson);
    if (Status s = ctx.audit(ctx.operation, u"archive-upload:"_qs + u.publicId, u"ok"_qs, {},
                             {{u"serial"_qs, u.serial},
                              {u"business"_qs, draft.business},
                              {u"files"_qs, draft.fileCount()},
                              {u"bytes"_qs, draft.totalBytes()}});
        !s)
        return s.error();
    qCInfo(lcArchive) << "upload" << u.publicId << "for" << u.serial << draft.fileCount() << "files";
    return stateOf(ctx, u);
}

Result<UploadState> uploadStatus(ServiceContext &ctx, const QString &uploadId)
{
    auto u = findUpload(ctx, uploadId, false);
    if (!u)
        return u.error();
    if (Status s = checkOpen(ctx, *u); !s)
        return s.error();
    return stateOf(ctx, *u);
}

Result<ChunkReceipt> putChunk(ServiceContext &ctx, const ChunkInput &in)
{
    auto u = findUpload(ctx, in.uploadId, false);
    if (!u)
        return u.error();
    if (Status s = checkOpen(ctx, *u); !s)
        return s.error();
    if (u->packageId != 0)
        return makeError(u"archive.already_archived"_qs, u"uploadId"_qs, u"the upload is committed"_qs);
    auto manifest = archive::fromJson(u->manifest);
    if (!manifest)
        return manifest.error();
    const archive::ManifestFile *file = nullptr;
    for (const archive::ManifestFile &f : manifest->files) {
        if (f.name == in.name)
            file = &f;
    }
    if (!file)
        return makeError(u"archive.unknown_file"_qs, u"name"_qs);
    const int chunks = chunkCount(file->size);
    if (in.chunk < 0 || in.chunk >= chunks)
        return makeError(u"archive.chunk_range"_qs, u"chunk"_qs, QStringLiteral("0..%1").arg(chunks - 1));
    if (in.data.size() != chunkLength(file->size, in.chunk))
        return makeError(
            u"archive.chunk_size"_qs, u"data"_qs,
            QStringLiteral("chunk %1 has %2 bytes").arg(in.chunk).arg(chunkLength(file->size, in.chunk)));
    const QString digest = QString::fromLatin1(crypto::sm3(in.data).toHex());
    if (digest != in.sm3)
        return makeError(u"archive.chunk_digest"_qs, u"sm3"_qs, u"the data does not hash to sm3"_qs);
    Query existing(
        ctx.db,
        u"SELECT sm3 FROM archive_upload_chunks WHERE upload_id = :u AND name = :n AND chunk = :k"_qs);
    existing.bind(u":u"_qs, u->id).bind(u":n"_qs, in.name).bind(u":k"_qs, in.chunk);
    if (Status s = existing.exec(); !s)
        return s.error();
    const bool have = existing.next();
    const QString stored = have ? existing.str(0) : QString();
    existing.finish();
    if (have && stored != digest)
        return makeError(u"archive.chunk_conflict"_qs, u"chunk"_qs,
                         u"a different chunk is stored at this place"_qs);
    if (!have) {
        // Staged sealed: a scanned page is personal data wherever it rests.
        const auto store = ctx.server.archiveStore;
        if (!store)
            return makeError(u"archive.unavailable"_qs, {}, u"no archive store"_qs);
        auto sealed = store->seal(in.data, chunkAad(u->publicId, in.name, in.chunk));
        if (!sealed)
            return sealed.error();
        Query ins(ctx.db, u"INSERT INTO archive_upload_chunks (upload_id, name, chunk, sm3, data) "
                          "VALUES (:u, :n, :k, :h, :d) ON CONFLICT DO NOTHING"_qs);
        ins.bind(u":u"_qs, u->id)
            .bind(u":n"_qs, in.name)
            .bind(u":k"_qs, in.chunk)
            .bind(u":h"_qs, digest)
            .bind(u":d"_qs, *sealed);
        if (Status s = ins.exec(); !s)
            return s.error();
    }
    auto st = stateOf(ctx, *u);
    if (!st)
        return st.error();
    ChunkReceipt r{in.name, in.chunk, 0, st->complete()};
    for (const UploadFileState &f : st->files) {
        if (f.name == in.name)
            r.received = int(f.received.size());
    }
    return r;
}

Status dropFileChunks(ServiceContext &ctx, const QString &uploadId, int index)
{
    auto u = findUpload(ctx, uploadId, false);
    if (!u)
        return u.error();
    auto manifest = archive::fromJson(u->manifest);
    if (!manifest)
        return manifest.error();
    if (index < 0 || index >= manifest->files.size())
        return {};
    Query del(ctx.db, u"DELETE FROM archive_upload_chunks WHERE upload_id = :u AND name = :n"_qs);
    del.bind(u":u"_qs, u->id).bind(u":n"_qs, manifest->files.at(index).name);
    return del.exec();
}

Result<qint64> registerPackage(ServiceContext &ctx, archive::Manifest m, const QList<QByteArray> &contents,
                               const ArchiveRecord &record, qint64 uploadId)
{
    const auto signer = ctx.server.certificateSigner;
    const auto store = ctx.server.archiveStore;
    if (!signer || !store)
        return makeError(u"archive.unavailable"_qs, {}, u"no signing key or no archive store"_qs);
    // Blobs first (content-addressed: an orphan left by a rollback is harmless; the files store
    // writes outside the transaction, the database store inside it).
    for (int i = 0; i < m.files.size(); ++i) {
        if (Status s = store->put(ctx.db, m.files.at(i).sm3, contents.at(i)); !s)
            return s.error();
    }
    const finance::ArchivePolicy &policy = ctx.server.policy.archive();
    const finance::ArchiveBusiness *business = policy.business(m.business);
    if (!business)
        return makeError(u"archive.business_mismatch"_qs, u"business"_qs,
                         u"no checklist for this business"_qs);
    const int year = ctx.now.toLocalTime().date().year();
    auto seq = nextSequence(
        ctx, QStringLiteral("archive:%1:%2:%3").arg(policy.fonds).arg(year).arg(business->classCode));
    if (!seq)
        return seq.error();
    if (*seq > 999999)
        return makeError(u"archive.sequence_exhausted"_qs, {},
                         u"more than 999999 packages in a class and year"_qs);
    m.archiveNumber = policy.archiveNumber(year, business->classCode, *seq);
    m.registeredAt = QDateTime::fromMSecsSinceEpoch(ctx.nowMs / 1000 * 1000, Qt::UTC);
    const QByteArray bytes = archive::toJson(m);
    auto signature = signer->key().signDer(bytes);
    if (!signature)
        return signature.error();
    Query ins(
        ctx.db,
        u"INSERT INTO archive_packages (serial, business, archive_number, manifest, signature, signer_kid, "
        "file_count, total_bytes, branch_id, person_id, account_id, unit_id, created_by, registered_at, "
        "upload_id) VALUES (:s, :b, :n, :m, :sig, :kid, :fc, :tb, :br, :p, :a, :un, :u, :at, :up)"_qs);
    const auto idOrNull = [](qint64 id) {
        return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
    };
    ins.bind(u":s"_qs, m.serial)
        .bind(u":b"_qs, m.business)
        .bind(u":n"_qs, m.archiveNumber)
        .bind(u":m"_qs, bytes)
        .bind(u":sig"_qs, *signature)
        .bind(u":kid"_qs, signer->kid())
        .bind(u":fc"_qs, m.fileCount())
        .bind(u":tb"_qs, m.totalBytes())
        .bind(u":br"_qs, record.branchId)
        .bind(u":p"_qs, idOrNull(record.personId))
        .bind(u":a"_qs, idOrNull(record.accountId))
        .bind(u":un"_qs, idOrNull(record.unitId))
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":at"_qs, m.registeredAt.toMSecsSinceEpoch())
        .bind(u":up"_qs, uploadId);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query idq(ctx.db, u"SELECT id FROM archive_packages WHERE serial = :s"_qs);
    idq.bind(u":s"_qs, m.serial);
    if (Status s = idq.exec(); !s)
        return s.error();
    if (!idq.next())
        return makeError(u"db.error"_qs, {}, u"the package row vanished"_qs);
    const qint64 packageId = idq.int64(0);
    idq.finish();
    for (const archive::ManifestFile &f : m.files) {
        Query fi(ctx.db,
                 u"INSERT INTO archive_files (package_id, name, role, material, sequence, media_type, size, "
                 "sm3, sha256) VALUES (:p, :n, :r, :m, :s, :t, :z, :h, :h2)"_qs);
        fi.bind(u":p"_qs, packageId)
            .bind(u":n"_qs, f.name)
            .bind(u":r"_qs, f.role)
            .bind(u":m"_qs, f.material)
            .bind(u":s"_qs, f.sequence)
            .bind(u":t"_qs, f.mediaType)
            .bind(u":z"_qs, f.size)
            .bind(u":h"_qs, f.sm3)
            .bind(u":h2"_qs, f.sha256);
        if (Status s = fi.exec(); !s)
            return s.error();
    }
    // 归档登记: the registration (count and bytes) with the commit's audit record.
    if (Status s = ctx.audit(u"archive.commit"_qs, archiveObject(packageId), u"ok"_qs, {},
                             {{u"archiveNumber"_qs, m.archiveNumber},
                              {u"serial"_qs, m.serial},
                              {u"business"_qs, m.business},
                              {u"fileCount"_qs, m.fileCount()},
                              {u"totalBytes"_qs, m.totalBytes()},
                              {u"manifestSm3"_qs, QString::fromLatin1(crypto::sm3(bytes).toHex())},
                              {u"signerKid"_qs, signer->kid()}});
        !s)
        return s.error();
    qCInfo(lcArchive) << "package" << packageId << m.archiveNumber << "registered:" << m.fileCount()
                      << "files" << m.totalBytes() << "bytes";
    return packageId;
}

Result<qint64> commitUpload(ServiceContext &ctx, const QString &uploadId)
{
    const auto signer = ctx.server.certificateSigner;
    const auto store = ctx.server.archiveStore;
    if (!signer || !store)
        return makeError(u"archive.unavailable"_qs, {}, u"no signing key or no archive store"_qs);
    auto u = findUpload(ctx, uploadId, true);
    if (!u)
        return u.error();
    if (u->packageId != 0)
        return u->packageId; // committed already (a concurrent or repeated commit): the same package
    if (Status s = checkOpen(ctx, *u); !s)
        return s.error();
    auto record = findRecord(ctx, u->serial);
    if (!record)
        return record.error();
    if (record->packageId != 0)
        return makeError(u"archive.already_archived"_qs, u"serial"_qs, record->archiveNumber);
    auto parsed = archive::fromJson(u->manifest);
    if (!parsed)
        return parsed.error();
    archive::Manifest m = *parsed;

    // Assemble, check and probe every file before anything is written.
    QList<QByteArray> contents;
    for (int i = 0; i < m.files.size(); ++i) {
        const archive::ManifestFile &f = m.files.at(i);
        Query q(ctx.db, u"SELECT chunk, data FROM archive_upload_chunks WHERE upload_id = :u AND name = :n "
                        "ORDER BY chunk"_qs);
        q.bind(u":u"_qs, u->id).bind(u":n"_qs, f.name);
        if (Status s = q.exec(); !s)
            return s.error();
        QByteArray bytes;
        int count = 0;
        bool authentic = true;
        while (q.next()) {
            if (q.int64(0) != count)
                break;
            auto chunk = store->open(q.value(1).toByteArray(), chunkAad(u->publicId, f.name, count));
            if (!chunk) {
                authentic = false;
                break;
            }
            bytes += *chunk;
            ++count;
        }
        q.finish();
        if (!authentic)
            return makeError(u"archive.integrity"_qs, QStringLiteral("files[%1]").arg(i),
                             u"a staged chunk's seal is not authentic"_qs);
        if (count != chunkCount(f.size))
            return makeError(u"archive.upload_incomplete"_qs, QStringLiteral("files[%1]").arg(i),
                             QStringLiteral("%1 of %2 chunks received").arg(count).arg(chunkCount(f.size)));
        const archive::FileDigests d = archive::digestOf(bytes);
        if (d.size != f.size)
            return mismatch(i, "size");
        if (d.sm3 != f.sm3)
            return mismatch(i, "sm3");
        if (d.sha256 != f.sha256)
            return mismatch(i, "sha256");
        auto probed = imaging::probe(bytes, f.mediaType);
        if (!probed)
            return makeError(u"archive.unreadable_file"_qs, QStringLiteral("files[%1]").arg(i),
                             probed.error().code + u": "_qs + probed.error().detail);
        contents.append(bytes);
    }
    auto packageId = registerPackage(ctx, m, contents, *record, u->id);
    if (!packageId)
        return packageId.error();
    Query done(ctx.db, u"UPDATE archive_uploads SET package_id = :p WHERE id = :u"_qs);
    done.bind(u":p"_qs, *packageId).bind(u":u"_qs, u->id);
    if (Status s = done.exec(); !s)
        return s.error();
    Query drop(ctx.db, u"DELETE FROM archive_upload_chunks WHERE upload_id = :u"_qs);
    drop.bind(u":u"_qs, u->id);
    if (Status s = drop.exec(); !s)
        return s.error();
    return *packageId;
}

} // namespace hpf::server
