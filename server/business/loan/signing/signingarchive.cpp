// The archive package of a signed 面签 session and the loan records the archive's capture side
// files against (issue 18, part H). See signingarchive.h.
#include "business/loan/signing/signingarchive.h"

#include "archive/manifest.h"
#include "business/archive/archiveservice.h"
#include "business/loan/loanservice.h"
#include "domain/identity.h"
#include "platform/auth/systemuser.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobs.h"
#include "platform/store/sql.h"

#include <QUuid>

namespace hpf::server {

namespace {

constexpr QStringView kPrefix = u"MQ";

struct LoanRow
{
    qint64 id = 0;
    QString serial;
    QString status;
    qint64 branchId = 0;
    qint64 createdAt = 0;
};

Result<std::optional<LoanRow>> loanBySerial(ServiceContext &ctx, const QString &serial)
{
    Query q(ctx.db,
            u"SELECT id, serial, status, branch_id, created_at FROM loan_applications WHERE serial = :s"_qs);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    std::optional<LoanRow> out;
    if (q.next())
        out = LoanRow{q.int64(0), q.str(1), q.str(2), q.int64(3), q.int64(4)};
    q.finish();
    return out;
}

// When the session was signed (its finished_at), 0 while none is.
Result<qint64> signedAt(ServiceContext &ctx, qint64 applicationId)
{
    Query q(ctx.db, u"SELECT MAX(finished_at) FROM signing_sessions WHERE application_id = :a "
                    "AND status = 'signed'"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 at = q.next() && !q.isNull(0) ? q.int64(0) : 0;
    q.finish();
    return at;
}

// The borrower is the subject of both loan records (masked number, as the archive desk shows it).
Status fillBorrower(ServiceContext &ctx, ArchiveRecord &r, qint64 applicationId)
{
    Query q(ctx.db,
            u"SELECT p.person_id, p.account_id, p.name, p.document_number, a.account_number, "
            "u.id, u.name FROM loan_parties p LEFT JOIN accounts a ON a.id = p.account_id "
            "LEFT JOIN units u ON u.id = a.unit_id WHERE p.application_id = :a AND p.role = 'borrower'"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.next()) {
        r.personId = q.isNull(0) ? 0 : q.int64(0);
        r.accountId = q.isNull(1) ? 0 : q.int64(1);
        r.personName = q.str(2);
        r.idNumberMasked = identity::maskNumber(q.str(3));
        r.accountNumber = q.str(4);
        r.unitId = q.isNull(5) ? 0 : q.int64(5);
        r.unitName = q.str(6);
    }
    q.finish();
    return {};
}

struct PackageFile
{
    archive::ManifestFile entry;
    QByteArray bytes;
};

QString extensionOf(const QString &mediaType)
{
    if (mediaType == u"image/jpeg")
        return u"jpg"_qs;
    if (mediaType == u"image/png")
        return u"png"_qs;
    if (mediaType == u"application/pdf")
        return u"pdf"_qs;
    return u"json"_qs;
}

// One file of the package; the stored blobs are re-digested so damage is never archived as whole.
Result<PackageFile> packageFile(const QString &name, const QString &material, const QString &mediaType,
                                const QByteArray &bytes, const QString &expectedSm3,
                                const QString &operatorName, qint64 capturedAtMs)
{
    const archive::FileDigests d = archive::digestOf(bytes);
    if (!expectedSm3.isEmpty() && d.sm3 != expectedSm3)
        return makeError(u"archive.integrity"_qs, name, u"the stored bytes do not match their SM3"_qs);
    archive::ManifestFile f;
    f.name = name;
    f.role = u"page"_qs;
    f.material = material;
    f.mediaType = mediaType;
    f.size = d.size;
    f.sm3 = d.sm3;
    f.sha256 = d.sha256;
    archive::Digitisation dig;
    dig.form = u"import"_qs; // born digital at the counter, nothing was scanned
    dig.colourMode = u"colour"_qs;
    dig.compression = mediaType == u"image/jpeg"        ? u"JPEG"_qs
                      : mediaType == u"image/png"       ? u"PNG"_qs
                      : mediaType == u"application/pdf" ? u"PDF"_qs
                                                        : u"none"_qs;
    dig.operatorId = operatorName;
    dig.capturedAt = QDateTime::fromMSecsSinceEpoch(capturedAtMs / 1000 * 1000, Qt::UTC);
    f.digitisation = dig;
    return PackageFile{f, bytes};
}

// The files: every step of the sessions that signed a contract (identity check, photo, strokes),
// then the signed contracts.
Result<QList<PackageFile>> collectFiles(ServiceContext &ctx, const BlobStore &store, qint64 applicationId)
{
    QList<PackageFile> files;
    Query q(ctx.db,
            u"SELECT st.session_id, st.position, st.kind, st.document, st.payload_sm3, st.payload, "
            "st.created_at, u.username FROM signing_steps st JOIN signing_sessions s ON s.id = st.session_id "
            "JOIN users u ON u.id = s.officer_id WHERE s.application_id = :a AND (s.status = 'signed' OR "
            "s.id IN (SELECT session_id FROM signed_contracts WHERE application_id = :a2)) "
            "ORDER BY st.session_id, st.position, st.kind, st.document"_qs);
    q.bind(u":a"_qs, applicationId).bind(u":a2"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    struct StepRow
    {
        qint64 session;
        qint64 position;
        QString kind, document, sm3, payload;
        qint64 at;
        QString officer;
    };
    QList<StepRow> steps;
    while (q.next())
        steps.append(
            StepRow{q.int64(0), q.int64(1), q.str(2), q.str(3), q.str(4), q.str(5), q.int64(6), q.str(7)});
    q.finish();
    for (const StepRow &st : steps) {
        QString base = QStringLiteral("s%1-p%2-%3").arg(st.session).arg(st.position).arg(st.kind);
        if (!st.document.isEmpty())
            base += u'-' + st.document;
        Result<PackageFile> file = makeError(u"db.error"_qs, {});
        if (st.kind == u"photo") {
            auto bytes = store.get(ctx.db, st.sm3);
            if (!bytes)
                return bytes.error();
            const QString type = bytes->startsWith("\x89PNG") ? u"image/png"_qs : u"image/jpeg"_qs;
            file = packageFile(base + u'.' + extensionOf(type), u"face_photo"_qs, type, *bytes, st.sm3,
                               st.officer, st.at);
        } else {
            // identity: the check's result; signature: the exact stroke bytes the contract digests.
            file = packageFile(base + u".json"_qs,
                               st.kind == u"identity" ? u"identity_check"_qs : u"signature_strokes"_qs,
                               u"application/json"_qs, st.payload.toUtf8(), st.sm3, st.officer, st.at);
        }
        if (!file)
            return file.error();
        files.append(*file);
    }
    Query c(ctx.db,
            u"SELECT c.contract_number, c.signed_pdf_sm3, c.signed_at, u.username FROM signed_contracts c "
            "JOIN signing_sessions s ON s.id = c.session_id JOIN users u ON u.id = s.officer_id "
            "WHERE c.application_id = :a ORDER BY c.document"_qs);
    c.bind(u":a"_qs, applicationId);
    if (Status s = c.exec(); !s)
        return s.error();
    struct ContractRow
    {
        QString number, sm3;
        qint64 at;
        QString officer;
    };
    QList<ContractRow> contracts;
    while (c.next())
        contracts.append(ContractRow{c.str(0), c.str(1), c.int64(2), c.str(3)});
    c.finish();
    for (const ContractRow &row : contracts) {
        auto bytes = store.get(ctx.db, row.sm3);
        if (!bytes)
            return bytes.error();
        auto file = packageFile(row.number + u".pdf"_qs, u"signed_contract"_qs, u"application/pdf"_qs, *bytes,
                                row.sm3, row.officer, row.at);
        if (!file)
            return file.error();
        files.append(*file);
    }
    for (int i = 0; i < files.size(); ++i)
        files[i].entry.sequence = i + 1;
    return files;
}

} // namespace

QString signingArchiveSerial(const QString &applicationSerial)
{
    return kPrefix.toString() + applicationSerial;
}

Status queueSigningArchive(ServiceContext &ctx, const QString &applicationSerial)
{
    JobRequest job;
    job.kind = QString::fromLatin1(kSigningArchiveJob);
    job.payload = {{u"serial"_qs, applicationSerial}};
    job.dedupeKey = QString::fromLatin1(kSigningArchiveJob) + u':' + applicationSerial;
    job.maxAttempts = 10;
    auto queued = enqueueJob(ctx.db, job, ctx.nowMs);
    return queued ? Status{} : Status{queued.error()};
}

Result<std::optional<ArchiveRecord>> loanArchiveRecord(ServiceContext &ctx, const QString &serial)
{
    const bool signing = serial.startsWith(kPrefix);
    auto loan = loanBySerial(ctx, signing ? serial.mid(kPrefix.size()) : serial);
    if (!loan)
        return loan.error();
    if (!loan->has_value())
        return std::optional<ArchiveRecord>{};
    ArchiveRecord r;
    r.serial = serial;
    r.branchId = (*loan)->branchId;
    r.business = signing ? u"loans.signing"_qs : u"loans.application"_qs;
    qint64 at = (*loan)->createdAt;
    if (signing) {
        auto done = signedAt(ctx, (*loan)->id);
        if (!done)
            return done.error();
        if (*done == 0)
            return makeError(u"archive.unknown_record"_qs, u"serial"_qs, u"the 面签 is not signed yet"_qs);
        at = *done;
    }
    r.occurredAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    if (Status s = fillBorrower(ctx, r, (*loan)->id); !s)
        return s.error();
    return std::optional<ArchiveRecord>{r};
}

Result<qint64> archiveSignedSession(ServiceContext &ctx, const QString &applicationSerial)
{
    const auto store = ctx.server.archiveStore;
    if (!store || !ctx.server.certificateSigner)
        return makeError(u"archive.unavailable"_qs, {}, u"no signing key or no archive store"_qs);
    auto loan = loanBySerial(ctx, applicationSerial);
    if (!loan)
        return loan.error();
    if (!loan->has_value())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    const QString serial = signingArchiveSerial(applicationSerial);
    auto record = findRecord(ctx, serial, false);
    if (!record) // archive.unknown_record: the session is not signed
        return makeError(u"loan.step"_qs, u"serial"_qs, record.error().detail);
    qint64 packageId = record->packageId;
    if (packageId == 0) {
        auto files = collectFiles(ctx, *store, (*loan)->id);
        if (!files)
            return files.error();
        archive::Manifest m;
        m.serial = serial;
        m.business = u"loans.signing"_qs;
        m.operatorId = ctx.user().username;
        m.workstation = ctx.workstation;
        m.createdAt = QDateTime::fromMSecsSinceEpoch(ctx.nowMs / 1000 * 1000, Qt::UTC);
        QList<QByteArray> contents;
        for (const PackageFile &f : *files) {
            m.files.append(f.entry);
            contents.append(f.bytes);
        }
        if (Status s = archive::validateDraft(m); !s)
            return s.error();
        // archive_packages names the upload it came from; this one is the server's own, staged in
        // no chunks and committed at once.
        const QString publicId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Query up(ctx.db, u"INSERT INTO archive_uploads (public_id, serial, business, manifest, branch_id, "
                         "created_by, created_at, expires_at) VALUES (:p, :s, :b, :m, :br, :u, :c, :c)"_qs);
        up.bind(u":p"_qs, publicId)
            .bind(u":s"_qs, serial)
            .bind(u":b"_qs, m.business)
            .bind(u":m"_qs, archive::toJson(m))
            .bind(u":br"_qs, record->branchId)
            .bind(u":u"_qs, ctx.user().userId)
            .bind(u":c"_qs, ctx.nowMs);
        if (Status s = up.exec(); !s)
            return s.error();
        Query upId(ctx.db, u"SELECT id FROM archive_uploads WHERE public_id = :p"_qs);
        upId.bind(u":p"_qs, publicId);
        if (Status s = upId.exec(); !s)
            return s.error();
        if (!upId.next())
            return makeError(u"db.error"_qs, {}, u"the upload row vanished"_qs);
        const qint64 uploadId = upId.int64(0);
        upId.finish();
        auto registered = registerPackage(ctx, m, contents, *record, uploadId);
        if (!registered)
            return registered.error();
        packageId = *registered;
        Query done(ctx.db, u"UPDATE archive_uploads SET package_id = :p WHERE id = :u"_qs);
        done.bind(u":p"_qs, packageId).bind(u":u"_qs, uploadId);
        if (Status s = done.exec(); !s)
            return s.error();
        if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + applicationSerial, u"ok"_qs, {},
                                 {{u"archiveSerial"_qs, serial},
                                  {u"package"_qs, QString::number(packageId)},
                                  {u"files"_qs, m.fileCount()}});
            !s)
            return s.error();
        qCInfo(lcLoan) << "面签 of" << applicationSerial << "archived as package" << packageId;
    }
    Query link(ctx.db, u"UPDATE signed_contracts SET archive_record_id = :p WHERE application_id = :a"_qs);
    link.bind(u":p"_qs, packageId).bind(u":a"_qs, (*loan)->id);
    if (Status s = link.exec(); !s)
        return s.error();
    return packageId;
}

Result<QString> signingArchiveNumber(ServiceContext &ctx, qint64 applicationId)
{
    Query q(ctx.db, u"SELECT MAX(p.archive_number) FROM signed_contracts c JOIN archive_packages p "
                    "ON p.id = c.archive_record_id WHERE c.application_id = :a"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    const QString number = q.next() && !q.isNull(0) ? q.str(0) : QString();
    q.finish();
    return number;
}

void registerSigningArchiveJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(QString::fromLatin1(kSigningArchiveJob), [&context](JobContext &jc) -> JobResult {
        ServiceContext ctx(context, jc.db);
        ctx.now = jc.now;
        ctx.nowMs = jc.nowMs;
        ctx.operation = QString::fromLatin1(kSigningArchiveJob);
        ctx.workstation = u"job"_qs;
        ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
        auto system = systemPrincipal(jc.db, jc.nowMs);
        if (!system)
            return JobResult::retryLater(system.error().code);
        ctx.principal = *system;
        auto packaged = archiveSignedSession(ctx, jc.job.payload.value(u"serial"_qs).toString());
        if (!packaged)
            return JobResult::retryLater(packaged.error().code + u": "_qs + packaged.error().detail);
        return JobResult::done();
    });
}

} // namespace hpf::server
