#pragma once

#include "api/call.h"

#include <QDate>
#include <QList>

// 审计: the auditor's desk — audit records by filter, one record with its before/after, an export
// (watermarked by the server, itself audited) and the chain's verification. Reads only: nothing
// here goes through the outbox. A person is searched by the full identity number, sent in the body
// (never in a URL); the server matches it by keyed digest.
namespace hpf::client::api {

struct AuditQuery
{
    QString user;
    QString branch;
    QString operation; // exact, or a prefix ending in '.'
    QString documentNumber;
    QString accountNumber;
    QDate from; // inclusive, Beijing time; null = open
    QDate to;   // inclusive (the server's bound is the next midnight); null = open
    qint64 beforeId = 0;
    int limit = 50;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 chainSeq = 0; // 0 until chained
    QDateTime at;
    QString user;
    QString role;
    QString branch;
    QString workstation;
    QString requestId;
    QString operation;
    QString object;
    QString outcome;
    QString before; // indented JSON text, or empty (details only)
    QString after;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
};

struct AuditPage
{
    QList<AuditEntry> items;
    qint64 nextBeforeId = 0; // 0: the last page
    static Result<AuditPage> fromJson(const QJsonObject &json);
};

struct AuditExport
{
    QString fileName;
    QString content; // CSV text
    qint64 records = 0;
    QString watermark;
    static Result<AuditExport> fromJson(const QJsonObject &json);
};

struct AuditVerification
{
    bool ok = false;
    qint64 records = 0;
    qint64 unchained = 0;
    qint64 checkpoints = 0;
    qint64 firstBadId = 0;
    qint64 firstBadSeq = 0;
    QString reason;
    static Result<AuditVerification> fromJson(const QJsonObject &json);
};

namespace audit {
void search(ApiClient *api, const AuditQuery &query, QObject *context,
            std::function<void(const Reply<AuditPage> &)> done);
void record(ApiClient *api, qint64 id, QObject *context, std::function<void(const Reply<AuditEntry> &)> done);
void exportCsv(ApiClient *api, const AuditQuery &query, QObject *context,
               std::function<void(const Reply<AuditExport> &)> done);
void verify(ApiClient *api, QObject *context, std::function<void(const Reply<AuditVerification> &)> done);
} // namespace audit

} // namespace hpf::client::api
