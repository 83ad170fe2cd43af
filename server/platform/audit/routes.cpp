// The audit chain's verification (审计链校验) for auditors.
#include "platform/http/routes.h"

#include "platform/audit/audit.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

void registerAuditRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/audit/verify"_qs, u"audit.verify"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto v = verifyAudit(ctx.db);
                             if (!v)
                                 return v.error();
                             return QJsonObject{{u"ok"_qs, v->ok},
                                                {u"records"_qs, v->records},
                                                {u"firstBadId"_qs, v->firstBadId},
                                                {u"reason"_qs, v->reason}};
                         })));
}

} // namespace hpf::server
