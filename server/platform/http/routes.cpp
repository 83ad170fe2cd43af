#include "platform/http/routes.h"

#include "crypto/sm3.h"
#include "platform/context.h"

namespace hpf::server {

void registerRoutes(Router &router)
{
    registerReferenceRoutes(router);
    registerAuthRoutes(router);
    registerLedgerRoutes(router);
    registerCertificateRoutes(router);
    registerOpeningRoutes(router);
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

QStringList lookupRoles()
{
    return {roles::teller,   roles::loanOfficer, roles::archivist,
            roles::judicial, roles::supervisor,  roles::auditor};
}

Route makeRoute(const char *method, const QString &pattern, const QString &operation,
                const QStringList &roles, bool stateChanging, Validator validate, Handler handle,
                int maxBodyBytes)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.operation = operation;
    r.roles = roles;
    r.authenticated = !roles.isEmpty();
    r.stateChanging = stateChanging;
    r.validate = std::move(validate);
    r.handle = std::move(handle);
    r.maxBodyBytes = maxBodyBytes;
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
