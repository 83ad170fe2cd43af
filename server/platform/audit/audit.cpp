#include "platform/audit/audit.h"

#include "platform/audit/auditkey.h"
#include "platform/audit/redact.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QSet>
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

QByteArray canonicalEncoding(const AuditRecord &r, const QString &prevMac)
{
    QByteArray out("HPF-AUDIT-2");
    addField(out, QString::number(r.chainSeq));
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
    addField(out, r.subjects);
    addField(out, prevMac);
    return out;
}

QStringList redactRecord(AuditRecord &r)
{
    const auto key = installedAuditKey();
    QSet<QString> subjects;
    for (QString *field : {&r.before, &r.after}) {
        RedactedText t = redactAuditJson(*field, key.get());
        *field = t.text;
        subjects.unite(QSet<QString>(t.subjects.cbegin(), t.subjects.cend()));
    }
    RedactedText o = redactAuditText(r.object, key.get());
    r.object = o.text;
    subjects.unite(QSet<QString>(o.subjects.cbegin(), o.subjects.cend()));
    QStringList list(subjects.cbegin(), subjects.cend());
    list.sort();
    r.subjects = list.join(u' ');
    return list;
}

Status appendAudit(const QSqlDatabase &db, Dialect, AuditRecord &r)
{
    const QStringList subjects = redactRecord(r);
    Query ins(db, u"INSERT INTO audit_log (at, user_id, username, role, branch, workstation, request_id, "
                  "operation, object, outcome, before_state, after_state, subjects) VALUES (:at, :uid, :un, "
                  ":role, :br, :ws, :rid, :op, :obj, :out, :b, :a, :s) RETURNING id"_qs);
    ins.bind(u":at"_qs, r.at)
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
        .bind(u":s"_qs, r.subjects);
    if (Status s = ins.exec(); !s)
        return s;
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"audit insert returned no id"_qs);
    r.id = ins.int64(0);
    ins.finish();
    for (const QString &subject : subjects) {
        Query sub(db, u"INSERT INTO audit_subjects (subject, audit_id) VALUES (:s, :id)"_qs);
        sub.bind(u":s"_qs, subject).bind(u":id"_qs, r.id);
        if (Status s = sub.exec(); !s)
            return s;
    }
    return {};
}

Status appendAuditRecords(const QSqlDatabase &db, Dialect dialect, QList<AuditRecord> &records)
{
    const bool postgres = dialect == Dialect::Postgres;
    // (subject, audit id) pairs of every record, inserted after the records.
    QList<QPair<QString, qint64>> subjectRows;
    for (qsizetype first = 0; first < records.size(); first += kAuditRowsPerInsert) {
        const qsizetype n = qMin<qsizetype>(kAuditRowsPerInsert, records.size() - first);
        // One SQL text per row count (at most kAuditRowsPerInsert of them in the statement cache).
        QString sql = u"INSERT INTO audit_log (at, user_id, username, role, branch, workstation, request_id, "
                      "operation, object, outcome, before_state, after_state, subjects) VALUES "_qs;
        for (qsizetype i = 0; i < n; ++i) {
            if (i > 0)
                sql += u", "_qs;
            sql += QStringLiteral("(:at%1, :uid%1, :un%1, :role%1, :br%1, :ws%1, :rid%1, :op%1, :obj%1, "
                                  ":out%1, :b%1, :a%1, :s%1)")
                       .arg(i);
        }
        sql += u" RETURNING id, subjects"_qs;
        // PostgreSQL: the subjects in the same statement, so a batch of up to kAuditRowsPerInsert
        // records is ONE statement (atomic by itself; see appendAuditRecordsAtomically).
        if (postgres)
            sql = u"WITH ins AS ("_qs + sql +
                  u") INSERT INTO audit_subjects (subject, audit_id) SELECT s, ins.id FROM ins, "
                  "unnest(string_to_array(ins.subjects, ' ')) AS s WHERE ins.subjects <> ''"_qs;
        Query ins(db, sql);
        for (qsizetype i = 0; i < n; ++i) {
            AuditRecord &r = records[first + i];
            redactRecord(r);
            // What a client sent may hold U+0000, which PostgreSQL text refuses: one such read would
            // fail its whole batch.
            for (QString *field : {&r.object, &r.before, &r.after})
                field->replace(QChar(0), QChar::ReplacementCharacter);
            const QString k = QString::number(i);
            ins.bind(u":at"_qs + k, r.at)
                .bind(u":uid"_qs + k,
                      r.userId > 0 ? QVariant(r.userId) : QVariant(QMetaType(QMetaType::LongLong)))
                .bind(u":un"_qs + k, r.username)
                .bind(u":role"_qs + k, r.role)
                .bind(u":br"_qs + k, r.branch)
                .bind(u":ws"_qs + k, r.workstation)
                .bind(u":rid"_qs + k, r.requestId)
                .bind(u":op"_qs + k, r.operation)
                .bind(u":obj"_qs + k, r.object)
                .bind(u":out"_qs + k, r.outcome)
                .bind(u":b"_qs + k, r.before)
                .bind(u":a"_qs + k, r.after)
                .bind(u":s"_qs + k, r.subjects);
        }
        if (Status s = ins.exec(); !s)
            return s;
        if (postgres)
            continue;
        // RETURNING rows come in no promised order: each row names its own subjects, which is
        // all that audit_subjects needs (two rows with the same subjects are interchangeable).
        qsizetype returned = 0;
        while (ins.next()) {
            ++returned;
            const QString subjects = ins.str(1);
            for (const QString &subject : subjects.split(u' ', Qt::SkipEmptyParts))
                subjectRows.append({subject, ins.int64(0)});
        }
        ins.finish();
        if (returned != n)
            return makeError(u"db.error"_qs, {},
                             u"audit insert returned %1 of %2 ids"_qs.arg(returned).arg(n));
    }
    for (qsizetype first = 0; first < subjectRows.size(); first += kAuditRowsPerInsert) {
        const qsizetype n = qMin<qsizetype>(kAuditRowsPerInsert, subjectRows.size() - first);
        QString sql = u"INSERT INTO audit_subjects (subject, audit_id) VALUES "_qs;
        for (qsizetype i = 0; i < n; ++i)
            sql += (i > 0 ? u", "_qs : QString()) + QStringLiteral("(:s%1, :id%1)").arg(i);
        Query sub(db, sql);
        for (qsizetype i = 0; i < n; ++i) {
            const QString k = QString::number(i);
            sub.bind(u":s"_qs + k, subjectRows.at(first + i).first)
                .bind(u":id"_qs + k, subjectRows.at(first + i).second);
        }
        if (Status s = sub.exec(); !s)
            return s;
    }
    return {};
}

Status appendAuditStandalone(const QSqlDatabase &db, Dialect dialect, AuditRecord record)
{
    return runInTransaction(db, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        AuditRecord r = record; // every attempt redacts from the original
        if (Status s = appendAudit(db, dialect, r); !s)
            return s.error();
        return TxEnd::Commit;
    });
}

QString auditColumns()
{
    return u"id, at, user_id, username, role, branch, workstation, request_id, operation, object, outcome, "
           "before_state, after_state, subjects, chain_seq, mac"_qs;
}

AuditRecord auditFromRow(const Query &q, int i)
{
    AuditRecord r;
    r.id = q.int64(i);
    r.at = q.int64(i + 1);
    r.userId = q.isNull(i + 2) ? 0 : q.int64(i + 2);
    r.username = q.str(i + 3);
    r.role = q.str(i + 4);
    r.branch = q.str(i + 5);
    r.workstation = q.str(i + 6);
    r.requestId = q.str(i + 7);
    r.operation = q.str(i + 8);
    r.object = q.str(i + 9);
    r.outcome = q.str(i + 10);
    r.before = q.str(i + 11);
    r.after = q.str(i + 12);
    r.subjects = q.str(i + 13);
    r.chainSeq = q.isNull(i + 14) ? 0 : q.int64(i + 14);
    r.mac = q.str(i + 15);
    return r;
}

} // namespace hpf::server
