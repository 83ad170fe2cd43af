// Contributions: 汇缴 (remittances).
#include "platform/http/routes.h"

#include "business/contribution/remittanceservice.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

Result<RemittanceInput> readRemittance(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    RemittanceInput in{ctx.arg(0), body.string(u"month"_qs, 7)};
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

} // namespace

void registerContributionRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/units/{unitAccount}/remittances"_qs, u"remittances.post"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readRemittance(ctx);
            return in ? checkRemittance(ctx, *in) : Status{in.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readRemittance(ctx);
            if (!in)
                return in.error();
            auto r = postRemittance(ctx, *in);
            if (!r)
                return r.error();
            return r->toJson();
        })));
}

} // namespace hpf::server
