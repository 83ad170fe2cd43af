#include "platform/http/routes.h"

#include "crypto/sm3.h"
#include "domain/access.h"
#include "logging.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonDocument>

namespace hpf::server {

void registerRoutes(Router &router)
{
    registerReferenceRoutes(router);
    registerAuthRoutes(router);
    registerAuditRoutes(router);
    registerLookupRoutes(router);
    registerJudicialRoutes(router);
    registerOpeningRoutes(router);
    registerCertificateRoutes(router);
    registerArchiveRoutes(router);
    registerCourtRoutes(router);
    registerTransferRoutes(router);
    registerTransferChannelRoutes(router);
    registerWithdrawalRoutes(router);
    registerContributionRoutes(router);
    registerInterestRoutes(router);
    registerChangeRoutes(router);
    registerLoanRoutes(router);
    registerSupervisionRoutes(router);
}

Result<QJsonObject> inReadTransaction(RequestContext &ctx, const std::function<Result<QJsonObject>()> &read)
{
    Result<QJsonObject> out = QJsonObject();
    const Status s = runInTransaction(
        ctx.db, ctx.dialect, TxMode::Read,
        [&](Transaction &) -> Result<TxEnd> {
            out = read();
            if (!out && out.error().code.startsWith(u"db."))
                return out.error();
            return TxEnd::Commit;
        },
        RetryPolicy{1, 1});
    if (!s)
        return s.error();
    return out;
}

HttpResponse withEtag(const HttpRequest &request, HttpResponse response)
{
    if (response.status != 200)
        return response;
    const QByteArray etag = '"' + crypto::sm3(response.body).toHex().left(32) + '"';
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch == etag || ifNoneMatch == "*")) {
        HttpResponse notModified = HttpResponse::empty(304);
        notModified.headers = response.headers;
        return notModified;
    }
    return response;
}

Route makeRoute(const char *method, const QString &pattern, const QString &operation, bool stateChanging,
                Validator validate, Handler handle, int maxBodyBytes)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.operation = operation;
    r.authenticated = !access::isPublic(operation);
    r.roles = access::rolesFor(operation);
    if (!access::isKnown(operation)) {
        // Fail closed: signed in, and no role matches.
        qCCritical(lcHttp) << "operation" << operation << "is not in the access table; nobody may call it";
        r.roles = {u"-"_qs};
    }
    r.stateChanging = stateChanging;
    r.validate = std::move(validate);
    r.handle = std::move(handle);
    r.maxBodyBytes = maxBodyBytes;
    return r;
}

Result<HttpResponse> refusalResponse(RequestContext &ctx, const Error &error, const QJsonObject &members,
                                     int status)
{
    if (Status s = execSql(ctx.db, u"ROLLBACK TO SAVEPOINT effect"_qs); !s)
        return s.error();
    if (Status s = ctx.audit(ctx.operation, QString(), error.code); !s)
        return s.error();
    HttpResponse r = problem(error, ctx.request.requestId, status);
    QJsonObject body = QJsonDocument::fromJson(r.body).object();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        body.insert(it.key(), it.value());
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    qCInfo(lcHttp) << ctx.operation << "refused:" << error.code << error.field;
    return r;
}

Handler jsonHandler(int status, std::function<Result<QJsonObject>(RequestContext &)> fn)
{
    return [status, fn = std::move(fn)](RequestContext &ctx) -> Result<HttpResponse> {
        auto r = fn(ctx);
        if (!r)
            return r.error();
        return HttpResponse::json(status, *r);
    };
}

} // namespace hpf::server
