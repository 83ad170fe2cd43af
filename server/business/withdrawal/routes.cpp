// Withdrawals (提取) and closure (销户).
#include "platform/http/routes.h"

#include "business/withdrawal/withdrawalservice.h"
#include "domain/money.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

Result<WithdrawalInput> readWithdrawal(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    WithdrawalInput in;
    in.accountNumber = ctx.arg(0);
    in.amountFen = body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    in.reason = body.string(u"reason"_qs, 2);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

} // namespace

void registerWithdrawalRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/accounts/{accountNumber}/withdrawals"_qs, u"withdrawals.create"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readWithdrawal(ctx);
            return in ? checkWithdrawal(*in) : Status{in.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readWithdrawal(ctx);
            if (!in)
                return in.error();
            auto r = withdraw(ctx, *in);
            if (!r)
                return r.error();
            return r->toJson();
        })));
}

} // namespace hpf::server
