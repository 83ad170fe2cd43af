#pragma once

#include "base/result.h"
#include "platform/store/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Append-only audit trail, SM3 hash-chained: every record's hash covers a canonical encoding of
// all its fields and the previous record's hash, so editing, deleting or reordering any record
// breaks the chain at that record. Appends serialise on the single audit_head row.
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
    QString operation; // e.g. "auth.login", "remittances.post"
    QString object;    // e.g. "account:100000000001"
    QString outcome;   // "ok", "denied", "failed", or an error code
    QString before;    // JSON or empty
    QString after;     // JSON or empty
    QString prevHash;  // hex
    QString hash;      // hex
};

// Length-prefixed UTF-8 fields in a fixed order (id, at, userId, username, role, branch,
// workstation, requestId, operation, object, outcome, before, after, prevHash).
QByteArray canonicalEncoding(const AuditRecord &record);
QString computeHash(const AuditRecord &record);

// Appends inside the caller's open write transaction. Fills id, prevHash and hash.
Status appendAudit(const QSqlDatabase &db, Dialect dialect, AuditRecord &record);

// Appends in a transaction of its own (for refusals whose business transaction rolled back).
Status appendAuditStandalone(const QSqlDatabase &db, Dialect dialect, AuditRecord record);

struct AuditVerification
{
    bool ok = true;
    qint64 records = 0;
    qint64 firstBadId = 0;
    QString reason;
};

// Walks the chain from the first record. Error only when the database cannot be read.
Result<AuditVerification> verifyAudit(const QSqlDatabase &db);

} // namespace hpf::server
