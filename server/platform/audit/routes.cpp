// The auditor's desk (审计): chain verification, record search, one record, export.
#include "platform/http/routes.h"

#include "platform/audit/auditchain.h"
#include "platform/audit/auditkey.h"
#include "platform/audit/auditquery.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hpf::server {

namespace {

// "2025-07-15" (Beijing midnight) or an ISO 8601 date-time; 0 when absent.
qint64 readTime(BodyReader &in, const QString &name)
{
    const QString text = in.string(name, 40, false);
    if (text.isEmpty())
        return 0;
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        t = d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone(8 * 3600)) : QDateTime();
    } else if (t.isValid() && t.timeSpec() == Qt::LocalTime) {
        t = QDateTime(t.date(), t.time(), QTimeZone(8 * 3600));
    }
    if (!t.isValid()) {
        in.fail(u"request.field_invalid"_qs, name, u"a date (YYYY-MM-DD) or an ISO 8601 time"_qs);
        return 0;
    }
    return t.toMSecsSinceEpoch();
}

Result<AuditFilter> readFilter(const RequestContext &ctx)
{
    BodyReader in(ctx.body);
    AuditFilter f;
    f.username = in.string(u"user"_qs, 64, false);
    f.branch = in.string(u"branch"_qs, 16, false);
    f.operation = in.string(u"operation"_qs, 64, false);
    f.object = in.string(u"object"_qs, 128, false);
    f.person = in.string(u"documentNumber"_qs, 32, false);
    f.account = in.string(u"accountNumber"_qs, 32, false);
    f.fromMs = readTime(in, u"from"_qs);
    f.toMs = readTime(in, u"to"_qs);
    f.beforeId = in.optionalInteger(u"beforeId"_qs, 1, std::numeric_limits<qint64>::max()).value_or(0);
    f.limit = int(in.optionalInteger(u"limit"_qs, 1, 200).value_or(50));
    if (Status s = in.finish(); !s)
        return s.error();
    return f;
}

Status validateFilter(RequestContext &ctx)
{
    auto f = readFilter(ctx);
    return f ? Status() : Status(f.error());
}

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(Qt::ISODateWithMs);
}

QJsonValue jsonOrNull(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(text);
}

QJsonObject recordJson(const AuditRecord &r, bool withStates)
{
    QJsonObject o{{u"id"_qs, r.id},
                  {u"chainSeq"_qs, r.chainSeq},
                  {u"at"_qs, beijingTime(r.at)},
                  {u"user"_qs, r.username},
                  {u"role"_qs, r.role},
                  {u"branch"_qs, r.branch},
                  {u"workstation"_qs, r.workstation},
                  {u"requestId"_qs, r.requestId},
                  {u"operation"_qs, r.operation},
                  {u"object"_qs, r.object},
                  {u"outcome"_qs, r.outcome}};
    if (withStates) {
        o.insert(u"before"_qs, jsonOrNull(r.before));
        o.insert(u"after"_qs, jsonOrNull(r.after));
    }
    return o;
}

} // namespace

void registerAuditRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/audit/verify"_qs, u"audit.verify"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             const auto &key = ctx.server.auditKey;
                             if (!key)
                                 return makeError(u"audit.key_missing"_qs, {},
                                                  u"the server has no audit key"_qs);
                             auto v = verifyAudit(ctx.db, *key, VerifyOptions{ctx.nowMs, 60'000});
                             if (!v)
                                 return v.error();
                             return QJsonObject{{u"ok"_qs, v->ok},
                                                {u"records"_qs, v->records},
                                                {u"unchained"_qs, v->unchained},
                                                {u"checkpoints"_qs, v->checkpoints},
                                                {u"lastCheckpointSeq"_qs, v->lastCheckpointSeq},
                                                {u"firstBadId"_qs, v->firstBadId},
                                                {u"firstBadSeq"_qs, v->firstBadSeq},
                                                {u"reason"_qs, v->reason}};
                         })));
    // A search is a POST so that a person's full identity number never travels in a URL.
    router.add(makeRoute("POST", u"/api/v1/audit/search"_qs, u"audit.search"_qs, false, validateFilter,
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto f = readFilter(ctx);
                             if (!f)
                                 return f.error();
                             auto page = searchAudit(ctx, *f);
                             if (!page)
                                 return page.error();
                             QJsonArray items;
                             for (const AuditRecord &r : std::as_const(page->items))
                                 items.append(recordJson(r, false));
                             QJsonObject out{{u"items"_qs, items}};
                             if (page->nextBeforeId > 0)
                                 out.insert(u"nextBeforeId"_qs, page->nextBeforeId);
                             return out;
                         })));
    router.add(makeRoute("GET", u"/api/v1/audit/records/{id}"_qs, u"audit.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             bool ok = false;
                             const qint64 id = ctx.arg(0).toLongLong(&ok);
                             if (!ok || id < 1)
                                 return makeError(u"audit.not_found"_qs, u"id"_qs);
                             auto r = getAuditRecord(ctx, id);
                             if (!r)
                                 return r.error();
                             return recordJson(*r, true);
                         })));
    // The export is JSON carrying the CSV text, so the client's one JSON transport serves it.
    router.add(makeRoute(
        "POST", u"/api/v1/audit/export"_qs, u"audit.export"_qs, false, validateFilter,
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto f = readFilter(ctx);
            if (!f)
                return f.error();
            auto csv = exportAuditCsv(ctx, *f);
            if (!csv)
                return csv.error();
            return QJsonObject{
                {u"fileName"_qs, QStringLiteral("audit-%1.csv").arg(ctx.now.toString(u"yyyyMMdd-HHmmss"_qs))},
                {u"contentType"_qs, u"text/csv; charset=utf-8"_qs},
                {u"records"_qs, csv->records},
                {u"watermark"_qs, csv->watermark},
                {u"content"_qs, QString::fromUtf8(csv->text)}};
        })));
}

} // namespace hpf::server
