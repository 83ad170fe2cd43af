#include "business/archive/archivepackages.h"

#include "archive/manifest.h"
#include "business/archive/fourchecks.h"
#include "logging.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace hpf::server {

namespace {

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue orNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}

// The summary columns; readSummary() reads them from column 0.
const QString &summarySql()
{
    static const QString sql =
        u"SELECT p.id, p.archive_number, p.serial, p.business, pe.name, a.account_number, "
        "p.registered_at, p.file_count, p.total_bytes, "
        "(SELECT c.id FROM archive_checks c WHERE c.package_id = p.id ORDER BY c.at DESC, c.id DESC LIMIT "
        "1), "
        "(SELECT c.at FROM archive_checks c WHERE c.package_id = p.id ORDER BY c.at DESC, c.id DESC LIMIT "
        "1), "
        "(SELECT c.passed FROM archive_checks c WHERE c.package_id = p.id ORDER BY c.at DESC, c.id DESC "
        "LIMIT 1) "
        "FROM archive_packages p LEFT JOIN persons pe ON pe.id = p.person_id "
        "LEFT JOIN accounts a ON a.id = p.account_id LEFT JOIN units u ON u.id = p.unit_id "_qs;
    return sql;
}

QJsonObject readSummary(ServiceContext &ctx, const Query &q)
{
    const finance::ArchiveBusiness *b = ctx.server.policy.archive().business(q.str(3));
    QJsonValue lastCheck;
    if (!q.isNull(9))
        lastCheck = QJsonObject{{u"id"_qs, QString::number(q.int64(9))},
                                {u"at"_qs, isoUtc(q.int64(10))},
                                {u"passed"_qs, q.int64(11) != 0}};
    return {{u"id"_qs, QString::number(q.int64(0))},
            {u"archiveNumber"_qs, q.str(1)},
            {u"serial"_qs, q.str(2)},
            {u"business"_qs, q.str(3)},
            {u"businessName"_qs, b ? b->name : q.str(3)},
            {u"personName"_qs, orNull(q.value(4))},
            {u"accountNumber"_qs, orNull(q.value(5))},
            {u"registeredAt"_qs, isoUtc(q.int64(6))},
            {u"fileCount"_qs, q.int64(7)},
            {u"totalBytes"_qs, q.int64(8)},
            {u"lastCheck"_qs, lastCheck}};
}

qint64 startOfDayMs(QDate d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}

struct StoredFile
{
    QString mediaType;
    qint64 size = 0;
    QString sm3;
    QString sha256;
};

} // namespace

QString archiveObject(qint64 packageId)
{
    return u"archive:"_qs + QString::number(packageId);
}

Status checkSearch(const PackageSearch &s)
{
    if (s.name.isEmpty() && s.idNumber.isEmpty() && s.accountNumber.isEmpty() && s.unitCode.isEmpty() &&
        s.serial.isEmpty() && s.archiveNumber.isEmpty() && !s.from.isValid() && !s.to.isValid())
        return makeError(u"archive.search_terms"_qs, u"name"_qs,
                         u"give at least one term or a date range"_qs);
    if (s.from.isValid() && s.to.isValid() && s.from > s.to)
        return makeError(u"archive.search_range"_qs, u"to"_qs, u"to is before from"_qs);
    return {};
}

Result<PackagePage> searchPackages(ServiceContext &ctx, const PackageSearch &s)
{
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    const auto term = [&](const QString &value, const QString &clause, const QString &name) {
        if (value.isEmpty())
            return;
        where.append(clause);
        binds.append({name, value});
    };
    term(s.name, u"pe.name = :name"_qs, u":name"_qs);
    term(s.idNumber, u"pe.document_number = :idn"_qs, u":idn"_qs);
    term(s.accountNumber, u"a.account_number = :acct"_qs, u":acct"_qs);
    if (!s.unitCode.isEmpty()) {
        where.append(u"(u.unit_account = :unit OR u.credit_code = :unit2)"_qs);
        binds.append({u":unit"_qs, s.unitCode});
        binds.append({u":unit2"_qs, s.unitCode});
    }
    term(s.serial, u"p.serial = :serial"_qs, u":serial"_qs);
    term(s.archiveNumber, u"p.archive_number = :an"_qs, u":an"_qs);
    if (s.from.isValid()) {
        where.append(u"p.registered_at >= :from"_qs);
        binds.append({u":from"_qs, startOfDayMs(s.from)});
    }
    if (s.to.isValid()) {
        where.append(u"p.registered_at < :to"_qs);
        binds.append({u":to"_qs, startOfDayMs(s.to.addDays(1))});
    }
    if (s.cursor > 0) {
        where.append(u"p.id < :cursor"_qs);
        binds.append({u":cursor"_qs, s.cursor});
    }
    Query q(ctx.db,
            summarySql() + u"WHERE "_qs + where.join(u" AND "_qs) + u" ORDER BY p.id DESC LIMIT :lim"_qs);
    for (const auto &b : binds)
        q.bind(b.first, b.second);
    q.bind(u":lim"_qs, s.limit + 1);
    if (Status st = q.exec(); !st)
        return st.error();
    PackagePage page;
    while (q.next()) {
        if (page.items.size() == s.limit) {
            page.nextCursor = page.items.constLast().value(u"id"_qs).toString().toLongLong();
            break;
        }
        page.items.append(readSummary(ctx, q));
    }
    q.finish();
    ctx.noteRead(u"archive-search"_qs);
    return page;
}

Result<QJsonObject> getPackage(ServiceContext &ctx, qint64 packageId)
{
    ctx.noteRead(archiveObject(packageId));
    Query q(ctx.db, summarySql() + u"WHERE p.id = :id"_qs);
    q.bind(u":id"_qs, packageId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    QJsonObject o = readSummary(ctx, q);
    q.finish();
    Query m(ctx.db, u"SELECT manifest, signature, signer_kid FROM archive_packages WHERE id = :id"_qs);
    m.bind(u":id"_qs, packageId);
    if (Status s = m.exec(); !s)
        return s.error();
    if (!m.next())
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    const QByteArray manifest = m.value(0).toByteArray();
    o.insert(u"manifest"_qs, QJsonDocument::fromJson(manifest).object());
    o.insert(u"manifestBytes"_qs, QString::fromLatin1(manifest.toBase64()));
    o.insert(u"signature"_qs, QString::fromLatin1(m.value(1).toByteArray().toBase64()));
    o.insert(u"signerKid"_qs, m.str(2));
    m.finish();
    Query f(ctx.db,
            u"SELECT name, role, material, sequence, media_type, size, sm3, sha256 FROM archive_files "
            "WHERE package_id = :id ORDER BY sequence, name"_qs);
    f.bind(u":id"_qs, packageId);
    if (Status s = f.exec(); !s)
        return s.error();
    QJsonArray files;
    while (f.next())
        files.append(QJsonObject{{u"name"_qs, f.str(0)},
                                 {u"role"_qs, f.str(1)},
                                 {u"material"_qs, f.str(2)},
                                 {u"sequence"_qs, f.int64(3)},
                                 {u"mediaType"_qs, f.str(4)},
                                 {u"size"_qs, f.int64(5)},
                                 {u"sm3"_qs, f.str(6)},
                                 {u"sha256"_qs, f.str(7)}});
    f.finish();
    o.insert(u"files"_qs, files);
    return o;
}

Result<FileSlice> readPackageFile(ServiceContext &ctx, qint64 packageId, const QString &name, qint64 offset)
{
    ctx.noteRead(archiveObject(packageId) + u'/' + name);
    const auto store = ctx.server.archiveStore;
    if (!store)
        return makeError(u"archive.unavailable"_qs, {}, u"no archive store"_qs);
    Query q(
        ctx.db,
        u"SELECT media_type, size, sm3, sha256 FROM archive_files WHERE package_id = :p AND name = :n"_qs);
    q.bind(u":p"_qs, packageId).bind(u":n"_qs, name);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        q.finish();
        Query p(ctx.db, u"SELECT 1 FROM archive_packages WHERE id = :p"_qs);
        p.bind(u":p"_qs, packageId);
        if (Status s = p.exec(); !s)
            return s.error();
        const bool package = p.next();
        p.finish();
        return package ? makeError(u"archive.unknown_file"_qs, u"name"_qs)
                       : makeError(u"archive.unknown_package"_qs, u"id"_qs);
    }
    const StoredFile file{q.str(0), q.int64(1), q.str(2), q.str(3)};
    q.finish();
    if (offset < 0 || offset > file.size)
        return makeError(u"archive.offset"_qs, u"offset"_qs, QStringLiteral("0..%1").arg(file.size));
    // The whole file is re-digested on every read; a mismatch serves nothing.
    auto bytes = store->get(ctx.db, file.sm3);
    if (!bytes) {
        qCWarning(lcArchive) << "package" << packageId << "file read refused:" << bytes.error().code;
        return makeError(u"archive.integrity"_qs, u"name"_qs, bytes.error().detail);
    }
    const archive::FileDigests d = archive::digestOf(*bytes);
    if (d.size != file.size || d.sm3 != file.sm3 || d.sha256 != file.sha256) {
        qCWarning(lcArchive) << "package" << packageId << "file digests differ from the registration";
        return makeError(u"archive.integrity"_qs, u"name"_qs,
                         u"the stored file does not match its digests"_qs);
    }
    return FileSlice{name,     file.mediaType, file.size, offset, bytes->mid(offset, kArchiveReadBytes),
                     file.sm3, file.sha256};
}

Result<ExportGrant> createExport(ServiceContext &ctx, qint64 packageId, const QString &purpose)
{
    Query q(ctx.db, u"SELECT archive_number FROM archive_packages WHERE id = :id"_qs);
    q.bind(u":id"_qs, packageId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"archive.unknown_package"_qs, u"id"_qs);
    const QString number = q.str(0);
    q.finish();
    ExportGrant g;
    g.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    g.at = QDateTime::fromMSecsSinceEpoch(ctx.nowMs / 1000 * 1000, Qt::UTC);
    g.watermark = QStringLiteral("%1 %2 %3 %4")
                      .arg(ctx.user().displayName, ctx.user().username,
                           ctx.now.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), number);
    Query ins(ctx.db, u"INSERT INTO archive_exports (public_id, package_id, user_id, purpose, watermark, at) "
                      "VALUES (:e, :p, :u, :pu, :w, :at)"_qs);
    ins.bind(u":e"_qs, g.exportId)
        .bind(u":p"_qs, packageId)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":pu"_qs, purpose)
        .bind(u":w"_qs, g.watermark)
        .bind(u":at"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    if (Status s = ctx.audit(u"archive.export"_qs, archiveObject(packageId), u"ok"_qs, {},
                             {{u"exportId"_qs, g.exportId}, {u"purpose"_qs, purpose}});
        !s)
        return s.error();
    return g;
}

Result<QJsonObject> checksSummary(ServiceContext &ctx, QDate from, QDate to)
{
    const qint64 fromMs = startOfDayMs(from);
    const qint64 toMs = startOfDayMs(to.addDays(1));
    Query count(ctx.db, u"SELECT COUNT(*) FROM archive_packages WHERE registered_at < :to"_qs);
    count.bind(u":to"_qs, toMs);
    if (Status s = count.exec(); !s)
        return s.error();
    const qint64 packages = count.next() ? count.int64(0) : 0;
    count.finish();
    // The latest report of each package within the dates.
    Query q(ctx.db, u"SELECT c.package_id, p.archive_number, c.at, c.passed, c.items FROM archive_checks c "
                    "JOIN archive_packages p ON p.id = c.package_id WHERE c.at >= :f AND c.at < :t "
                    "ORDER BY c.package_id, c.at DESC, c.id DESC"_qs);
    q.bind(u":f"_qs, fromMs).bind(u":t"_qs, toMs);
    if (Status s = q.exec(); !s)
        return s.error();
    qint64 checked = 0;
    qint64 passed = 0;
    QJsonArray failures;
    qint64 previous = -1;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (id == previous)
            continue;
        previous = id;
        ++checked;
        if (q.int64(3) != 0) {
            ++passed;
            continue;
        }
        QJsonArray failed;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.str(4).toUtf8()).array()) {
            const QJsonObject item = v.toObject();
            const QString check = item.value(u"check"_qs).toString();
            if (!item.value(u"passed"_qs).toBool() && !failed.contains(check))
                failed.append(check);
        }
        failures.append(QJsonObject{{u"packageId"_qs, QString::number(id)},
                                    {u"archiveNumber"_qs, q.str(1)},
                                    {u"at"_qs, isoUtc(q.int64(2))},
                                    {u"failed"_qs, failed}});
    }
    q.finish();
    return QJsonObject{{u"from"_qs, from.toString(Qt::ISODate)},
                       {u"to"_qs, to.toString(Qt::ISODate)},
                       {u"packages"_qs, packages},
                       {u"checked"_qs, checked},
                       {u"passed"_qs, passed},
                       {u"failed"_qs, checked - passed},
                       {u"failures"_qs, failures}};
}

} // namespace hpf::server
