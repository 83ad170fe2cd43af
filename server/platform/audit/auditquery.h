#pragma once

#include "base/result.h"
#include "platform/audit/audit.h"

#include <QList>
#include <QString>

// The auditor's desk (审计查询): records filtered by user, branch, operation, object, person or
// account and time, newest first, a page at a time; one record with its before/after; an export
// watermarked with who exported what and when. People and accounts are found by the keyed digest
// of the full number the auditor typed (the trail stores no identity number in clear).
namespace hpf::server {

struct ServiceContext;

struct AuditFilter
{
    QString username;
    QString branch;
    QString operation;   // exact, or a prefix ending in '.' ("holds.")
    QString object;      // exact ("account:100000000001")
    QString person;      // a full identity number: matched by digest
    QString account;     // a fund account number: matched by digest or object
    qint64 fromMs = 0;   // inclusive; 0 = open
    qint64 toMs = 0;     // exclusive; 0 = open
    qint64 beforeId = 0; // the page after the one that ended at this id; 0 = newest
    int limit = 50;      // 1..200
};

struct AuditPage
{
    QList<AuditRecord> items;
    qint64 nextBeforeId = 0; // 0: no more
};

// Errors: audit.key_missing (a person or account filter without the key), request.field_invalid.
Result<AuditPage> searchAudit(const ServiceContext &ctx, const AuditFilter &filter);
// Error audit.not_found.
Result<AuditRecord> getAuditRecord(const ServiceContext &ctx, qint64 id);

// CSV (UTF-8) of up to `maxRows` records; the first lines and a column on every row carry
// the watermark: the exporting auditor, the time and the filter. Error audit.export_too_large.
struct AuditExport
{
    QByteArray text; // UTF-8 (the client adds a byte-order mark to the file it saves)
    qint64 records = 0;
    QString watermark;
};
Result<AuditExport> exportAuditCsv(const ServiceContext &ctx, const AuditFilter &filter, int maxRows = 10000);
QString describeFilter(const AuditFilter &filter); // for the watermark (person and account masked)

} // namespace hpf::server
