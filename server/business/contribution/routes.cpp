// Contributions (issue 17): 汇缴 with its preview, 补缴, 缓缴 and 基数调整. The only file of the area
// that reads JSON, paths and queries.
#include "platform/http/routes.h"

#include "business/contribution/adjustmentservice.h"
#include "business/contribution/backpayservice.h"
#include "business/contribution/deferralservice.h"
#include "business/contribution/remittanceservice.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

Result<RemittanceInput> readRemittance(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    RemittanceInput in;
    in.unitAccount = ctx.arg(0);
    in.month = body.string(u"month"_qs, 7);
    in.expectedTotalFen = body.optionalInteger(u"expectedTotalFen"_qs, 0, 999999999999999);
    in.expectedEmployees = body.optionalInteger(u"expectedEmployees"_qs, 0, 1000000);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

// The rows of a list body: an array of objects, each read by `readRow` (a row that does not read
// keeps its error and is judged as a row error). Over `maxRows` the service refuses the whole
// list: the rows are not read.
template<typename Row, typename ReadRow>
Status readRows(const QJsonValue &rows, int maxRows, QList<Row> &out, ReadRow readRow)
{
    if (rows.isUndefined() || rows.isNull())
        return makeError(u"request.field_required"_qs, u"rows"_qs);
    if (!rows.isArray())
        return makeError(u"request.field_type"_qs, u"rows"_qs, u"expected an array"_qs);
    const QJsonArray array = rows.toArray();
    if (array.size() > maxRows) {
        out.resize(array.size());
        return {};
    }
    for (const QJsonValue &v : array) {
        Row row;
        if (!v.isObject())
            row.formatError = makeError(u"request.field_type"_qs, {}, u"expected an object"_qs);
        else
            readRow(v.toObject(), row);
        out.append(row);
    }
    return {};
}

Result<BackPayRequest> readBackPay(RequestContext &ctx)
{
    QJsonObject top = ctx.body;
    const QJsonValue rows = top.take(u"rows"_qs);
    BodyReader body(top);
    BackPayRequest in;
    in.unitAccount = ctx.arg(0);
    in.month = body.string(u"month"_qs, 7);
    in.reason = body.string(u"reason"_qs, 2);
    in.memo = body.string(u"memo"_qs, 200, false);
    if (Status s = body.finish(); !s)
        return s.error();
    if (Status s = readRows(rows, kMaxBackPayRows, in.rows,
                            [](const QJsonObject &o, BackPayRow &row) {
                                BodyReader r(o);
                                row.accountNumber = r.string(u"accountNumber"_qs, 40);
                                row.baseFen = r.optionalInteger(u"baseFen"_qs, 0, 999999999999);
                                row.amountFen =
                                    r.optionalInteger(u"amountFen"_qs, -999999999999, 999999999999);
                                if (Status rowStatus = r.finish(); !rowStatus)
                                    row.formatError = rowStatus.error();
                            });
        !s)
        return s.error();
    return in;
}

Result<DeferralRequest> readDeferral(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    DeferralRequest in;
    in.unitAccount = ctx.arg(0);
    in.fromMonth = body.string(u"fromMonth"_qs, 7);
    in.toMonth = body.string(u"toMonth"_qs, 7);
    in.reason = body.string(u"reason"_qs, 200);
    in.memo = body.string(u"memo"_qs, 200, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return in;
}

Result<AdjustmentRequest> readAdjustment(RequestContext &ctx)
{
    QJsonObject top = ctx.body;
    const QJsonValue rows = top.take(u"rows"_qs);
    BodyReader body(top);
    AdjustmentRequest in;
    in.unitAccount = ctx.arg(0);
    in.year = int(body.integer(u"year"_qs, 1900, 9999));
    in.unitRatio = body.string(u"unitRatio"_qs, 10, false);
    in.personalRatio = body.string(u"personalRatio"_qs, 10, false);
    if (Status s = body.finish(); !s)
        return s.error();
    if (Status s = readRows(rows, kMaxAdjustmentRows, in.rows,
                            [](const QJsonObject &o, AdjustmentRowInput &row) {
                                BodyReader r(o);
                                row.documentType = r.string(u"documentType"_qs, 2);
                                row.documentNumber = r.string(u"documentNumber"_qs, 40);
                                row.name = r.string(u"name"_qs, 60);
                                row.baseFen = r.integer(u"baseFen"_qs, -999999999999, 999999999999);
                                if (Status rowStatus = r.finish(); !rowStatus)
                                    row.formatError = rowStatus.error();
                            });
        !s)
        return s.error();
    return in;
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

// A handler whose refusal may carry rows (backpay.rows, adjustment.rows).
template<typename Read, typename Run>
Handler rowsHandler(Read read, Run run)
{
    return [read, run](RequestContext &ctx) -> Result<HttpResponse> {
        auto in = read(ctx);
        if (!in)
            return in.error();
        Refusal refusal;
        auto r = run(ctx, *in, &refusal);
        if (!r) {
            if (!refusal.isEmpty())
                return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
            return r.error();
        }
        return HttpResponse::json(201, *r);
    };
}

void addRemittanceRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/units/{unitAccount}/remittances/preview"_qs,
                         u"remittances.preview"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             const QString month = ctx.request.query.queryItemValue(u"month"_qs);
                             auto m = computeRemittanceMonth(ctx, ctx.arg(0), month, false);
                             if (!m)
                                 return m.error();
                             return m->previewJson();
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/units/{unitAccount}/remittances"_qs, u"remittances.post"_qs, true,
        validator(readRemittance,
                  [](RequestContext &ctx, const RemittanceInput &in) { return checkRemittance(ctx, in); }),
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readRemittance(ctx);
            if (!in)
                return in.error();
            auto r = postRemittance(ctx, *in);
            if (!r)
                return r.error();
            return r->toJson();
        })));
    // 500 rows of about 100 bytes.
    router.add(makeRoute(
        "POST", u"/api/v1/units/{unitAccount}/back-payments"_qs, u"remittances.backPay"_qs, true,
        validator(readBackPay,
                  [](RequestContext &ctx, const BackPayRequest &in) { return checkBackPay(ctx, in); }),
        rowsHandler(
            readBackPay,
            [](RequestContext &ctx, const BackPayRequest &in, Refusal *refusal) -> Result<QJsonObject> {
                auto r = postBackPayment(ctx, in, refusal);
                if (!r)
                    return r.error();
                return r->toJson();
            }),
        256 * 1024));
    router.add(makeRoute(
        "GET", u"/api/v1/units/{unitAccount}/back-payments"_qs, u"remittances.backPayments"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) { return listBackPayments(ctx, ctx.arg(0)); })));
    router.add(
        makeRoute("POST", u"/api/v1/units/{unitAccount}/deferrals"_qs, u"remittances.defer"_qs, true,
                  validator(readDeferral, [](RequestContext &ctx,
                                             const DeferralRequest &in) { return checkDeferral(ctx, in); }),
                  jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
                      auto in = readDeferral(ctx);
                      if (!in)
                          return in.error();
                      return createDeferral(ctx, *in);
                  })));
    router.add(
        makeRoute("GET", u"/api/v1/units/{unitAccount}/deferrals"_qs, u"remittances.deferrals"_qs, false, {},
                  jsonHandler(200, [](RequestContext &ctx) { return listDeferrals(ctx, ctx.arg(0)); })));
}

void addAdjustmentRoutes(Router &router)
{
    constexpr int kListBytes = 2 * 1024 * 1024; // 5000 rows of about 120 bytes
    // A read sent as POST (the list carries identity numbers), like persons.search.
    router.add(makeRoute(
        "POST", u"/api/v1/units/{unitAccount}/base-adjustments/validate"_qs, u"adjustments.validate"_qs,
        false,
        validator(readAdjustment,
                  [](RequestContext &ctx, const AdjustmentRequest &in) { return checkAdjustment(ctx, in); }),
        jsonHandler(200,
                    [](RequestContext &ctx) -> Result<QJsonObject> {
                        auto in = readAdjustment(ctx);
                        if (!in)
                            return in.error();
                        return inReadTransaction(ctx, [&]() { return validateAdjustment(ctx, *in); });
                    }),
        kListBytes));
    router.add(makeRoute(
        "POST", u"/api/v1/units/{unitAccount}/base-adjustments"_qs, u"adjustments.submit"_qs, true,
        validator(readAdjustment,
                  [](RequestContext &ctx, const AdjustmentRequest &in) { return checkAdjustment(ctx, in); }),
        rowsHandler(readAdjustment, [](RequestContext &ctx, const AdjustmentRequest &in,
                                       Refusal *refusal) { return submitAdjustment(ctx, in, refusal); }),
        kListBytes));
    router.add(makeRoute(
        "GET", u"/api/v1/units/{unitAccount}/base-adjustments"_qs, u"adjustments.list"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) { return listAdjustments(ctx, ctx.arg(0)); })));
}

} // namespace

void registerContributionRoutes(Router &router)
{
    addRemittanceRoutes(router);
    addAdjustmentRoutes(router);
}

} // namespace hpf::server
