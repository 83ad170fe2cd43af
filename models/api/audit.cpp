#include "api/audit.h"

#include <QJsonDocument>

namespace hpf::client::api {

namespace {

QString indented(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    return v.isString() ? v.toString() : QString();
}

QJsonObject filterBody(const AuditQuery &q, bool paged)
{
    QJsonObject body;
    const std::pair<const char *, QString> texts[] = {{"user", q.user.trimmed()},
                                                      {"branch", q.branch.trimmed()},
                                                      {"operation", q.operation.trimmed()},
                                                      {"documentNumber", q.documentNumber.trimmed()},
                                                      {"accountNumber", q.accountNumber.trimmed()}};
    for (const auto &[key, value] : texts) {
        if (!value.isEmpty())
            body.insert(QString::fromLatin1(key), value);
    }
    if (q.from.isValid())
        body.insert(u"from"_qs, q.from.toString(Qt::ISODate));
    if (q.to.isValid())
        body.insert(u"to"_qs, q.to.addDays(1).toString(Qt::ISODate));
    if (paged) {
        if (q.beforeId > 0)
            body.insert(u"beforeId"_qs, q.beforeId);
        body.insert(u"limit"_qs, q.limit);
    }
    return body;
}

} // namespace

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AuditEntry e;
    e.id = r.integer(u"id");
    e.chainSeq = r.integer(u"chainSeq");
    e.at = r.dateTime(u"at");
    e.user = r.text(u"user");
    e.role = r.text(u"role");
    e.branch = r.text(u"branch");
    e.workstation = r.text(u"workstation");
    e.requestId = r.text(u"requestId");
    e.operation = r.id(u"operation");
    e.object = r.text(u"object");
    e.outcome = r.text(u"outcome");
    e.before = indented(json.value(u"before"));
    e.after = indented(json.value(u"after"));
    if (!r.ok())
        return r.error();
    return e;
}

Result<AuditPage> AuditPage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AuditPage page;
    const QJsonArray items = r.array(u"items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto e = AuditEntry::fromJson(items.at(i).toObject());
        if (!e)
            return contractError(QStringLiteral("items[%1].%2").arg(i).arg(e.error().field),
                                 e.error().detail);
        page.items.append(*e);
    }
    page.nextBeforeId = r.optionalInteger(u"nextBeforeId").value_or(0);
    if (!r.ok())
        return r.error();
    return page;
}

Result<AuditExport> AuditExport::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AuditExport x{r.id(u"fileName"), json.value(u"content").toString(), r.integer(u"records"),
                  r.text(u"watermark")};
    if (!json.value(u"content").isString())
        return contractError(u"content"_qs, u"the CSV text is missing"_qs);
    if (!r.ok())
        return r.error();
    return x;
}

Result<AuditVerification> AuditVerification::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AuditVerification v{r.boolean(u"ok"),          r.integer(u"records"),    r.integer(u"unchained"),
                        r.integer(u"checkpoints"), r.integer(u"firstBadId"), r.integer(u"firstBadSeq"),
                        r.text(u"reason")};
    if (!r.ok())
        return r.error();
    return v;
}

namespace audit {

void search(ApiClient *api, const AuditQuery &query, QObject *context,
            std::function<void(const Reply<AuditPage> &)> done)
{
    api::fetch<AuditPage>(api, ApiRequest::post(u"/api/v1/audit/search"_qs, filterBody(query, true), {}),
                          context, &AuditPage::fromJson, std::move(done));
}

void record(ApiClient *api, qint64 id, QObject *context, std::function<void(const Reply<AuditEntry> &)> done)
{
    api::fetch<AuditEntry>(api, ApiRequest::get(u"/api/v1/audit/records/"_qs + QString::number(id)), context,
                           &AuditEntry::fromJson, std::move(done));
}

void exportCsv(ApiClient *api, const AuditQuery &query, QObject *context,
               std::function<void(const Reply<AuditExport> &)> done)
{
    ApiRequest request = ApiRequest::post(u"/api/v1/audit/export"_qs, filterBody(query, false), {});
    request.timeoutMs = 60000;
    api::fetch<AuditExport>(api, request, context, &AuditExport::fromJson, std::move(done));
}

void verify(ApiClient *api, QObject *context, std::function<void(const Reply<AuditVerification> &)> done)
{
    ApiRequest request = ApiRequest::get(u"/api/v1/audit/verify"_qs);
    request.timeoutMs = 120000;
    api::fetch<AuditVerification>(api, request, context, &AuditVerification::fromJson, std::move(done));
}

} // namespace audit

} // namespace hpf::client::api
