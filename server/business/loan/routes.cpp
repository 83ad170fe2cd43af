// Loan applications (issue 18): the check, acceptance, the read back, the list and the lifecycle.
// The only file of the area that reads JSON, paths and query strings.
#include "platform/http/routes.h"

#include "business/loan/loanroutes.h"
#include "business/loan/loanservice.h"
#include "business/loan/outside/loanoutside.h"
#include "domain/money.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hpf::server {

namespace {

constexpr int kMaxParties = 10;

Status readParty(const QJsonValue &value, int index, LoanParty &party)
{
    const QString p = QStringLiteral("parties[%1]").arg(index);
    if (!value.isObject())
        return makeError(u"request.field_type"_qs, p, u"expected an object"_qs);
    BodyReader b(value.toObject(), p);
    party.role = b.string(u"role"_qs, 20);
    party.documentType = b.string(u"documentType"_qs, 2);
    party.documentNumber = b.string(u"documentNumber"_qs, 40);
    party.name = b.string(u"name"_qs, 60);
    party.monthlyIncomeFen = b.integer(u"monthlyIncomeFen"_qs, 0, money::kMaximumFen);
    party.monthlyDebtFen = b.integer(u"monthlyDebtFen"_qs, 0, money::kMaximumFen, false);
    party.creditAuthorised = b.boolean(u"creditAuthorised"_qs, false);
    return b.finish();
}

// POST /loans/check and POST /loans/applications take the same LoanApplicationRequest.
Result<LoanRequest> readLoanRequest(RequestContext &ctx)
{
    LoanRequest in;
    QJsonObject top = ctx.body;
    const QJsonValue parties = top.take(u"parties"_qs);
    BodyReader body(top);
    in.kind = body.string(u"kind"_qs, 20);
    in.amountFen = body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    in.termMonths = int(body.integer(u"termMonths"_qs, 1, 600));
    in.methodName = body.string(u"method"_qs, 20);
    in.homeOrder = int(body.integer(u"homeOrder"_qs, 1, 2));
    in.bankCode = body.string(u"bankCode"_qs, 3);
    in.queryShared = body.boolean(u"queryShared"_qs, false); // issue 18
    const QJsonObject property = body.object(u"property"_qs);
    const QJsonObject commercial = body.object(u"commercial"_qs, false);
    const QJsonObject conversion = body.object(u"conversion"_qs, false);
    const bool hasCommercial = body.has(u"commercial"_qs);
    const bool hasConversion = body.has(u"conversion"_qs);
    if (Status s = body.finish(); !s)
        return s.error();

    BodyReader p(property, u"property"_qs);
    in.propertyAddress = p.string(u"address"_qs, 200);
    in.priceFen = p.integer(u"priceFen"_qs, 1, money::kMaximumFen);
    in.purchaseContract = p.string(u"purchaseContract"_qs, 60);
    if (Status s = p.finish(); !s)
        return s.error();

    if (!parties.isArray())
        return makeError(parties.isUndefined() ? u"request.field_required"_qs : u"request.field_type"_qs,
                         u"parties"_qs, u"expected an array"_qs);
    const QJsonArray list = parties.toArray();
    if (list.isEmpty() || list.size() > kMaxParties)
        return makeError(u"request.field_range"_qs, u"parties"_qs, u"1 to 10 people"_qs);
    for (qsizetype i = 0; i < list.size(); ++i) {
        LoanParty party;
        if (Status s = readParty(list.at(i), int(i), party); !s)
            return s.error();
        in.parties.append(party);
    }

    if (hasCommercial) {
        BodyReader c(commercial, u"commercial"_qs);
        in.commercialAmountFen = c.integer(u"amountFen"_qs, 1, money::kMaximumFen);
        in.commercialBank = c.string(u"bankCode"_qs, 3);
        in.commercialTermMonths = int(c.integer(u"termMonths"_qs, 1, 600));
        const QString rate = c.string(u"rate"_qs, 10);
        if (Status s = c.finish(); !s)
            return s.error();
        auto parsed = finance::parsePercent(rate, u"commercial.rate"_qs);
        if (!parsed || parsed->ppm > finance::Rate::kScale)
            return makeError(u"loan.commercial"_qs, u"commercial.rate"_qs, u"a percentage, 0..100"_qs);
        in.commercialRatePpm = parsed->ppm;
    }
    if (hasConversion) {
        BodyReader v(conversion, u"conversion"_qs);
        in.conversionBank = v.string(u"bankCode"_qs, 3);
        in.conversionContract = v.string(u"contractNumber"_qs, 60);
        in.conversionOutstandingFen = v.integer(u"outstandingFen"_qs, 1, money::kMaximumFen);
        if (Status s = v.finish(); !s)
            return s.error();
    }
    if (Status s = checkLoanRequest(ctx, in); !s)
        return s.error();
    return in;
}

Result<QString> readReason(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString reason = body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(u"request.field_required"_qs, u"reason"_qs);
    return reason.trimmed();
}

Status noBody(RequestContext &ctx)
{
    return ctx.body.isEmpty() ? Status{}
                              : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
}

struct ListQuery
{
    QString status;
    int page = 1;
};

Result<ListQuery> readList(const RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    ListQuery q;
    q.status = query.queryItemValue(u"status"_qs);
    if (!q.status.isEmpty() && !isLoanStatus(q.status))
        return makeError(u"request.field_range"_qs, u"status"_qs,
                         u"accepted, reviewed, approved, refused, signed or disbursed"_qs);
    if (const QString page = query.queryItemValue(u"page"_qs); !page.isEmpty()) {
        bool ok = false;
        q.page = page.toInt(&ok);
        if (!ok || q.page < 1 || q.page > 100000)
            return makeError(u"request.field_range"_qs, u"page"_qs, u"1..100000"_qs);
    }
    return q;
}

Route lifecycleRoute(const QString &verb, const QString &operation,
                     Result<QJsonObject> (*action)(ServiceContext &, const QString &))
{
    return makeRoute("POST", u"/api/v1/loans/applications/{serial}/"_qs + verb, operation, true, noBody,
                     jsonHandler(200, [action](RequestContext &ctx) { return action(ctx, ctx.arg(0)); }));
}

} // namespace

void registerLoanRoutes(Router &router)
{
    // A read sent as POST: identities and incomes stay out of the URL.
    router.add(makeRoute(
        "POST", u"/api/v1/loans/check"_qs, u"loans.check"_qs, false,
        [](RequestContext &ctx) -> Status {
            auto in = readLoanRequest(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readLoanRequest(ctx);
            if (!in)
                return in.error();
            if (in->queryShared) // issue 18: the sharing interfaces first (loanoutsideroutes.cpp)
                return checkLoanWithSharing(ctx, *in);
            return inReadTransaction(ctx, [&]() { return checkLoan(ctx, *in); });
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/applications"_qs, u"loans.apply"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readLoanRequest(ctx);
            return in ? Status{} : Status{in.error()};
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto in = readLoanRequest(ctx);
            if (!in)
                return in.error();
            Refusal refusal;
            auto r = applyLoan(ctx, *in, &refusal);
            if (!r) {
                if (!refusal.isEmpty())
                    return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
                return r.error();
            }
            return HttpResponse::json(201, *r);
        }));
    router.add(makeRoute("GET", u"/api/v1/loans/applications"_qs, u"loans.list"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto q = readList(ctx);
                             if (!q)
                                 return q.error();
                             return listLoanApplications(ctx, q->status, q->page);
                         })));
    router.add(makeRoute("GET", u"/api/v1/loans/applications/{serial}"_qs, u"loans.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             return getLoanApplication(ctx, ctx.arg(0));
                         })));
    router.add(lifecycleRoute(u"review"_qs, u"loans.review"_qs, reviewLoan));
    router.add(lifecycleRoute(u"approve"_qs, u"loans.approve"_qs, approveLoan));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/applications/{serial}/refuse"_qs, u"loans.refuse"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readReason(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto reason = readReason(ctx);
            if (!reason)
                return reason.error();
            return refuseLoan(ctx, ctx.arg(0), *reason);
        })));

    registerSigningRoutes(router);
    registerLoanAccountRoutes(router);
    registerLoanOutsideRoutes(router); // issue 18: credit reports
    registerLoanOverdueRoutes(router); // issue 18
}

} // namespace hpf::server
