// Routes of the loan applications' outside systems (issue 18, part G): a party's credit report.
// The service talks to the credit system between its own read and write transactions, never inside
// one, which is why the route is not run in the dispatcher's transaction (like POST /loans/check
// with queryShared, registered by the loan area's routes.cpp).
#include "platform/http/routes.h"

#include "business/loan/loanroutes.h"
#include "business/loan/outside/loanoutside.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

Result<int> readPosition(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const int position = int(body.integer(u"position"_qs, 0, 9));
    if (Status s = body.finish(); !s)
        return s.error();
    return position;
}

} // namespace

void registerLoanOutsideRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/loans/applications/{serial}/credit-reports"_qs, u"loans.creditReport"_qs, false,
        [](RequestContext &ctx) -> Status {
            auto p = readPosition(ctx);
            return p ? Status{} : Status{p.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto position = readPosition(ctx);
            if (!position)
                return position.error();
            return fetchCreditReport(ctx, ctx.arg(0), *position);
        })));
}

} // namespace hpf::server
