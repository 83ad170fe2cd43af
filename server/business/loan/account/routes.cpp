// The loan account's routes (issue 18, part B): disbursement and repayments posted by hand.
// The only file of the loan account that reads JSON and paths.
#include "platform/http/routes.h"

#include "business/loan/account/loanaccount.h"
#include "business/loan/loanroutes.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

#include <QUrlQuery>

namespace hpf::server {

namespace {

Result<bool> readDisbursement(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const bool fromFundBalance = body.boolean(u"fromFundBalance"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return fromFundBalance;
}

Result<qint64> readRepayment(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const qint64 amount = body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    if (Status s = body.finish(); !s)
        return s.error();
    return amount;
}

Result<PrepaymentRequest> readPrepayment(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    PrepaymentRequest in;
    in.kind = body.string(u"kind"_qs, 10);
    const bool partial = in.kind == u"partial";
    in.amountFen = body.integer(u"amountFen"_qs, 1, money::kMaximumFen, partial);
    in.keep = body.string(u"keep"_qs, 10, partial);
    if (Status s = body.finish(); !s)
        return s.error();
    if (in.kind != u"partial" && in.kind != u"full")
        return makeError(u"request.field_range"_qs, u"kind"_qs, u"partial or full"_qs);
    if (!partial && (body.has(u"amountFen"_qs) || body.has(u"keep"_qs)))
        return makeError(u"request.unknown_field"_qs,
                         body.has(u"amountFen"_qs) ? u"amountFen"_qs : u"keep"_qs,
                         u"a full prepayment pays the outstanding and its interest"_qs);
    if (partial && in.keep != u"term" && in.keep != u"payment")
        return makeError(u"request.field_range"_qs, u"keep"_qs, u"term or payment"_qs);
    return in;
}

// issue 18: ?status=&page= of the loan list.
struct LoanListQuery
{
    QString status;
    int page = 1;
};

Result<LoanListQuery> readLoanList(const RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    LoanListQuery q;
    q.status = query.queryItemValue(u"status"_qs);
    if (!q.status.isEmpty() && !isLoanAccountStatus(q.status))
        return makeError(u"request.field_range"_qs, u"status"_qs, u"repaying, overdue or settled"_qs);
    if (const QString page = query.queryItemValue(u"page"_qs); !page.isEmpty()) {
        bool ok = false;
        q.page = page.toInt(&ok);
        if (!ok || q.page < 1 || q.page > 100000)
            return makeError(u"request.field_range"_qs, u"page"_qs, u"1..100000"_qs);
    }
    return q;
}

} // namespace

void registerLoanAccountRoutes(Router &router)
{
    // issue 18
    router.add(makeRoute("GET", u"/api/v1/loans/accounts"_qs, u"loans.accounts"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto q = readLoanList(ctx);
                             if (!q)
                                 return q.error();
                             return listLoanAccounts(ctx, q->status, q->page);
                         })));
    router.add(makeRoute("GET", u"/api/v1/loans/accounts/{contract}"_qs, u"loans.account"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto loan = findLoanAccount(ctx, ctx.arg(0), false);
                             if (!loan)
                                 return loan.error();
                             return loanAccountJson(ctx, loan->id);
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/applications/{serial}/disburse"_qs, u"loans.disburse"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readDisbursement(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto fromFundBalance = readDisbursement(ctx);
            if (!fromFundBalance)
                return fromFundBalance.error();
            return disburseLoan(ctx, ctx.arg(0), *fromFundBalance);
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/accounts/{contract}/repayments"_qs, u"loans.repay"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readRepayment(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto amount = readRepayment(ctx);
            if (!amount)
                return amount.error();
            return repayLoan(ctx, ctx.arg(0), *amount);
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/loans/accounts/{contract}/prepayments"_qs, u"loans.prepay"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto r = readPrepayment(ctx);
            return r ? Status{} : Status{r.error()};
        },
        jsonHandler(201, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readPrepayment(ctx);
            if (!in)
                return in.error();
            return prepayLoan(ctx, ctx.arg(0), *in);
        })));
}

} // namespace hpf::server
