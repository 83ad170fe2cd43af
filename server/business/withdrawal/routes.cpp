// Withdrawals (提取), closure (销户) and standing rent instructions (issue 17). The only file of the
// area that reads JSON and paths.
#include "platform/http/routes.h"

#include "business/accounts/sharedanswers.h"
#include "business/withdrawal/instructionservice.h"
#include "business/withdrawal/withdrawalservice.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "platform/sharing/shareddata.h"
#include "platform/store/transaction.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

constexpr int kMaxSharedAnswerIds = 10;

// The Evidence object (every key optional; unknown keys are refused with 400).
Status readEvidence(const QJsonObject &object, WithdrawalRequest &in)
{
    const QString p = u"evidence"_qs;
    BodyReader e(object, p);
    const QString eventDate = e.string(u"eventDate"_qs, 10, false);
    in.evidence.contractNumber = e.string(u"contractNumber"_qs, 40, false);
    in.evidence.priceFen = e.optionalInteger(u"priceFen"_qs, 1, money::kMaximumFen);
    in.evidence.propertyAddress = e.string(u"propertyAddress"_qs, 100, false);
    in.evidence.loanBank = e.string(u"loanBank"_qs, 3, false);
    in.evidence.loanContractNumber = e.string(u"loanContractNumber"_qs, 40, false);
    in.evidence.loanOutstandingFen = e.optionalInteger(u"loanOutstandingFen"_qs, 1, money::kMaximumFen);
    in.evidence.loanMonthlyFen = e.optionalInteger(u"loanMonthlyFen"_qs, 1, money::kMaximumFen);
    in.evidence.monthlyRentFen = e.optionalInteger(u"monthlyRentFen"_qs, 1, money::kMaximumFen);
    const QJsonObject heir = e.object(u"heir"_qs, false);
    if (Status s = e.finish(); !s)
        return s;
    if (!eventDate.isEmpty()) {
        in.evidence.eventDate = QDate::fromString(eventDate, Qt::ISODate);
        if (eventDate.size() != 10 || !in.evidence.eventDate.isValid())
            return makeError(u"withdrawal.evidence_date"_qs, p + u".eventDate"_qs, u"expected YYYY-MM-DD"_qs);
    }
    if (!in.evidence.loanBank.isEmpty() &&
        (in.evidence.loanBank.size() != 3 || in.evidence.loanBank.toInt() <= 0))
        return makeError(u"payee.bank"_qs, p + u".loanBank"_qs, u"a 3-digit bank code"_qs);
    if (object.contains(u"heir"_qs)) {
        BodyReader h(heir, p + u".heir"_qs);
        h.string(u"name"_qs, 60);
        h.string(u"documentType"_qs, 2);
        h.string(u"documentNumber"_qs, 40);
        h.string(u"relation"_qs, 20);
        if (Status s = h.finish(); !s)
            return s;
        in.evidence.heir = true;
    }
    in.evidenceJson = object;
    return {};
}

Status readSharedAnswerIds(const QJsonValue &value, QStringList &out)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return makeError(u"request.field_type"_qs, u"sharedAnswerIds"_qs, u"expected an array"_qs);
    const QJsonArray ids = value.toArray();
    if (ids.size() > kMaxSharedAnswerIds)
        return makeError(u"request.field_range"_qs, u"sharedAnswerIds"_qs, u"at most 10"_qs);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString field = QStringLiteral("sharedAnswerIds[%1]").arg(i);
        if (!ids.at(i).isString() || ids.at(i).toString().isEmpty() || ids.at(i).toString().size() > 20)
            return makeError(u"request.field_type"_qs, field, u"expected an answer id string"_qs);
        out.append(ids.at(i).toString());
    }
    return {};
}

Status readPayee(const QJsonObject &object, Payee &payee)
{
    BodyReader b(object, u"payee"_qs);
    payee.bankCode = b.string(u"bankCode"_qs, 3);
    payee.accountNumber = b.string(u"accountNumber"_qs, 64);
    payee.name = b.string(u"name"_qs, 60);
    return b.finish();
}

// `create`: POST /withdrawals; otherwise POST /withdrawals/check.
Result<WithdrawalRequest> readWithdrawal(RequestContext &ctx, bool create)
{
    WithdrawalRequest in;
    QJsonObject top = ctx.body;
    const QJsonValue ids = top.take(u"sharedAnswerIds"_qs);
    BodyReader body(top);
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.type = body.string(u"type"_qs, 20);
    in.amountFen = body.optionalInteger(u"amountFen"_qs, 1, money::kMaximumFen);
    const QJsonObject evidence = body.object(u"evidence"_qs, false);
    QJsonObject payee;
    if (create) {
        payee = body.object(u"payee"_qs);
        in.memo = body.string(u"memo"_qs, 200, false);
    } else {
        in.queryShared = body.boolean(u"queryShared"_qs, false);
    }
    if (Status s = body.finish(); !s)
        return s.error();
    if (!create && !ids.isUndefined())
        return makeError(u"request.unknown_field"_qs, u"sharedAnswerIds"_qs);
    if (Status s = readSharedAnswerIds(ids, in.sharedAnswerIds); !s)
        return s.error();
    if (Status s = readEvidence(evidence, in); !s)
        return s.error();
    if (create) {
        if (Status s = readPayee(payee, in.payee); !s)
            return s.error();
    }
    if (Status s = checkWithdrawalRequest(ctx, in, create); !s)
        return s.error();
    return in;
}

// POST /withdrawals/check with queryShared: the person is read, the sharing interfaces are asked
// outside any transaction, then the answers and their audit records are stored and the check is
// judged in one short write transaction.
Result<QJsonObject> checkWithSharing(RequestContext &ctx, const WithdrawalRequest &in)
{
    ShareQuestion question;
    auto read = inReadTransaction(ctx, [&]() -> Result<QJsonObject> {
        auto q = shareQuestion(ctx, in);
        if (!q)
            return q.error();
        question = *q;
        return QJsonObject();
    });
    if (!read)
        return read.error();
    if (!question.sources.isEmpty() && !ctx.server.sharedData)
        return makeError(u"sharing.unavailable"_qs, u"queryShared"_qs,
                         u"no sharing interface is configured"_qs);
    QList<std::pair<QString, SharedAnswer>> answers;
    for (const QString &source : std::as_const(question.sources)) {
        auto answer = ctx.server.sharedData->query(
            source, {question.documentType, question.documentNumber, question.name}, in.evidenceJson);
        if (!answer)
            return makeError(answer.error().code, u"queryShared"_qs, answer.error().detail);
        answers.append({source, *answer});
    }
    Result<QJsonObject> out = QJsonObject();
    const Status s =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            for (const auto &[source, answer] : answers) {
                if (auto stored = storeSharedAnswer(ctx, question.personId, source, answer); !stored)
                    return stored.error();
            }
            out = checkWithdrawal(ctx, in);
            if (!out)
                return out.error();
            return TxEnd::Commit;
        });
    if (!s)
        return s.error();
    return out;
}

void addWithdrawalRoutes(Router &router)
{
    // A read sent as POST (the account number stays out of the URL), like persons.search; with
    // queryShared it also stores the sharing interfaces' answers (checkWithSharing).
    router.add(makeRoute(
        "POST", u"/api/v1/withdrawals/check"_qs, u"withdrawals.check"_qs, false,
        [](RequestContext &ctx) -> Status {
            auto in = readWithdrawal(ctx, false);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readWithdrawal(ctx, false);
            if (!in)
                return in.error();
            if (in->queryShared)
                return checkWithSharing(ctx, *in);
            return inReadTransaction(ctx, [&]() { return checkWithdrawal(ctx, *in); });
        })));
    router.add(makeRoute(
        "POST", u"/api/v1/withdrawals"_qs, u"withdrawals.create"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readWithdrawal(ctx, true);
            return in ? Status{} : Status{in.error()};
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto in = readWithdrawal(ctx, true);
            if (!in)
                return in.error();
            Refusal refusal;
            auto r = withdraw(ctx, *in, &refusal);
            if (!r) {
                if (!refusal.isEmpty())
                    return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
                return r.error();
            }
            return HttpResponse::json(201, *r);
        }));
    // Retired (issue 17): the bare debit that accepted "retirement" without closing the account.
    router.add(
        makeRoute("POST", u"/api/v1/accounts/{accountNumber}/withdrawals"_qs, u"withdrawals.retired"_qs,
                  false, {}, [](RequestContext &ctx) -> Result<HttpResponse> {
                      return problem(makeError(u"withdrawal.route_retired"_qs, {},
                                               u"use POST /api/v1/withdrawals with a withdrawal type"_qs),
                                     ctx.request.requestId, 410);
                  }));
}

// ---- standing rent instructions (租房提取委托) ------------------------------------------------------

Result<InstructionRequest> readInstruction(RequestContext &ctx)
{
    InstructionRequest in;
    QJsonObject top = ctx.body;
    const QJsonValue ids = top.take(u"sharedAnswerIds"_qs);
    BodyReader body(top);
    in.accountNumber = body.string(u"accountNumber"_qs, 20);
    in.frequency = body.string(u"frequency"_qs, 10);
    in.amountFen = body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    in.startMonth = body.string(u"startMonth"_qs, 7);
    in.endMonth = body.string(u"endMonth"_qs, 7, false);
    const QJsonObject evidence = body.object(u"evidence"_qs, false);
    const QJsonObject payee = body.object(u"payee"_qs);
    if (Status s = body.finish(); !s)
        return s.error();
    if (Status s = readSharedAnswerIds(ids, in.sharedAnswerIds); !s)
        return s.error();
    WithdrawalRequest w;
    if (Status s = readEvidence(evidence, w); !s)
        return s.error();
    in.evidence = w.evidence;
    in.evidenceJson = w.evidenceJson;
    if (Status s = readPayee(payee, in.payee); !s)
        return s.error();
    if (Status s = checkInstructionRequest(ctx, in); !s)
        return s.error();
    return in;
}

Result<QString> readAccountOnly(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString accountNumber = body.string(u"accountNumber"_qs, 20);
    if (Status s = body.finish(); !s)
        return s.error();
    return accountNumber;
}

Result<QString> readEndReason(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString reason = body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    return reason;
}

void addInstructionRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/api/v1/withdrawals/instructions"_qs, u"withdrawals.instruct"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readInstruction(ctx);
            return in ? Status{} : Status{in.error()};
        },
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto in = readInstruction(ctx);
            if (!in)
                return in.error();
            Refusal refusal;
            auto r = createInstruction(ctx, *in, &refusal);
            if (!r) {
                if (!refusal.isEmpty())
                    return refusalResponse(ctx, r.error(), refusal.members, refusal.status);
                return r.error();
            }
            return HttpResponse::json(201, *r);
        }));
    // A read sent as POST (the account number stays out of the URL).
    router.add(makeRoute(
        "POST", u"/api/v1/withdrawals/instructions/search"_qs, u"withdrawals.instructions"_qs, false,
        [](RequestContext &ctx) {
            auto in = readAccountOnly(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto in = readAccountOnly(ctx);
            if (!in)
                return in.error();
            return inReadTransaction(ctx, [&]() { return searchInstructions(ctx, *in); });
        })));
    router.add(makeRoute("GET", u"/api/v1/withdrawals/instructions/{id}"_qs, u"withdrawals.instructionGet"_qs,
                         false, {}, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             return getInstruction(ctx, ctx.arg(0));
                         })));
    router.add(makeRoute(
        "POST", u"/api/v1/withdrawals/instructions/{id}/end"_qs, u"withdrawals.instructionEnd"_qs, true,
        [](RequestContext &ctx) {
            auto in = readEndReason(ctx);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto reason = readEndReason(ctx);
            if (!reason)
                return reason.error();
            return endInstruction(ctx, ctx.arg(0), *reason);
        })));
}

// GET /withdrawals/{serial} goes after every literal /withdrawals/<name> route.
void addWithdrawalLookupRoutes(Router &router)
{
    router.add(makeRoute("GET", u"/api/v1/withdrawals/{serial}"_qs, u"withdrawals.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             return getWithdrawal(ctx, ctx.arg(0));
                         })));
}

} // namespace

void registerWithdrawalRoutes(Router &router)
{
    addWithdrawalRoutes(router);
    addInstructionRoutes(router);
    addWithdrawalLookupRoutes(router);
}

} // namespace hpf::server
