// Holds on a balance: 司法冻结 (judicial) and 贷款冻结 (loan security).
#include "platform/http/routes.h"

#include "business/judicial/holdservice.h"
#include "domain/money.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

Result<HoldInput> readHold(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    HoldInput in;
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.kind = body.string(u"kind"_qs, 20);
    in.amountFen = body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    in.court = body.string(u"court"_qs, 100, false);
    in.caseNumber = body.string(u"caseNumber"_qs, 100, false);
    in.endsOn = body.string(u"endsOn"_qs, 10, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

QJsonObject holdsJson(const AccountHolds &holds)
{
    QJsonArray items;
    for (const HoldRow &h : holds.items) {
        QJsonObject o{{u"holdId"_qs, QString::number(h.holdId)},
                      {u"kind"_qs, h.kind},
                      {u"amountFen"_qs, h.amountFen},
                      {u"status"_qs, h.status},
                      {u"serial"_qs, h.serial},
                      {u"endsOn"_qs, h.endsOn}};
        if (h.courtVisible) {
            o.insert(u"court"_qs, h.court);
            o.insert(u"caseNumber"_qs, h.caseNumber);
        }
        items.append(o);
    }
    return {{u"accountNumber"_qs, holds.accountNumber},
            {u"balanceFen"_qs, holds.balanceFen},
            {u"heldFen"_qs, holds.heldFen},
            {u"availableFen"_qs, holds.availableFen},
            {u"items"_qs, items}};
}

} // namespace

void registerJudicialRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/accounts/{accountNumber}/holds"_qs, u"holds.list"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto holds = listHolds(ctx, ctx.arg(0));
                             if (!holds)
                                 return holds.error();
                             return holdsJson(*holds);
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/holds"_qs, u"holds.create"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readHold(ctx);
            return in ? checkHold(ctx, *in) : Status{in.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readHold(ctx);
            if (!in)
                return in.error();
            auto r = createHold(ctx, *in);
            if (!r)
                return r.error();
            return r->toJson();
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/holds/{holdId}/release"_qs, u"holds.release"_qs, true,
        [](RequestContext &ctx) {
            return ctx.body.isEmpty()
                       ? Status{}
                       : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto r = releaseHold(ctx, ctx.arg(0));
            if (!r)
                return r.error();
            return r->toJson();
        })));
}

} // namespace hpf::server
