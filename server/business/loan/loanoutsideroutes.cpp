// Routes of the loan applications' outside systems (issue 18, part G): the credit report of a
// party and the loan check that asks the sharing interfaces first. Both talk to another system
// between their own read and write transactions, never inside one, which is why neither is run in
// the dispatcher's transaction.
#include "business/loan/loanoutside.h"
#include "business/loan/loanservice.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"
#include "platform/http/routes.h"
#include "platform/sharing/shareddata.h"
#include "platform/store/transaction.h"

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

// POST /loans/applications/{serial}/credit-reports: the party and its authorisation are read, the
// bureau is asked outside any transaction, then the report and the audit record of the fetch are
// stored in one short write transaction.
Result<QJsonObject> fetchCreditReport(RequestContext &ctx, const QString &serial, int position)
{
    CreditQuestion question;
    auto read = inReadTransaction(ctx, [&]() -> Result<QJsonObject> {
        auto q = creditQuestion(ctx, serial, position);
        if (!q)
            return q.error();
        question = *q;
        return QJsonObject();
    });
    if (!read)
        return read.error();
    if (!ctx.server.creditBureau)
        return makeError(u"credit.unavailable"_qs, {}, u"no credit bureau is configured"_qs);
    auto report = ctx.server.creditBureau->fetchReport(question.subject, question.authorisation);
    if (!report)
        return makeError(report.error().code, {}, report.error().detail);
    Result<QJsonObject> out = QJsonObject();
    const Status s = runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        out = storeCreditReport(ctx, question, *report);
        if (!out)
            return out.error();
        return TxEnd::Commit;
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace

Result<QJsonObject> checkLoanWithSharing(RequestContext &ctx, const LoanRequest &request)
{
    ShareAsk ask;
    auto read = inReadTransaction(ctx, [&]() -> Result<QJsonObject> {
        auto a = loanShareAsk(ctx, request);
        if (!a)
            return a.error();
        ask = *a;
        return QJsonObject();
    });
    if (!read)
        return read.error();
    if (!ctx.server.sharedData)
        return makeError(u"sharing.unavailable"_qs, u"queryShared"_qs, u"no sharing interface is configured"_qs);
    QList<std::pair<QString, SharedAnswer>> answers;
    for (const QString &source : loanShareSources()) {
        auto answer = ctx.server.sharedData->query(source, ask.subject, {});
        if (!answer)
            return makeError(answer.error().code, u"queryShared"_qs, answer.error().detail);
        answers.append({source, *answer});
    }
    Result<QJsonObject> out = QJsonObject();
    // The answers are kept even when the check then refuses (a married borrower without a spouse):
    // they are what the registers said, audited, and the next check uses them.
    const Status s = runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        for (const auto &[source, answer] : answers) {
            if (auto stored = storeSharedAnswer(ctx, ask.personId, source, answer); !stored)
                return stored.error();
        }
        out = checkLoan(ctx, request);
        return TxEnd::Commit;
    });
    if (!s)
        return s.error();
    return out;
}

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
