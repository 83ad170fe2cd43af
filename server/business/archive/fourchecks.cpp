#include "business/archive/fourchecks.h"

#include "archive/manifest.h"
#include "business/archive/archivepackages.h"
#include "crypto/sm2.h"
#include "imaging/probe.h"
#include "logging.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace hpf::server {

namespace {

struct PackageRow
{
    qint64 id = 0;
    QString serial;
    QString business;
    QString archiveNumber;
    QByteArray manifest;
    QByteArray signature;
    QString signerKid;
    qint64 fileCount = 0;
    qint64 totalBytes = 0;
};

struct FileRow
{
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sm3;
    QString sha256;
};

const QStringList &allowedMediaTypes()
{
    static const QStringList types{u"image/tiff"_qs, u"image/jpeg"_qs, u"image/png"_qs, u"application/pdf"_qs,
                                   u"application/json"_qs}; // issue 18: 面签 stroke JSON
    return types;
}

class Report
{
public:
    void add(const char *aspect, const char *check, const QString &file, bool passed,
             const QString &detail = {})
    {
        items.append(
            CheckItem{QString::fromLatin1(aspect), QString::fromLatin1(check), file, passed, detail});
    }
    QList<CheckItem> items;
};

Result<PackageRow> loadPackage(ServiceContext &ctx, qint64 id)
{
    Query q(ctx.db,
            u"SELECT id, serial, business, archive_number, manifest, signature, signer_kid, file_count, "
            "total_bytes FROM archive_packages WHERE id = :id"_qs);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    PackageRow p{
        q.int64(0), q.str(1),   q.str(2),  q.str(3), q.value(4).toByteArray(), q.value(5).toByteArray(),
        q.str(6),   q.int64(7), q.int64(8)};
    q.finish();
    return p;
}

Result<QList<FileRow>> loadFiles(ServiceContext &ctx, qint64 id)
{
    Query q(ctx.db, u"SELECT name, media_type, size, sm3, sha256 FROM archive_files WHERE package_id = :id "
                    "ORDER BY name"_qs);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<FileRow> out;
    while (q.next())
        out.append(FileRow{q.str(0), q.str(1), q.int64(2), q.str(3), q.str(4)});
    q.finish();
    return out;
}

// The signature over the stored bytes with the key recorded under the package's kid.
QString signatureProblem(ServiceContext &ctx, const PackageRow &p)
{
    Query q(ctx.db, u"SELECT public_pem FROM signing_keys WHERE kid = :k"_qs);
    q.bind(u":k"_qs, p.signerKid);
    if (!q.exec() || !q.next())
        return u"the signer's key is not known"_qs;
    const QByteArray pem = q.str(0).toLatin1();
    q.finish();
    auto key = crypto::Sm2Key::fromPublicPem(pem);
    if (!key)
        return u"the signer's key cannot be read"_qs;
    if (!key->verifyDer(p.manifest, p.signature))
        return u"the SM2 signature does not verify over the stored manifest bytes"_qs;
    return {};
}

QString metadataProblem(const archive::ManifestFile &f)
{
    if (f.role != u"page")
        return {};
    if (!f.digitisation)
        return u"no digitisation metadata"_qs;
    const archive::Digitisation &d = *f.digitisation;
    if (d.form != u"scan" && d.form != u"import")
        return u"form"_qs;
    if (d.form == u"scan" && d.dpi <= 0)
        return u"dpi"_qs;
    if (d.colourMode.isEmpty() || d.compression.isEmpty() || d.operatorId.isEmpty() ||
        !d.capturedAt.isValid())
        return u"colourMode, compression, operator and capturedAt are required"_qs;
    return {};
}

} // namespace

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckItem &i : items)
        list.append(QJsonObject{{u"aspect"_qs, i.aspect},
                                {u"check"_qs, i.check},
                                {u"file"_qs, i.file.isEmpty() ? QJsonValue() : QJsonValue(i.file)},
                                {u"passed"_qs, i.passed},
                                {u"detail"_qs, i.detail}});
    return {{u"id"_qs, QString::number(id)},
            {u"packageId"_qs, QString::number(packageId)},
            {u"archiveNumber"_qs, archiveNumber},
            {u"at"_qs, at.toUTC().toString(Qt::ISODate)},
            {u"by"_qs, by},
            {u"passed"_qs, passed},
            {u"items"_qs, list}};
}

QStringList CheckReport::failedChecks() const
{
    QStringList out;
    for (const CheckItem &i : items) {
        if (!i.passed && !out.contains(i.check))
            out.append(i.check);
    }
    return out;
}

Result<CheckReport> runFourChecks(ServiceContext &ctx, qint64 packageId)
{
    auto row = loadPackage(ctx, packageId);
    if (!row)
        return row.error();
    auto fileRows = loadFiles(ctx, packageId);
    if (!fileRows)
        return fileRows.error();
    Report r;

    // Authenticity: the stored bytes parse, the signature verifies, the row says the same.
    auto manifest = archive::fromJson(row->manifest);
    r.add("authenticity", "manifest.parse", {}, manifest.ok(),
          manifest ? QString() : manifest.error().code + u" "_qs + manifest.error().field);
    const QString sig = signatureProblem(ctx, *row);
    r.add("authenticity", "signature", {}, sig.isEmpty(), sig);
    const bool rowMatches = manifest && manifest->archiveNumber == row->archiveNumber &&
                            manifest->serial == row->serial && manifest->business == row->business;
    r.add("authenticity", "manifest.row", {}, rowMatches,
          rowMatches ? QString() : u"archive number, serial or business differ from the registration"_qs);

    QHash<QString, FileRow> byName;
    qint64 rowBytes = 0;
    for (const FileRow &f : *fileRows) {
        byName.insert(f.name, f);
        rowBytes += f.size;
    }
    const bool registration = manifest && row->fileCount == manifest->fileCount() &&
                              row->totalBytes == manifest->totalBytes() &&
                              row->fileCount == fileRows->size() && row->totalBytes == rowBytes;
    r.add("integrity", "registration", {}, registration,
          registration ? QString()
                       : u"file count or total bytes differ between manifest, registration and files"_qs);

    const BlobStore *store = ctx.server.archiveStore.get();
    const QList<archive::ManifestFile> files = manifest ? manifest->files : QList<archive::ManifestFile>();
    int pageImages = 0;
    int usePages = -1;
    QHash<QString, int> materialPages;
    for (const archive::ManifestFile &f : files) {
        const FileRow fr = byName.value(f.name);
        const bool listed = byName.contains(f.name) && fr.size == f.size && fr.sm3 == f.sm3 &&
                            fr.sha256 == f.sha256 && fr.mediaType == f.mediaType;
        r.add("integrity", "file.row", f.name, listed,
              listed ? QString() : u"the file row differs from the manifest"_qs);
        r.add("security", "mediatype.allowed", f.name, allowedMediaTypes().contains(f.mediaType),
              f.mediaType);
        if (f.role == u"page")
            ++materialPages[f.material];
        const QString meta = metadataProblem(f);
        if (f.role == u"page")
            r.add("integrity", "metadata", f.name, meta.isEmpty(), meta);
        if (!store) {
            r.add("security", "file.readable", f.name, false, u"no archive store configured"_qs);
            continue;
        }
        auto present = store->contains(ctx.db, f.sm3);
        r.add("integrity", "file.present", f.name, present && *present,
              present ? QString() : present.error().code);
        auto bytes = store->get(ctx.db, f.sm3);
        r.add("security", "file.readable", f.name, bytes.ok(),
              bytes ? QString() : bytes.error().code + u": "_qs + bytes.error().detail);
        if (!bytes) {
            r.add("integrity", "file.digest", f.name, false, bytes.error().code);
            r.add("usability", "file.renders", f.name, false, u"not readable"_qs);
            continue;
        }
        const archive::FileDigests d = archive::digestOf(*bytes);
        const bool digests = d.size == f.size && d.sm3 == f.sm3 && d.sha256 == f.sha256;
        r.add("integrity", "file.digest", f.name, digests,
              digests ? QString() : u"size, SM3 or SHA-256 differ from the manifest"_qs);
        auto probed = imaging::probe(*bytes, f.mediaType);
        r.add("usability", "file.renders", f.name, probed.ok(),
              probed ? QStringLiteral("%1 page(s)").arg(probed->pages) : probed.error().code);
        if (probed && f.role == u"page")
            pageImages += probed->pages;
        if (probed && f.role == u"use-copy")
            usePages = probed->pages;
    }
    if (usePages >= 0)
        r.add("usability", "usecopy.pages", {}, usePages == pageImages,
              QStringLiteral("use copy %1 page(s), page images %2").arg(usePages).arg(pageImages));
    // Metadata completeness: every required material of the checklist.
    if (manifest) {
        QStringList missing;
        if (const finance::ArchiveBusiness *b = ctx.server.policy.archive().business(manifest->business)) {
            for (const finance::ArchiveMaterial &m : b->materials) {
                if (m.required && materialPages.value(m.code) < m.minPages)
                    missing.append(m.code);
            }
        }
        r.add("integrity", "materials", {}, missing.isEmpty(), missing.join(u", "_qs));
    }
    // Security: the commit left its audit record.
    Query audit(ctx.db,
                u"SELECT COUNT(*) FROM audit_log WHERE operation = 'archive.commit' AND object = :o"_qs);
    audit.bind(u":o"_qs, archiveObject(packageId));
    bool audited = false;
    if (Status s = audit.exec(); !s)
        return s.error();
    audited = audit.next() && audit.int64(0) > 0;
    audit.finish();
    r.add("security", "audit.commit", {}, audited, audited ? QString() : u"no audit record of the commit"_qs);

    CheckReport report;
    report.packageId = packageId;
    report.archiveNumber = row->archiveNumber;
    report.at = ctx.now;
    report.items = r.items;
    report.passed = true;
    for (const CheckItem &i : r.items)
        report.passed = report.passed && i.passed;
    return report;
}

Result<CheckReport> checkAndRecord(ServiceContext &ctx, qint64 packageId, const QString &by)
{
    auto ran = runFourChecks(ctx, packageId);
    if (!ran)
        return ran.error();
    CheckReport result = *ran;
    CheckReport *report = &result;
    report->by = by;
    QJsonArray items = report->toJson().value(u"items"_qs).toArray();
    Query ins(ctx.db, u"INSERT INTO archive_checks (package_id, at, by_user, passed, items) "
                      "VALUES (:p, :at, :by, :ok, :items) RETURNING id"_qs);
    ins.bind(u":p"_qs, packageId)
        .bind(u":at"_qs, ctx.nowMs)
        .bind(u":by"_qs, by)
        .bind(u":ok"_qs, report->passed ? 1 : 0)
        .bind(u":items"_qs, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
    if (Status s = ins.exec(); !s)
        return s.error();
    if (ins.next())
        report->id = ins.int64(0);
    ins.finish();
    if (Status s = ctx.audit(u"archive.check"_qs, archiveObject(packageId),
                             report->passed ? u"ok"_qs : u"failed"_qs, {},
                             {{u"report"_qs, QString::number(report->id)},
                              {u"passed"_qs, report->passed},
                              {u"failed"_qs, report->failedChecks().join(u' ')}});
        !s)
        return s.error();
    if (!report->passed)
        qCWarning(lcArchive) << "四性 check failed for package" << packageId << report->failedChecks();
    return result;
}

Result<QList<CheckReport>> listChecks(ServiceContext &ctx, qint64 packageId)
{
    Query p(ctx.db, u"SELECT archive_number FROM archive_packages WHERE id = :id"_qs);
    p.bind(u":id"_qs, packageId);
    if (Status s = p.exec(); !s)
        return s.error();
    if (!p.next())
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    const QString number = p.str(0);
    p.finish();
    Query q(ctx.db, u"SELECT id, at, by_user, passed, items FROM archive_checks WHERE package_id = :id "
                    "ORDER BY at DESC, id DESC LIMIT 200"_qs);
    q.bind(u":id"_qs, packageId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CheckReport> out;
    while (q.next()) {
        CheckReport r;
        r.id = q.int64(0);
        r.packageId = packageId;
        r.archiveNumber = number;
        r.at = QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC);
        r.by = q.str(2);
        r.passed = q.int64(3) != 0;
        const QJsonArray items = QJsonDocument::fromJson(q.str(4).toUtf8()).array();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            r.items.append(CheckItem{o.value(u"aspect"_qs).toString(), o.value(u"check"_qs).toString(),
                                     o.value(u"file"_qs).toString(), o.value(u"passed"_qs).toBool(),
                                     o.value(u"detail"_qs).toString()});
        }
        out.append(r);
    }
    q.finish();
    return out;
}

Result<QList<qint64>> packagesDue(ServiceContext &ctx, int days, int limit)
{
    const qint64 before = ctx.nowMs - qint64(days) * 24 * 3600 * 1000;
    Query q(
        ctx.db,
        u"SELECT p.id FROM archive_packages p LEFT JOIN (SELECT package_id, MAX(at) AS last_at "
        "FROM archive_checks GROUP BY package_id) c ON c.package_id = p.id "
        "WHERE c.last_at IS NULL OR c.last_at <= :before ORDER BY COALESCE(c.last_at, 0), p.id LIMIT :n"_qs);
    q.bind(u":before"_qs, before).bind(u":n"_qs, limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    q.finish();
    return out;
}

} // namespace hpf::server
