#include "platform/http/routes.h"

#include "business/transfer/crossservice.h"
#include "business/transfer/incityservice.h"
#include "business/transfer/mergeservice.h"
#include "domain/codetables.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "platform/store/transaction.h"

#include <QJsonArray>
#include <functional>

// Transfers (issue 16): in-city transfers and merges (市内转移, 个人合并) and cross-city transfers
// (异地转移接续) at the counter. The only file of the area that reads JSON and paths.
namespace hpf::server {

namespace {

// ---- in-city transfers and merges -------------------------------------------------------------

Result<InCityRequest> readInCity(const RequestContext &ctx)
{
    InCityRequest in;
    BodyReader body(ctx.body);
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.toUnitAccount = body.string(u"toUnitAccount"_qs, 20);
    in.memo = body.string(u"memo"_qs, 100, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<InCityBatchRequest> readInCityBatch(const RequestContext &ctx)
{
    InCityBatchRequest in;
    QJsonObject top = ctx.body;
    const QJsonValue rows = top.take(u"rows"_qs);
    BodyReader body(top);
    in.fromUnitAccount = body.string(u"fromUnitAccount"_qs, 20);
    in.toUnitAccount = body.string(u"toUnitAccount"_qs, 20);
    if (Status s = body.finish(); !s)
        return s.error();
    if (rows.isUndefined() || rows.isNull())
        return makeError(u"request.field_required"_qs, u"rows"_qs);
    if (!rows.isArray())
        return makeError(u"request.field_type"_qs, u"rows"_qs, u"expected an array"_qs);
    const QJsonArray array = rows.toArray();
    // Over the limit the service refuses the whole batch; do not read a row of it.
    if (array.size() > kMaxBatchRows) {
        in.rows.resize(array.size());
        return in;
    }
    for (const QJsonValue &v : array) {
        InCityBatchRow row;
        if (!v.isObject()) {
            row.formatError = makeError(u"request.field_type"_qs, {}, u"expected an object"_qs);
        } else {
            BodyReader rowBody(v.toObject());
            row.documentType = rowBody.string(u"documentType"_qs, 2);
            row.documentNumber = rowBody.string(u"documentNumber"_qs, 40);
            row.name = rowBody.string(u"name"_qs, 60);
            if (Status s = rowBody.finish(); !s)
                row.formatError = s.error();
        }
        in.rows.append(row);
    }
    return in;
}

Result<MergeRequest> readMerge(const RequestContext &ctx)
{
    MergeRequest in;
    BodyReader body(ctx.body);
    in.keepAccount = body.string(u"keepAccount"_qs, 20);
    in.mergeAccount = body.string(u"mergeAccount"_qs, 20);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<QString> readCandidates(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    QString accountNumber = body.string(u"accountNumber"_qs, 20);
    if (Status s = body.finish(); !s)
        return s.error();
    return accountNumber;
}

QJsonObject batchJson(const InCityBatchResult &r)
{
    return {{u"serial"_qs, r.serial},
            {u"count"_qs, r.items.size()},
            {u"items"_qs, r.items},
            {u"totalFen"_qs, r.totalFen},
            {u"receipt"_qs, r.receipt}};
}

QJsonObject candidatesJson(const MergeCandidates &c)
{
    QJsonArray items;
    for (const AccountRow &a : c.items)
        items.append(a.toJson());
    return {{u"accountNumber"_qs, c.accountNumber}, {u"items"_qs, items}};
}

// Reads with `read`, checks with `check` (the validator runs it before the transaction).
template<typename Read, typename Check>
Validator validator(Read read, Check check)
{
    return [read, check](RequestContext &ctx) -> Status {
        auto in = read(ctx);
        if (!in)
            return in.error();
        return check(ctx, *in);
    };
}

void addInCityRoutes(Router &router)
{
    router.add(makeRoute("POST", u"/api/v1/transfers/in-city"_qs, u"transfers.inCity"_qs, true,
                         validator(readInCity, checkInCity),
                         jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto in = readInCity(ctx);
                             if (!in)
                                 return in.error();
                             auto r = transferInCity(ctx, *in);
                             if (!r)
                                 return r.error();
                             return r->toJson();
                         })));
    // 500 rows of about 120 bytes.
    router.add(makeRoute(
        "POST", u"/api/v1/transfers/in-city/batches"_qs, u"transfers.inCityBatch"_qs, true,
        validator(readInCityBatch, checkInCityBatch),
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto in = readInCityBatch(ctx);
            if (!in)
                return in.error();
            Refusal refusal;
            auto r = transferInCityBatch(ctx, *in, &refusal);
            if (!r) {
                if (!refusal.isEmpty())
                    return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
                return r.error();
            }
            return HttpResponse::json(201, batchJson(*r));
        },
        256 * 1024));
    router.add(makeRoute("POST", u"/api/v1/transfers/merges"_qs, u"transfers.merge"_qs, true,
                         validator(readMerge, checkMerge),
                         jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto in = readMerge(ctx);
                             if (!in)
                                 return in.error();
                             auto r = mergeAccounts(ctx, *in);
                             if (!r)
                                 return r.error();
                             return r->toJson();
                         })));
    // A read sent as POST (the account number stays out of the URL), like persons.search.
    router.add(makeRoute(
        "POST", u"/api/v1/transfers/merge-candidates"_qs, u"transfers.mergeCandidates"_qs, false,
        [](RequestContext &ctx) {
            auto in = readCandidates(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readCandidates(ctx);
            if (!in)
                return in.error();
            return inReadTransaction(ctx, [&]() -> Result<QJsonObject> {
                auto c = mergeCandidates(ctx, *in);
                if (!c)
                    return c.error();
                return candidatesJson(*c);
            });
        })));
}

// GET /transfers/{serial} goes after every literal /transfers/<name> route (centers, transit …):
// the router takes the first pattern that matches.
void addInCityLookupRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/transfers/{serial}"_qs, u"transfers.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) { return getTransfer(ctx, ctx.arg(0)); })));
}

// ---- cross-city transfers ---------------------------------------------------------------------

Result<CrossApplyInput> readCrossApply(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    CrossApplyInput in;
    in.sendingCenter = body.string(u"sendingCenter"_qs, 6);
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.oldAccount = body.string(u"oldAccount"_qs, 20);
    in.oldUnitName = body.string(u"oldUnitName"_qs, 100);
    in.phone = body.string(u"phone"_qs, 20, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<QString> readCrossReason(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString reason = body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    return reason;
}

Status crossNoBody(RequestContext &ctx)
{
    return ctx.body.isEmpty() ? Status{}
                              : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
}

Result<CrossListQuery> readCrossList(const RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    CrossListQuery q;
    q.role = query.queryItemValue(u"role"_qs);
    if (!q.role.isEmpty() && q.role != u"in" && q.role != u"out")
        return makeError(u"request.field_range"_qs, u"role"_qs, u"in or out"_qs);
    const QString statuses = query.queryItemValue(u"status"_qs);
    if (!statuses.isEmpty()) {
        q.statuses = statuses.split(u',');
        for (const QString &st : std::as_const(q.statuses)) {
            if (!codes::transferStatuses().contains(st))
                return makeError(u"request.field_range"_qs, u"status"_qs, u"codes of transfer_status"_qs);
        }
    }
    if (const QString limit = query.queryItemValue(u"limit"_qs); !limit.isEmpty()) {
        bool ok = false;
        q.limit = limit.toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 50)
            return makeError(u"request.field_range"_qs, u"limit"_qs, u"1..50"_qs);
    }
    q.cursor = query.queryItemValue(u"cursor"_qs);
    if (!q.cursor.isEmpty()) {
        bool ok = false;
        if (q.cursor.toLongLong(&ok) <= 0 || !ok)
            return makeError(u"request.field_range"_qs, u"cursor"_qs, u"a nextCursor of a previous page"_qs);
    }
    return q;
}

// An action on the transfer of the path's letter number without a body.
Route crossAction(const QString &verb, const QString &operation, int status,
                  Result<QJsonObject> (*action)(ServiceContext &, const QString &))
{
    return makeRoute("POST", u"/api/v1/transfers/cross-city/{letter}/"_qs + verb, operation, true,
                     crossNoBody,
                     jsonHandler(status, [action](RequestContext &ctx) { return action(ctx, ctx.arg(0)); }));
}

// An action with a reason (refuse, fail).
Route crossReasonAction(const QString &verb, const QString &operation,
                        Result<QJsonObject> (*action)(ServiceContext &, const QString &, const QString &))
{
    return makeRoute(
        "POST", u"/api/v1/transfers/cross-city/{letter}/"_qs + verb, operation, true,
        [](RequestContext &ctx) -> Status {
            auto r = readCrossReason(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(200, [action](RequestContext &ctx) -> Result<QJsonObject> {
            auto reason = readCrossReason(ctx);
            if (!reason)
                return reason.error();
            return action(ctx, ctx.arg(0), *reason);
        }));
}

void addCrossCityRoutes(Router &router)
{
    router.add(makeRoute(
        "GET", u"/api/v1/transfers/centers"_qs, u"transfers.centers"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> { return transferCenters(ctx); })));
    router.add(makeRoute(
        "GET", u"/api/v1/transfers/transit"_qs, u"transfers.transit"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> { return transitBalance(ctx); })));
    router.add(makeRoute(
        "POST", u"/api/v1/transfers/cross-city"_qs, u"transfers.crossApply"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readCrossApply(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readCrossApply(ctx);
            if (!in)
                return in.error();
            return crossApply(ctx, *in);
        })));
    router.add(makeRoute("GET", u"/api/v1/transfers/cross-city"_qs, u"transfers.crossList"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto query = readCrossList(ctx);
                             if (!query)
                                 return query.error();
                             return crossList(ctx, *query);
                         })));
    router.add(makeRoute("GET", u"/api/v1/transfers/cross-city/{letter}"_qs, u"transfers.crossGet"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             return crossGet(ctx, ctx.arg(0));
                         })));
    router.add(crossAction(u"cancel"_qs, u"transfers.crossCancel"_qs, 200, crossCancel));
    router.add(crossAction(u"accept"_qs, u"transfers.crossAccept"_qs, 200, crossAccept));
    router.add(crossReasonAction(u"refuse"_qs, u"transfers.crossRefuse"_qs, crossRefuse));
    router.add(crossAction(u"resend"_qs, u"transfers.crossResend"_qs, 200, crossResend));
    router.add(crossReasonAction(u"fail"_qs, u"transfers.crossFail"_qs, crossFail));
    router.add(crossAction(u"progress"_qs, u"transfers.crossProgress"_qs, 202, crossProgress));
}

} // namespace

void registerTransferRoutes(Router &router)
{
    // The router takes the first route that matches: the fixed paths of the cross-city section
    // (/transfers/centers, /transfers/transit, /transfers/cross-city) go before /transfers/{serial}.
    addInCityRoutes(router);
    addCrossCityRoutes(router);
    addInCityLookupRoutes(router);
}

} // namespace hpf::server
