#pragma once

#include "base/result.h"
#include "platform/store/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Append-only audit trail (留痕). A business transaction only INSERTs its record: personal fields
// are redacted on the way in (redact.h) and nothing is locked, so postings from many counters do
// not serialise on the trail. After commit a single chainer per database (auditchain.h) links the
// committed records in order with a keyed MAC and signs periodic checkpoints.
namespace hpf::server {

struct AuditRecord
{
    qint64 id = 0;
    qint64 at = 0;     // epoch ms
    qint64 userId = 0; // 0 = none (e.g. a failed login with an unknown name)
    QString username;
    QString role;
    QString branch;
    QString workstation;
    QString requestId;
    QString operation;   // e.g. "auth.login", "remittances.post"
    QString object;      // e.g. "account:100000000001" (identity numbers masked)
    QString outcome;     // "ok", "denied", "failed", or an error code
    QString before;      // JSON or empty (personal fields masked)
    QString after;       // JSON or empty (personal fields masked)
    QString subjects;    // keyed digests of the people and accounts named, space-separated
    qint64 chainSeq = 0; // 0 until chained
    QString mac;         // hex, empty until chained
};

// Length-prefixed UTF-8 fields in a fixed order (the chain position, id, at, userId, username,
// role, branch, workstation, requestId, operation, object, outcome, before, after, subjects and
// the previous record's MAC): what the chain MAC covers.
QByteArray canonicalEncoding(const AuditRecord &record, const QString &prevMac);

// Redacts personal fields in object/before/after (with the installed audit key) and inserts the
// record inside the caller's open write transaction. Fills id and subjects. Takes no lock.
Status appendAudit(const QSqlDatabase &db, Dialect dialect, AuditRecord &record);

// Like appendAudit for many records at once (the read-audit batches of readaudit.h): multi-row
// INSERTs of at most kAuditRowsPerInsert rows, then the subjects of all of them (on PostgreSQL
// each INSERT carries its rows' subjects in the same statement). Fills subjects, not ids.
inline constexpr int kAuditRowsPerInsert = 16;
Status appendAuditRecords(const QSqlDatabase &db, Dialect dialect, QList<AuditRecord> &records);

// Appends in a transaction of its own (for refusals whose business transaction rolled back, and
// for role refusals of requests that never opened one).
Status appendAuditStandalone(const QSqlDatabase &db, Dialect dialect, AuditRecord record);

// Redacts a record in place the way appendAudit does (also used for records migrated from before
// redaction). Returns the subjects as a list.
QStringList redactRecord(AuditRecord &record);

// The columns every audit_log query selects, in the order auditFromRow reads them.
QString auditColumns();
class Query;
AuditRecord auditFromRow(const Query &q, int first = 0);

} // namespace hpf::server
