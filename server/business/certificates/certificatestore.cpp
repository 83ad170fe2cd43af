#include "business/certificates/certificatestore.h"

#include "business/certificates/certificateservice.h"
#include "business/certificates/signingkeys.h"
#include "crypto/certcodec.h"
#include "crypto/certfacts.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

namespace {

const QString kColumns =
    u"SELECT c.id, c.number, c.type_code, c.type_id, c.account_id, a.account_number, c.branch_id, c.kid, "
    "c.code, c.check_value, c.snapshot, c.inputs, c.issued_at, c.expires_at, c.batch, c.supersedes_id, "
    "c.superseded_by_id, c.revoked_at, c.revocation_reason, c.training, sp.number, sb.number "
    "FROM certificates c JOIN accounts a ON a.id = c.account_id "
    "LEFT JOIN certificates sp ON sp.id = c.supersedes_id "
    "LEFT JOIN certificates sb ON sb.id = c.superseded_by_id "_qs;

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

CertificateRecord readRecord(const Query &q)
{
    CertificateRecord r;
    r.id = q.int64(0);
    r.number = q.str(1);
    r.typeCode = q.str(2);
    r.typeId = int(q.int64(3));
    r.accountId = q.int64(4);
    r.accountNumber = q.str(5);
    r.branchId = q.int64(6);
    r.kid = q.str(7);
    r.code = q.str(8);
    r.check = q.str(9);
    r.snapshot = parseObject(q.str(10));
    r.inputs = parseObject(q.str(11));
    r.issuedAt = QDateTime::fromMSecsSinceEpoch(q.int64(12), Qt::UTC);
    r.expiresAt = QDateTime::fromMSecsSinceEpoch(q.int64(13), Qt::UTC);
    r.batch = q.str(14);
    r.supersedesId = q.isNull(15) ? 0 : q.int64(15);
    r.supersededById = q.isNull(16) ? 0 : q.int64(16);
    if (!q.isNull(17))
        r.revokedAt = QDateTime::fromMSecsSinceEpoch(q.int64(17), Qt::UTC);
    r.revocationReason = q.str(18);
    r.training = q.int64(19) != 0;
    r.supersedesNumber = q.str(20);
    r.supersededByNumber = q.str(21);
    return r;
}

QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

Result<QList<CertificateRecord>> select(ServiceContext &ctx, const QString &where, const QString &param,
                                        const QVariant &value, bool lock)
{
    Query q(ctx.db, kColumns + where +
                        (lock && ctx.dialect == Dialect::Postgres ? u" FOR UPDATE OF c"_qs : QString()));
    q.bind(param, value);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CertificateRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

} // namespace

Result<qint64> insertCertificate(ServiceContext &ctx, const CertificateRecord &r)
{
    Query ins(ctx.db, u"INSERT INTO certificates (number, type_code, type_id, account_id, branch_id, kid, "
                      u"code, check_value, "
                      "snapshot, inputs, issued_at, expires_at, issued_by, batch, supersedes_id, training) "
                      "VALUES (:n, :tc, "
                      ":ti, :a, :b, :k, :c, :cv, :s, :i, :ia, :ea, :u, :batch, :sup, :tr)"_qs);
    ins.bind(u":n"_qs, r.number)
        .bind(u":tc"_qs, r.typeCode)
        .bind(u":ti"_qs, r.typeId)
        .bind(u":a"_qs, r.accountId)
        .bind(u":b"_qs, r.branchId)
        .bind(u":k"_qs, r.kid)
        .bind(u":c"_qs, r.code)
        .bind(u":cv"_qs, r.check)
        .bind(u":s"_qs, compactJson(r.snapshot))
        .bind(u":i"_qs, compactJson(r.inputs))
        .bind(u":ia"_qs, r.issuedAt.toMSecsSinceEpoch())
        .bind(u":ea"_qs, r.expiresAt.toMSecsSinceEpoch())
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":batch"_qs, r.batch.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.batch))
        .bind(u":sup"_qs,
              r.supersedesId > 0 ? QVariant(r.supersedesId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":tr"_qs, r.training ? 1 : 0);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query id(ctx.db, u"SELECT id FROM certificates WHERE number = :n"_qs);
    id.bind(u":n"_qs, r.number);
    if (Status s = id.exec(); !s || !id.next())
        return s ? makeError(u"db.error"_qs, {}, u"certificate row missing"_qs) : s.error();
    return id.int64(0);
}

Result<CertificateRecord> findCertificate(ServiceContext &ctx, const QString &number, bool lock)
{
    auto rows = select(ctx, u"WHERE c.number = :n"_qs, u":n"_qs, number, lock);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(u"cert.not_found"_qs, u"number"_qs);
    return rows->first();
}

Status markSuperseded(ServiceContext &ctx, const CertificateRecord &r, const QString &newNumber)
{
    Query upd(ctx.db,
              u"UPDATE certificates SET superseded_by_id = (SELECT id FROM certificates WHERE number = :nn) "
              "WHERE id = :id AND superseded_by_id IS NULL AND revoked_at IS NULL"_qs);
    upd.bind(u":nn"_qs, newNumber).bind(u":id"_qs, r.id);
    if (Status s = upd.exec(); !s)
        return s;
    if (upd.rowsAffected() != 1)
        return makeError(u"cert.superseded"_qs, u"number"_qs, u"changed concurrently"_qs);
    return {};
}

Status markRevoked(ServiceContext &ctx, const CertificateRecord &r, const QString &reason)
{
    Query upd(ctx.db, u"UPDATE certificates SET revoked_at = :t, revoked_by = :u, revocation_reason = :r "
                      "WHERE id = :id AND revoked_at IS NULL"_qs);
    upd.bind(u":t"_qs, ctx.nowMs)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":r"_qs, reason)
        .bind(u":id"_qs, r.id);
    if (Status s = upd.exec(); !s)
        return s;
    if (upd.rowsAffected() != 1)
        return makeError(u"cert.revoked"_qs, u"number"_qs, u"changed concurrently"_qs);
    return {};
}

QString certificateStatusName(const ServiceContext &ctx, const CertificateRecord &r)
{
    if (r.revokedAt.isValid())
        return u"revoked"_qs;
    if (r.supersededById != 0)
        return u"superseded"_qs;
    if (ctx.now >= r.expiresAt)
        return u"expired"_qs;
    return u"valid"_qs;
}

QJsonObject certificatePublicView(const ServiceContext &ctx, const CertificateRecord &r)
{
    return {{u"number"_qs, r.number},
            {u"type"_qs, r.typeCode},
            {u"typeId"_qs, r.typeId},
            {u"title"_qs, r.snapshot.value(u"title"_qs)},
            {u"centerName"_qs, r.snapshot.value(u"centerName"_qs)},
            {u"status"_qs, certificateStatusName(ctx, r)},
            {u"issuedAt"_qs, iso(r.issuedAt)},
            {u"expiresAt"_qs, iso(r.expiresAt)},
            {u"revokedAt"_qs, iso(r.revokedAt)},
            {u"supersededBy"_qs, text(r.supersededByNumber)},
            {u"training"_qs, r.training},
            {u"fields"_qs, r.snapshot.value(u"fields"_qs)},
            {u"checkedAt"_qs, iso(ctx.now)}};
}

QJsonObject certificateView(const ServiceContext &ctx, const CertificateRecord &r)
{
    QJsonObject o = certificatePublicView(ctx, r);
    for (const char16_t *k : {u"statement", u"validityMonths", u"phone", u"verifyHint", u"handler"})
        o.insert(QString::fromUtf16(k), r.snapshot.value(QString::fromUtf16(k)));
    o.insert(u"accountNumber"_qs, r.accountNumber);
    o.insert(u"issueDate"_qs, r.issuedAt.toLocalTime().date().toString(Qt::ISODate));
    o.insert(u"validUntil"_qs, r.expiresAt.toLocalTime().date().toString(Qt::ISODate));
    o.insert(u"code"_qs, r.code);
    o.insert(u"check"_qs, r.check);
    o.insert(u"kid"_qs, r.kid);
    o.insert(u"inputs"_qs, r.inputs);
    o.insert(u"batch"_qs, text(r.batch));
    o.insert(u"supersedes"_qs, text(r.supersedesNumber));
    o.insert(u"revocationReason"_qs, text(r.revocationReason));
    return o;
}

Result<CertificateRecord> getCertificate(ServiceContext &ctx, const QString &number)
{
    auto r = findCertificate(ctx, number);
    if (!r)
        return r.error();
    if (Status s = ctx.checkBranch(r->branchId); !s)
        return s.error();
    return r;
}

Result<QList<CertificateRecord>> listCertificates(ServiceContext &ctx, const QString &account)
{
    if (account.isEmpty() || account.size() > 20)
        return makeError(u"request.field_required"_qs, u"accountNumber"_qs);
    auto rows = select(ctx, u"WHERE a.account_number = :a ORDER BY c.id DESC"_qs, u":a"_qs, account, false);
    if (!rows)
        return rows.error();
    QList<CertificateRecord> visible;
    for (const CertificateRecord &r : std::as_const(*rows)) {
        if (ctx.checkBranch(r.branchId).ok())
            visible.append(r);
    }
    return visible;
}

Result<CertificateRecord> certificateStatus(ServiceContext &ctx, const QString &number, const QString &check)
{
    if (check.size() != 16)
        return makeError(u"cert.not_found"_qs, u"check"_qs);
    auto r = findCertificate(ctx, number);
    // Same answer for an unknown number and a wrong check part.
    if (!r && r.error().code != u"cert.not_found")
        return r.error();
    if (!r || r->check != check.toLower())
        return makeError(u"cert.not_found"_qs, u"check"_qs);
    return r;
}

Result<CodeVerification> verifyPresentedCode(ServiceContext &ctx, const QString &code)
{
    auto trust = buildTrustList(ctx.db);
    if (!trust)
        return trust.error();
    // As pasted or typed: without line breaks, tabs and surrounding white space.
    QString text;
    const crypto::CertificateCheck check = crypto::verifyPresentedCode(code, *trust, ctx.server.clock, &text);
    CodeVerification out;
    out.verdict = check.code();
    out.signatureVerified = check.signatureVerified();
    if (check.body())
        out.fields = crypto::displayFieldsToJson(crypto::displayFields(*check.body()));
    if (check.signatureVerified()) {
        out.issuedAt = check.issuedAt();
        out.expiresAt = check.expiresAt();
        auto rows =
            select(ctx, u"WHERE c.check_value = :cv"_qs, u":cv"_qs, certificateCheckValue(text), false);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            out.record = rows->first();
    }
    // One outcome: a verified signature still loses to a revocation or supersession on record.
    out.outcome =
        check.ok() ? u"valid"_qs
                   : (check.verdict() == crypto::CertificateVerdict::Expired ? u"expired"_qs : u"invalid"_qs);
    const QString status = out.record ? certificateStatusName(ctx, *out.record) : QString();
    if (check.signatureVerified() && (status == u"revoked" || status == u"superseded"))
        out.outcome = status;
    else if (check.ok() && status.isEmpty())
        out.outcome = u"unknown_to_server"_qs;
    return out;
}

QJsonObject verificationJson(const ServiceContext &ctx, const CodeVerification &v)
{
    QJsonObject out{{u"verdict"_qs, v.verdict}, {u"signatureVerified"_qs, v.signatureVerified}};
    if (v.fields)
        out.insert(u"fields"_qs, *v.fields);
    if (v.signatureVerified) {
        out.insert(u"issuedAt"_qs, iso(v.issuedAt));
        out.insert(u"expiresAt"_qs, iso(v.expiresAt));
    }
    if (v.record)
        out.insert(u"record"_qs, certificatePublicView(ctx, *v.record));
    out.insert(u"outcome"_qs, v.outcome);
    return out;
}

} // namespace hpf::server
