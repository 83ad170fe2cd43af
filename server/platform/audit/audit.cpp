#include "platform/audit/audit.h"

#include "crypto/sm3.h"
#include "logging.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QtEndian>

namespace hpf::server {

namespace {

void addField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char len[4];
    qToBigEndian<quint32>(quint32(utf8.size()), len);
    out.append(len, 4);
    out.append(utf8);
}

} // namespace

QByteArray canonicalEncoding(const AuditRecord &r)
{
    QByteArray out("HPF-AUDIT-1");
    addField(out, QString::number(r.id));
    addField(out, QString::number(r.at));
    addField(out, QString::number(r.userId));
    addField(out, r.username);
    addField(out, r.role);
    addField(out, r.branch);
    addField(out, r.workstation);
    addField(out, r.requestId);
    addField(out, r.operation);
    addField(out, r.object);
    addField(out, r.outcome);
    addField(out, r.before);
    addField(out, r.after);
    addField(out, r.prevHash);
    return out;
}

QString computeHash(const AuditRecord &record)
{
    return QString::fromLatin1(crypto::sm3(canonicalEncoding(record)).toHex());
}

Status appendAudit(const QSqlDatabase &db, Dialect dialect, AuditRecord &r)
{
    Query head(db, u"SELECT last_id, last_hash FROM audit_head WHERE id = 1"_qs +
                       (dialect == Dialect::Postgres ? u" FOR UPDATE"_qs : QString()));
    if (Status s = head.exec(); !s)
        return s;
    if (!head.next())
        return makeError(u"db.error"_qs, {}, u"audit_head row missing"_qs);
    r.id = head.int64(0) + 1;
    r.prevHash = head.str(1);
    r.hash = computeHash(r);
    Query ins(db, u"INSERT INTO audit_log (id, at, user_id, username, role, branch, workstation, request_id, "
                  "operation, object, outcome, before_state, after_state, prev_hash, hash) VALUES (:id, :at, "
                  ":uid, :un, :role, :br, :ws, :rid, :op, :obj, :out, :b, :a, :ph, :h)"_qs);
    ins.bind(u":id"_qs, r.id)
        .bind(u":at"_qs, r.at)
        .bind(u":uid"_qs, r.userId > 0 ? QVariant(r.userId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":un"_qs, r.username)
        .bind(u":role"_qs, r.role)
        .bind(u":br"_qs, r.branch)
        .bind(u":ws"_qs, r.workstation)
        .bind(u":rid"_qs, r.requestId)
        .bind(u":op"_qs, r.operation)
        .bind(u":obj"_qs, r.object)
        .bind(u":out"_qs, r.outcome)
        .bind(u":b"_qs, r.before)
        .bind(u":a"_qs, r.after)
        .bind(u":ph"_qs, r.prevHash)
        .bind(u":h"_qs, r.hash);
    if (Status s = ins.exec(); !s)
        return s;
    Query upd(db, u"UPDATE audit_head SET last_id = :id, last_hash = :h WHERE id = 1"_qs);
    upd.bind(u":id"_qs, r.id).bind(u":h"_qs, r.hash);
    return upd.exec();
}

Status appendAuditStandalone(const QSqlDatabase &db, Dialect dialect, AuditRecord record)
{
    return runInTransaction(db, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        if (Status s = appendAudit(db, dialect, record); !s)
            return s.error();
        return TxEnd::Commit;
    });
}

Result<AuditVerification> verifyAudit(const QSqlDatabase &db)
{
    Query q(db,
            u"SELECT id, at, user_id, username, role, branch, workstation, request_id, operation, object, "
            "outcome, before_state, after_state, prev_hash, hash FROM audit_log ORDER BY id"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    AuditVerification v;
    QString expectedPrev;
    qint64 expectedId = 1;
    while (q.next()) {
        AuditRecord r;
        r.id = q.int64(0);
        r.at = q.int64(1);
        r.userId = q.isNull(2) ? 0 : q.int64(2);
        r.username = q.str(3);
        r.role = q.str(4);
        r.branch = q.str(5);
        r.workstation = q.str(6);
        r.requestId = q.str(7);
        r.operation = q.str(8);
        r.object = q.str(9);
        r.outcome = q.str(10);
        r.before = q.str(11);
        r.after = q.str(12);
        r.prevHash = q.str(13);
        r.hash = q.str(14);
        ++v.records;
        QString reason;
        if (r.id != expectedId)
            reason = QStringLiteral("record %1 missing (found %2 next)").arg(expectedId).arg(r.id);
        else if (r.prevHash != expectedPrev)
            reason = u"previous-hash link broken"_qs;
        else if (computeHash(r) != r.hash)
            reason = u"content does not match its hash"_qs;
        if (!reason.isEmpty()) {
            v.ok = false;
            v.firstBadId = r.id != expectedId ? expectedId : r.id;
            v.reason = reason;
            return v;
        }
        expectedPrev = r.hash;
        ++expectedId;
    }
    Query head(db, u"SELECT last_id, last_hash FROM audit_head WHERE id = 1"_qs);
    if (Status s = head.exec(); !s)
        return s.error();
    if (head.next() && (head.int64(0) != expectedId - 1 || head.str(1) != expectedPrev)) {
        v.ok = false;
        v.firstBadId = expectedId;
        v.reason = u"the chain head does not match the last record (records removed at the end?)"_qs;
    }
    return v;
}

} // namespace hpf::server
