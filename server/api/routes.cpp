#include "api/routes.h"

#include "crypto/sm3.h"
#include "services/context.h"

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

} // namespace hpf::server
