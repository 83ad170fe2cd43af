#include "business/withdrawal/withdrawalservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/debitcheck.h"
#include "business/accounts/interesttodate.h"
#include "business/accounts/sharedanswers.h"
#include "business/judicial/holdstore.h"
#include "business/reference/banks.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcWithdrawal, "hpf.server.withdrawal")

namespace {

const QString kClosedByWithdrawal = u"05"_qs; // 提取销户

Result<qint64> scalar(ServiceContext &ctx, const QString &sql, const QList<QPair<QString, QVariant>> &binds)
{
    Query q(ctx.db, sql);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.int64(0) : 0;
}

const finance::WithdrawalType *typeOf(ServiceContext &ctx, const QString &type)
{
    return ctx.server.policy.withdrawal().type(type);
}

QJsonArray rulesJson(const finance::WithdrawalJudgement &j)
{
    QJsonArray rules;
    for (const finance::RuleOutcome &r : j.rules)
        rules.append(r.toJson());
    return rules;
}

// The type's checklist, each material with the stored answer that stands in for it (零要件).
QJsonArray materialsJson(ServiceContext &ctx, const finance::WithdrawalType &type,
                         const QList<StoredAnswer> &answers, bool full)
{
    QJsonArray out;
    const finance::ArchiveBusiness *business = ctx.server.policy.archive().business(type.business);
    if (!business)
        return out;
    for (const finance::ArchiveMaterial &m : business->materials) {
        QJsonValue satisfied;
        for (const StoredAnswer &a : answers) {
            if (type.sharedSources.contains(a.source) && materialsSatisfiedBy(a).contains(m.code)) {
                satisfied = full ? QJsonValue(QJsonObject{{u"answerId"_qs, QString::number(a.id)},
                                                          {u"source"_qs, a.source}})
                                 : QJsonValue(QString::number(a.id));
                break;
            }
        }
        if (full)
            out.append(QJsonObject{{u"code"_qs, m.code},
                                   {u"name"_qs, m.name},
                                   {u"nameEn"_qs, m.nameEn},
                                   {u"required"_qs, m.required},
                                   {u"minPages"_qs, m.minPages},
                                   {u"satisfiedBy"_qs, satisfied}});
        else
            out.append(QJsonObject{{u"code"_qs, m.code}, {u"satisfiedBy"_qs, satisfied}});
    }
    return out;
}

// A rule's refusal as the create route answers it: the account's own codes where a rule says
// the account cannot pay, else withdrawal.not_eligible naming the first failed rule's field.
Error refusalOf(const finance::RuleOutcome &failed)
{
    if (failed.rule == u"account_state" || failed.rule == u"available")
        return makeError(failed.code, failed.field);
    return makeError(u"withdrawal.not_eligible"_qs, failed.field, failed.rule + u": "_qs + failed.code);
}

} // namespace

QString maskBankAccount(const QString &digits)
{
    if (digits.size() <= 8)
        return digits.left(2) + QString(digits.size() - 2, u'*');
    return digits.left(4) + QString(digits.size() - 8, u'*') + digits.right(4);
}

QJsonObject Payee::maskedJson() const
{
    return {{u"bankCode"_qs, bankCode},
            {u"bankName"_qs, entrustedBankName(bankCode)},
            {u"accountMasked"_qs, maskBankAccount(accountNumber)},
            {u"name"_qs, name}};
}

Status normalizePayee(Payee &payee, const QString &prefix)
{
    if (entrustedBankName(payee.bankCode).isEmpty())
        return makeError(u"payee.bank"_qs, prefix + u"bankCode"_qs, u"not an entrusted bank"_qs);
    payee.accountNumber = identity::normalize(payee.accountNumber);
    bool digits = payee.accountNumber.size() >= 8 && payee.accountNumber.size() <= 32;
    for (QChar c : std::as_const(payee.accountNumber))
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits)
        return makeError(u"payee.account"_qs, prefix + u"accountNumber"_qs, u"8 to 32 digits"_qs);
    payee.name = payee.name.trimmed();
    if (payee.name.isEmpty() || payee.name.size() > 60)
        return makeError(u"payee.name"_qs, prefix + u"name"_qs, u"1 to 60 characters"_qs);
    return {};
}

Status checkWithdrawalRequest(ServiceContext &ctx, WithdrawalRequest &request, bool create)
{
    auto number =
        accountnumber::parse(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!number)
        return number.error();
    request.accountNumber = number->number;
    const finance::WithdrawalType *type = typeOf(ctx, request.type);
    if (!type)
        return makeError(u"withdrawal.type"_qs, u"type"_qs, u"not a withdrawal type of the policy"_qs);
    if (!create)
        return {};
    if (Status s = normalizePayee(request.payee); !s)
        return s;
    if (!type->closesAccount && !request.amountFen)
        return makeError(u"request.field_required"_qs, u"amountFen"_qs,
                         u"a partial withdrawal names its amount"_qs);
    return {};
}

Result<ShareQuestion> shareQuestion(ServiceContext &ctx, const WithdrawalRequest &request)
{
    auto account = findAccount(ctx, request.accountNumber);
    if (!account)
        return makeError(account.error().code, u"accountNumber"_qs, account.error().detail);
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    return ShareQuestion{account->personId, account->documentType, account->documentNumber, account->name,
                         typeOf(ctx, request.type)->sharedSources};
}

Result<finance::WithdrawalFacts> gatherFacts(ServiceContext &ctx, const AccountRow &account,
                                             const QString &type, const finance::WithdrawalEvidence &evidence,
                                             const QList<StoredAnswer> &answers, InterestOwed *owed)
{
    const finance::WithdrawalType *t = typeOf(ctx, type);
    finance::WithdrawalFacts f;
    f.today = ctx.now.toLocalTime().date();
    f.accountState = account.state;
    f.balanceFen = account.balanceFen;
    f.availableFen = account.availableFen();
    f.evidence = evidence;
    auto judicial = scalar(ctx,
                           u"SELECT COUNT(*) FROM holds WHERE account_id = :a AND kind = 'judicial' "
                           "AND status IN ('active', 'waiting')"_qs,
                           {{u":a"_qs, account.id}});
    if (!judicial)
        return judicial.error();
    f.judicialHold = *judicial > 0;
    f.anyHold = f.judicialHold || account.heldFen > 0;
    if (t->closesAccount && !codes::isTerminalAccountState(account.state)) {
        auto interest = interestToDate(ctx, account, f.today);
        if (!interest)
            return interest.error();
        f.interestFen = interest->interest;
        if (owed)
            *owed = *interest;
    }
    if (const auto docType = identity::documentTypeFromCode(account.documentType)) {
        if (auto id = identity::parse(*docType, account.documentNumber, f.today, u"documentNumber"_qs)) {
            f.birthDate = id->birthDate;
            f.sex = id->sex == identity::Sex::Male     ? finance::MemberSex::Male
                    : id->sex == identity::Sex::Female ? finance::MemberSex::Female
                                                       : finance::MemberSex::Unknown;
        }
    }
    Query last(ctx.db, u"SELECT MAX(value_date) FROM withdrawals WHERE person_id = :p AND type = :t"_qs);
    last.bind(u":p"_qs, account.personId).bind(u":t"_qs, type);
    if (Status s = last.exec(); !s)
        return s.error();
    if (last.next() && !last.str(0).isEmpty())
        f.lastOfType = QDate::fromString(last.str(0), Qt::ISODate);
    last.finish();
    if (!evidence.contractNumber.isEmpty()) {
        auto withdrawn = scalar(ctx,
                                u"SELECT COALESCE(SUM(amount_fen), 0) FROM withdrawals "
                                "WHERE type = :t AND contract_number = :c"_qs,
                                {{u":t"_qs, type}, {u":c"_qs, evidence.contractNumber}});
        if (!withdrawn)
            return withdrawn.error();
        f.withdrawnOnContractFen = *withdrawn;
    }
    for (const StoredAnswer &a : answers) {
        if (a.source == u"property" && a.found)
            f.ownHome = true;
        if (a.source == u"bank_loan" && a.found && type == u"loan_commercial")
            f.loanOpen = true;
    }
    if (type == u"loan_fund") {
        auto loans =
            scalar(ctx, u"SELECT COUNT(*) FROM loan_records WHERE person_id = :p AND settled_on IS NULL"_qs,
                   {{u":p"_qs, account.personId}});
        if (!loans)
            return loans.error();
        f.loanOpen = f.loanOpen || *loans > 0;
    }
    return f;
}

Result<QJsonObject> checkWithdrawal(ServiceContext &ctx, const WithdrawalRequest &request)
{
    const finance::WithdrawalType *type = typeOf(ctx, request.type);
    auto account = findAccount(ctx, request.accountNumber);
    if (!account)
        return makeError(account.error().code, u"accountNumber"_qs, account.error().detail);
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    auto answers = freshAnswers(ctx, account->personId);
    if (!answers)
        return answers.error();
    auto rule = type->ruleAt(ctx.now.toLocalTime().date());
    if (!rule)
        return rule.error();
    auto facts = gatherFacts(ctx, *account, request.type, request.evidence, *answers);
    if (!facts)
        return facts.error();
    const finance::WithdrawalJudgement j = finance::judgeWithdrawal(*type, *rule, *facts);
    QJsonArray shared;
    for (const StoredAnswer &a : *answers)
        shared.append(a.toJson());
    const qint64 interest = type->closesAccount ? facts->interestFen : 0;
    return QJsonObject{
        {u"accountNumber"_qs, account->accountNumber},
        {u"type"_qs, type->type},
        {u"typeName"_qs, type->name},
        {u"reason"_qs, type->reason},
        {u"closesAccount"_qs, type->closesAccount},
        {u"account"_qs, QJsonObject{{u"state"_qs, account->state},
                                    {u"stateLabel"_qs, codes::accountStates().label(account->state)},
                                    {u"balanceFen"_qs, account->balanceFen},
                                    {u"availableFen"_qs, account->availableFen()},
                                    {u"restricted"_qs, facts->judicialHold}}},
        {u"rules"_qs, rulesJson(j)},
        {u"eligible"_qs, j.eligible},
        {u"maxAmountFen"_qs, j.maxAmountFen},
        {u"interestFen"_qs, interest},
        {u"closingAmountFen"_qs, type->closesAccount ? account->balanceFen + interest : 0},
        {u"grantAboveFen"_qs, ctx.server.policy.withdrawal().grantAboveFen},
        {u"materials"_qs, materialsJson(ctx, *type, *answers, true)},
        {u"sharedAnswers"_qs, shared},
    };
}

Result<QJsonObject> withdraw(ServiceContext &ctx, const WithdrawalRequest &request, Refusal *refusal)
{
    const finance::WithdrawalType *type = typeOf(ctx, request.type);
    const QDate today = ctx.now.toLocalTime().date();
    // Locks the account row and applies any judicial freeze end nobody applied yet.
    auto holds = HoldsSession::open(ctx, request.accountNumber);
    if (!holds)
        return makeError(holds.error().code, u"accountNumber"_qs, holds.error().detail);
    if (Status s = ctx.checkBranch(holds->account().branchId); !s)
        return s.error();
    if (!holds->events().isEmpty()) {
        if (Status s = holds.value().save(ctx); !s)
            return s.error();
    }
    auto locked = findAccountById(ctx, holds->account().id);
    if (!locked)
        return locked.error();
    const AccountRow before = *locked;
    auto given = answersByIds(ctx, before.personId, request.sharedAnswerIds);
    if (!given)
        return given.error();
    auto answers = freshAnswers(ctx, before.personId);
    if (!answers)
        return answers.error();
    auto rule = type->ruleAt(today);
    if (!rule)
        return rule.error();
    InterestOwed owed;
    auto facts = gatherFacts(ctx, before, request.type, request.evidence, *answers, &owed);
    if (!facts)
        return facts.error();
    const finance::WithdrawalJudgement j = finance::judgeWithdrawal(*type, *rule, *facts);
    if (const finance::RuleOutcome *failed = j.firstFailure()) {
        if (refusal)
            refusal->members = {{u"rules"_qs, rulesJson(j)}};
        return refusalOf(*failed);
    }

    qint64 amount = 0;
    if (type->closesAccount) {
        amount = j.maxAmountFen;
        if (request.amountFen && *request.amountFen != amount)
            return makeError(u"withdrawal.amount_mismatch"_qs, u"amountFen"_qs,
                             QStringLiteral("a closure pays the balance and interest to today: %1")
                                 .arg(money::format(amount)));
    } else {
        amount = *request.amountFen;
        if (Status s = checkDebit(ctx, before, amount); !s)
            return s.error();
        if (amount > j.maxAmountFen)
            return makeError(u"withdrawal.amount_above_max"_qs, u"amountFen"_qs,
                             u"at most "_qs + money::format(j.maxAmountFen));
    }
    const qint64 grantAbove = ctx.server.policy.withdrawal().grantAboveFen;
    if (grantAbove > 0 && amount > grantAbove) {
        if (Status s = ctx.requireGrant(u"amountFen"_qs, u"above "_qs + money::format(grantAbove)); !s)
            return s.error();
    }

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    const QString memo =
        u"TQYY "_qs + type->reason + (request.memo.isEmpty() ? QString() : u" "_qs + request.memo);
    if (type->closesAccount) {
        // Interest to the day under its own serial (the journal keeps one row per account and
        // serial), then the whole balance out and the account closed with the type's reason.
        if (auto r = postInterestOwed(ctx, before, owed, u"销户结息 "_qs + *serial); !r)
            return r.error();
        if (auto r = postJournal(ctx, {before.id, *serial, u"12"_qs, -amount, {}, 0, u"销户提取 "_qs + memo});
            !r)
            return r.error();
        Query close(ctx.db, u"UPDATE accounts SET state = :to, closed_on = :d, close_reason = :r "
                            "WHERE id = :id AND state = :from"_qs);
        close.bind(u":to"_qs, kClosedByWithdrawal)
            .bind(u":d"_qs, today.toString(Qt::ISODate))
            .bind(u":r"_qs, type->closeReason)
            .bind(u":id"_qs, before.id)
            .bind(u":from"_qs, before.state);
        if (Status s = close.exec(); !s)
            return s.error();
        if (close.rowsAffected() != 1)
            return makeError(u"db.conflict"_qs, {}, u"the account changed meanwhile"_qs);
    } else if (auto r =
                   postJournal(ctx, {before.id, *serial, u"11"_qs, -amount, {}, 0, u"部分提取 "_qs + memo});
               !r) {
        return r.error();
    }
    auto after = findAccountById(ctx, before.id);
    if (!after)
        return after.error();
    if (Status s = markAnswersUsed(ctx, *given, *serial); !s)
        return s.error();

    const qint64 interest = type->closesAccount ? facts->interestFen : 0;
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = type->closesAccount ? u"withdrawal_closure"_qs : u"withdrawal"_qs;
    draft.businessLabel = type->closesAccount ? u"销户提取"_qs : u"部分提取"_qs;
    draft.object = u"account:"_qs + before.accountNumber;
    draft.line(u"个人账号"_qs, before.accountNumber);
    draft.line(u"姓名"_qs, identity::maskName(before.name));
    draft.line(u"提取类型"_qs, type->name);
    draft.line(u"收款银行"_qs, entrustedBankName(request.payee.bankCode));
    draft.line(u"收款账号"_qs, maskBankAccount(request.payee.accountNumber));
    draft.line(u"收款人"_qs, request.payee.name);
    draft.line(u"账户余额"_qs, money::format(after->balanceFen));
    if (type->closesAccount)
        draft.line(u"销户"_qs, u"是（"_qs + codes::closeReasons().label(type->closeReason) + u"）"_qs);
    draft.amounts.append(hpf::server::amount(u"提取金额"_qs, amount));
    if (type->closesAccount)
        draft.amounts.append(hpf::server::amount(u"其中利息"_qs, interest));
    QJsonObject result{
        {u"serial"_qs, *serial},
        {u"type"_qs, type->type},
        {u"typeName"_qs, type->name},
        {u"reason"_qs, type->reason},
        {u"accountNumber"_qs, before.accountNumber},
        {u"principalFen"_qs, amount - interest},
        {u"interestFen"_qs, interest},
        {u"amountFen"_qs, amount},
        {u"balanceFen"_qs, after->balanceFen},
        {u"availableFen"_qs, after->availableFen()},
        {u"closed"_qs, type->closesAccount},
        {u"closeReason"_qs, type->closesAccount ? type->closeReason : QString()},
        {u"valueDate"_qs, today.toString(Qt::ISODate)},
        {u"payee"_qs, request.payee.maskedJson()},
        {u"materials"_qs, materialsJson(ctx, *type, *given, false)},
    };
    draft.fields = result;
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.insert(u"receipt"_qs, *receipt);

    WithdrawalRecord record;
    record.serial = *serial;
    record.accountId = before.id;
    record.personId = before.personId;
    record.branchId = before.branchId;
    record.type = type->type;
    record.reason = type->reason;
    record.principalFen = amount - interest;
    record.interestFen = interest;
    record.amountFen = amount;
    record.closed = type->closesAccount;
    record.contractNumber = request.evidence.contractNumber;
    record.payee = request.payee;
    record.evidence = request.evidenceJson;
    record.sharedAnswerIds = request.sharedAnswerIds;
    record.valueDate = today.toString(Qt::ISODate);
    record.body = result;
    if (Status s = storeWithdrawal(ctx, record); !s)
        return s.error();
    QJsonObject afterJson = after->toJson();
    afterJson.insert(u"serial"_qs, *serial);
    afterJson.insert(u"withdrawalType"_qs, type->type);
    afterJson.insert(u"amountFen"_qs, amount);
    if (Status s = ctx.audit(ctx.operation, u"account:"_qs + before.accountNumber, u"ok"_qs, before.toJson(),
                             afterJson);
        !s)
        return s.error();
    // No account numbers or names in the log: the serial finds the business.
    qCInfo(lcWithdrawal) << ctx.operation << type->type << *serial
                         << (type->closesAccount ? "closed" : "partial");
    return result;
}

Status storeWithdrawal(ServiceContext &ctx, const WithdrawalRecord &r)
{
    Query q(
        ctx.db,
        u"INSERT INTO withdrawals (serial, account_id, person_id, branch_id, type, reason, principal_fen, "
        "interest_fen, amount_fen, closed, contract_number, payee_bank, payee_account, payee_account_masked, "
        "payee_name, evidence, shared_answer_ids, instruction_id, value_date, body, created_at) VALUES "
        "(:s, :a, :p, :b, :t, :r, :pf, :if, :af, :c, :cn, :pb, :pa, :pm, :pn, :e, :ids, :i, :vd, :body, :now)"_qs);
    q.bind(u":s"_qs, r.serial)
        .bind(u":a"_qs, r.accountId)
        .bind(u":p"_qs, r.personId)
        .bind(u":b"_qs, r.branchId)
        .bind(u":t"_qs, r.type)
        .bind(u":r"_qs, r.reason)
        .bind(u":pf"_qs, r.principalFen)
        .bind(u":if"_qs, r.interestFen)
        .bind(u":af"_qs, r.amountFen)
        .bind(u":c"_qs, r.closed ? 1 : 0)
        .bind(u":cn"_qs, r.contractNumber)
        .bind(u":pb"_qs, r.payee.bankCode)
        .bind(u":pa"_qs, r.payee.accountNumber)
        .bind(u":pm"_qs, maskBankAccount(r.payee.accountNumber))
        .bind(u":pn"_qs, r.payee.name)
        .bind(u":e"_qs, compactJson(r.evidence))
        .bind(
            u":ids"_qs,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.sharedAnswerIds)).toJson(QJsonDocument::Compact)))
        .bind(u":i"_qs,
              r.instructionId > 0 ? QVariant(r.instructionId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":vd"_qs, r.valueDate)
        .bind(u":body"_qs, compactJson(r.body))
        .bind(u":now"_qs, ctx.nowMs);
    return q.exec();
}

Result<QJsonObject> getWithdrawal(ServiceContext &ctx, const QString &serial)
{
    Query q(ctx.db, u"SELECT branch_id, body FROM withdrawals WHERE serial = :s"_qs);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"withdrawal.not_found"_qs, u"serial"_qs);
    const qint64 branch = q.int64(0);
    const QJsonObject body = QJsonDocument::fromJson(q.str(1).toUtf8()).object();
    q.finish();
    if (Status s = ctx.checkBranch(branch); !s)
        return s.error();
    return body;
}

} // namespace hpf::server
