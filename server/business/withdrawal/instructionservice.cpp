#include "business/withdrawal/instructionservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/sharedanswers.h"
#include "business/judicial/holdstore.h"
#include "business/withdrawal/instructionstore.h"
#include "domain/accountnumber.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/jobs/jobs.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

QDate parseMonth(const QString &text)
{
    if (text.size() != 7)
        return {};
    return QDate::fromString(text + u"-01"_qs, Qt::ISODate);
}

} // namespace

Status checkInstructionRequest(ServiceContext &ctx, InstructionRequest &request)
{
    auto number =
        accountnumber::parse(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!number)
        return number.error();
    request.accountNumber = number->number;
    const finance::WithdrawalType *rent = ctx.server.policy.withdrawal().type(u"rent");
    if (!rent || !rent->frequencies.contains(request.frequency))
        return makeError(u"instruction.frequency"_qs, u"frequency"_qs, u"monthly or quarterly"_qs);
    const QDate today = ctx.now.toLocalTime().date();
    const QDate start = parseMonth(request.startMonth);
    if (!start.isValid() || start < QDate(today.year(), today.month(), 1) || start > today.addYears(1))
        return makeError(u"instruction.months"_qs, u"startMonth"_qs,
                         u"YYYY-MM, from this month to a year ahead"_qs);
    if (!request.endMonth.isEmpty()) {
        const QDate end = parseMonth(request.endMonth);
        if (!end.isValid() || end < start || end > start.addYears(10))
            return makeError(u"instruction.months"_qs, u"endMonth"_qs,
                             u"YYYY-MM, not before the start month"_qs);
    }
    return normalizePayee(request.payee);
}

Result<QJsonObject> createInstruction(ServiceContext &ctx, const InstructionRequest &request,
                                      Refusal *refusal)
{
    const finance::WithdrawalType *rent = ctx.server.policy.withdrawal().type(u"rent");
    const QDate today = ctx.now.toLocalTime().date();
    auto holds = HoldsSession::open(ctx, request.accountNumber);
    if (!holds)
        return makeError(holds.error().code, u"accountNumber"_qs, holds.error().detail);
    const AccountRow account = holds->account();
    if (Status s = ctx.checkBranch(account.branchId); !s)
        return s.error();
    auto active = activeInstructionCount(ctx, account.id);
    if (!active)
        return active.error();
    if (*active > 0)
        return makeError(u"instruction.duplicate"_qs, u"accountNumber"_qs,
                         u"an active instruction exists"_qs);
    auto given = answersByIds(ctx, account.personId, request.sharedAnswerIds);
    if (!given)
        return given.error();
    auto answers = freshAnswers(ctx, account.personId);
    if (!answers)
        return answers.error();
    auto rule = rent->ruleAt(today);
    if (!rule)
        return rule.error();
    auto gathered = gatherFacts(ctx, account, u"rent"_qs, request.evidence, *answers);
    if (!gathered)
        return gathered.error();
    const int months = request.frequency == u"quarterly" ? 3 : 1;
    finance::WithdrawalFacts facts = gathered.value();
    facts.months = months;
    // The instruction pays from its start month on: the interval since the last rent withdrawal
    // and today's available balance are judged at each payment, not now.
    const finance::WithdrawalJudgement j = finance::judgeWithdrawal(*rent, *rule, facts);
    for (const finance::RuleOutcome &r : j.rules) {
        if (r.passed || r.rule == u"interval" || r.rule == u"available")
            continue;
        if (refusal) {
            QJsonArray rules;
            for (const finance::RuleOutcome &o : j.rules)
                rules.append(o.toJson());
            refusal->members = {{u"rules"_qs, rules}};
        }
        if (r.rule == u"account_state")
            return makeError(r.code, r.field);
        return makeError(u"withdrawal.not_eligible"_qs, r.field, r.rule + u": "_qs + r.code);
    }
    const qint64 limit = std::min(*request.evidence.monthlyRentFen, rule->monthlyCapFen) * months;
    if (request.amountFen > limit)
        return makeError(u"withdrawal.amount_above_max"_qs, u"amountFen"_qs,
                         u"at most "_qs + money::format(limit));

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    InstructionRow row;
    row.serial = *serial;
    row.accountId = account.id;
    row.accountNumber = account.accountNumber;
    row.personId = account.personId;
    row.branchId = account.branchId;
    row.status = u"active"_qs;
    row.frequency = request.frequency;
    row.amountFen = request.amountFen;
    row.startMonth = request.startMonth;
    row.endMonth = request.endMonth;
    // The first period is due on the first day of the start month (at once when that has passed).
    row.nextDue = parseMonth(request.startMonth).toString(Qt::ISODate);
    row.payee = request.payee;
    row.evidence = request.evidenceJson;
    row.createdAtMs = ctx.nowMs;
    auto id = insertInstruction(ctx, row);
    if (!id)
        return id.error();
    row.id = *id;
    if (Status s = markAnswersUsed(ctx, *given, *serial); !s)
        return s.error();
    if (Status s = queueInstalment(ctx.db, row, ctx.nowMs); !s)
        return s.error();

    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"rent_instruction"_qs;
    draft.businessLabel = u"租房提取委托"_qs;
    draft.object = u"account:"_qs + account.accountNumber;
    draft.line(u"个人账号"_qs, account.accountNumber);
    draft.line(u"提取类型"_qs, rent->name);
    draft.line(u"委托频率"_qs, months == 3 ? u"按季"_qs : u"按月"_qs);
    draft.line(u"起始月份"_qs, request.startMonth);
    draft.line(u"终止月份"_qs, request.endMonth.isEmpty() ? u"—"_qs : request.endMonth);
    draft.line(u"收款银行"_qs, request.payee.maskedJson().value(u"bankName"_qs).toString());
    draft.line(u"收款账号"_qs, maskBankAccount(request.payee.accountNumber));
    draft.line(u"收款人"_qs, request.payee.name);
    draft.amounts.append(amount(u"每期金额"_qs, request.amountFen));
    const QJsonObject instruction = instructionJson(row, false);
    draft.fields = instruction;
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s =
            ctx.audit(ctx.operation, u"instruction:"_qs + QString::number(row.id), u"ok"_qs, {}, instruction);
        !s)
        return s.error();
    qCInfo(lcWithdrawal) << ctx.operation << "instruction" << row.id << *serial;
    return QJsonObject{{u"instruction"_qs, instruction}, {u"receipt"_qs, *receipt}};
}

Result<QJsonObject> searchInstructions(ServiceContext &ctx, const QString &accountNumber)
{
    auto number = accountnumber::parse(accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!number)
        return number.error();
    auto account = findAccount(ctx, number->number);
    if (!account)
        return makeError(account.error().code, u"accountNumber"_qs);
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    auto rows = instructionsOfAccount(ctx, account->id);
    if (!rows)
        return rows.error();
    QJsonArray items;
    for (const InstructionRow &r : *rows)
        items.append(instructionJson(r, false));
    return QJsonObject{{u"items"_qs, items}};
}

Result<QJsonObject> getInstruction(ServiceContext &ctx, const QString &id)
{
    auto row = loadInstruction(ctx, id, false);
    if (!row)
        return row.error();
    if (Status s = ctx.checkBranch(row->branchId); !s)
        return s.error();
    QJsonObject instruction = instructionJson(*row, true);
    auto payments = paymentsJson(ctx, row->id);
    if (!payments)
        return payments.error();
    instruction.insert(u"payments"_qs, *payments);
    return QJsonObject{{u"instruction"_qs, instruction}};
}

Result<QJsonObject> endInstruction(ServiceContext &ctx, const QString &id, const QString &reason)
{
    auto row = loadInstruction(ctx, id, true);
    if (!row)
        return row.error();
    if (Status s = ctx.checkBranch(row->branchId); !s)
        return s.error();
    if (row->status == u"ended")
        return makeError(u"instruction.status"_qs, u"id"_qs, u"the instruction has ended"_qs);
    const QJsonObject before = instructionJson(*row, false);
    if (Status s = setInstructionStatus(ctx, row->id, u"ended"_qs, reason, ctx.nowMs); !s)
        return s.error();
    auto after = loadInstruction(ctx, id, false);
    if (!after)
        return after.error();
    const QJsonObject instruction = instructionJson(*after, false);
    if (Status s = ctx.audit(ctx.operation, u"instruction:"_qs + id, u"ok"_qs, before, instruction); !s)
        return s.error();
    return QJsonObject{{u"instruction"_qs, instruction}};
}

} // namespace hpf::server
