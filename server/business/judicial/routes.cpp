// Holds on a balance (贷款冻结 through /holds) and judicial assistance (司法协助, /judicial: the
// lifecycle of court freezes, the desk's reads, the online inbox). The only JSON parser of the area.
#include "platform/http/routes.h"

#include "business/judicial/courtchannel.h"
#include "business/judicial/holdservice.h"
#include "business/judicial/inboxservice.h"
#include "business/judicial/judicialservice.h"
#include "business/judicial/judicialviews.h"
#include "domain/money.h"
#include "judicial/request.h"
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
        if (!h.courtVisible) {
            // Judicial holds are confidential: their existence only.
            items.append(QJsonObject{{u"kind"_qs, h.kind}, {u"restricted"_qs, true}});
            continue;
        }
        QJsonObject o{{u"holdId"_qs, QString::number(h.holdId)},
                      {u"kind"_qs, h.kind},
                      {u"amountFen"_qs, h.amountFen},
                      {u"status"_qs, h.status},
                      {u"serial"_qs, h.serial},
                      {u"endsOn"_qs, h.endsOn}};
        if (h.kind == u"judicial") {
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

// A freeze id of the path ("{holdId}"); 0 when it is not one (judicial.not_found follows).
qint64 pathId(const RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.arg(0).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// The court request of the body, strictly (judicial::fromJson), with the path's freeze.
Result<judicial::Request> readRequest(RequestContext &ctx, judicial::RequestType type, bool onHold)
{
    auto parsed = judicial::fromJson(ctx.body);
    if (!parsed)
        return parsed.error();
    judicial::Request r = *parsed;
    const qint64 holdId = onHold ? pathId(ctx) : 0;
    if (onHold && holdId == 0)
        return makeError(u"judicial.not_found"_qs, u"holdId"_qs, u"not a freeze id"_qs);
    if (Status s = checkCourtRequest(ctx, r, type, holdId); !s)
        return s.error();
    if (onHold)
        r.holdId = holdId;
    return r;
}

Route courtRequestRoute(const QString &pattern, const QString &operation, judicial::RequestType type,
                        bool onHold, int status)
{
    return makeRoute(
        "POST", pattern, operation, true,
        [type, onHold](RequestContext &ctx) -> Status {
            auto r = readRequest(ctx, type, onHold);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(status, [type, onHold](RequestContext &ctx) -> Result<QJsonObject> {
            auto r = readRequest(ctx, type, onHold);
            if (!r)
                return r.error();
            return runCourtRequest(ctx, *r);
        }));
}

Status noBody(RequestContext &ctx)
{
    return ctx.body.isEmpty() ? Status{}
                              : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
}

Result<QString> readReason(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString reason = body.string(u"reason"_qs, 500);
    if (Status s = body.finish(); !s)
        return s.error();
    return reason;
}

Result<qint64> requestId(const RequestContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.arg(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(u"judicial.not_found"_qs, u"id"_qs);
    return id;
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
    router.add(makeRoute("POST", u"/api/v1/holds/{holdId}/release"_qs, u"holds.release"_qs, true, noBody,
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto r = releaseHold(ctx, ctx.arg(0));
                             if (!r)
                                 return r.error();
                             return r->toJson();
                         })));

    // Judicial assistance (issue 15).
    router.add(makeRoute(
        "GET", u"/api/v1/judicial/courts"_qs, u"judicial.courts"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> { return judicialCourts(ctx); })));
    // A POST so that no account number appears in a URL; a read.
    router.add(makeRoute(
        "POST", u"/api/v1/judicial/search"_qs, u"judicial.search"_qs, false,
        [](RequestContext &ctx) -> Status {
            BodyReader body(ctx.body);
            body.string(u"accountNumber"_qs, 20);
            return body.finish();
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            BodyReader body(ctx.body);
            const QString accountNumber = body.string(u"accountNumber"_qs, 20);
            if (Status s = body.finish(); !s)
                return s.error();
            return searchFreezes(ctx, accountNumber);
        })));
    router.add(courtRequestRoute(u"/api/v1/judicial/freezes"_qs, u"judicial.freeze"_qs,
                                 judicial::RequestType::Freeze, false, 201));
    router.add(courtRequestRoute(u"/api/v1/judicial/freezes/{holdId}/renew"_qs, u"judicial.renew"_qs,
                                 judicial::RequestType::Renew, true, 200));
    router.add(courtRequestRoute(u"/api/v1/judicial/freezes/{holdId}/unfreeze"_qs, u"judicial.unfreeze"_qs,
                                 judicial::RequestType::Unfreeze, true, 200));
    router.add(courtRequestRoute(u"/api/v1/judicial/freezes/{holdId}/deduct"_qs, u"judicial.deduct"_qs,
                                 judicial::RequestType::Deduct, true, 200));
    router.add(makeRoute("GET", u"/api/v1/judicial/expiring"_qs, u"judicial.expiring"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             int days = ctx.server.policy.judicial().expiringDays;
                             const QString text = ctx.request.query.queryItemValue(u"days"_qs);
                             if (!text.isEmpty()) {
                                 bool ok = false;
                                 days = text.toInt(&ok);
                                 if (!ok || days < 0 || days > 3660)
                                     return makeError(u"request.field_range"_qs, u"days"_qs, u"0..3660"_qs);
                             }
                             return expiringFreezes(ctx, days);
                         })));
    router.add(makeRoute("GET", u"/api/v1/judicial/requests/{id}"_qs, u"judicial.request"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = requestId(ctx);
                             if (!id)
                                 return id.error();
                             return judicialRequest(ctx, *id);
                         })));
    router.add(makeRoute(
        "GET", u"/api/v1/judicial/inbox"_qs, u"judicial.inbox"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> { return judicialInbox(ctx); })));
    router.add(makeRoute("POST", u"/api/v1/judicial/inbox/{id}/handle"_qs, u"judicial.handle"_qs, true,
                         noBody, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto id = requestId(ctx);
                             if (!id)
                                 return id.error();
                             return handleInboxRequest(ctx, *id);
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/judicial/inbox/{id}/reject"_qs, u"judicial.reject"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readReason(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto id = requestId(ctx);
            if (!id)
                return id.error();
            auto reason = readReason(ctx);
            if (!reason)
                return reason.error();
            return rejectInboxRequest(ctx, *id, *reason);
        })));
}

} // namespace hpf::server
