// The loan check and acceptance (受理): the request's own checks, the facts from the ledger, the
// judgement and the stored application. The lifecycle after acceptance is loanlifecycle.cpp.
#include "business/loan/loanservice.h"

#include "business/accounts/accountrecords.h"
#include "business/loan/loanstore.h"
#include "business/loan/outside/loanoutside.h"
#include "business/reference/banks.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QSet>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcLoan, "hpf.server.loan")

namespace {

const QStringList kKinds{u"fund"_qs, u"combination"_qs, u"conversion"_qs};
const QStringList kRoles{u"borrower"_qs, u"spouse"_qs, u"co_borrower"_qs, u"guarantor"_qs};

QString partyField(int index, const QString &name)
{
    return QStringLiteral("parties[%1].%2").arg(index).arg(name);
}

int borrowerIndex(const LoanRequest &r)
{
    for (int i = 0; i < r.parties.size(); ++i) {
        if (r.parties.at(i).role == u"borrower")
            return i;
    }
    return -1;
}

// The person of a party and their live account, when the ledger knows them.
struct PartyLedger
{
    qint64 personId = 0;
    std::optional<AccountRow> account;
};

Result<PartyLedger> ledgerOf(ServiceContext &ctx, const LoanParty &party)
{
    PartyLedger out;
    Query p(ctx.db, u"SELECT id FROM persons WHERE document_type = :t AND document_number = :n"_qs);
    p.bind(u":t"_qs, party.documentType).bind(u":n"_qs, party.documentNumber);
    if (Status s = p.exec(); !s)
        return s.error();
    if (!p.next())
        return out;
    out.personId = p.int64(0);
    p.finish();
    Query a(ctx.db, u"SELECT account_number FROM accounts WHERE person_id = :p "
                    "AND state NOT IN ('03', '04', '05') ORDER BY id DESC"_qs);
    a.bind(u":p"_qs, out.personId);
    if (Status s = a.exec(); !s)
        return s.error();
    if (a.next()) {
        const QString number = a.str(0);
        a.finish();
        auto account = findAccount(ctx, number);
        if (!account)
            return account.error();
        out.account = *account;
    }
    return out;
}

// 连续足额缴存: months with a deposit (01 remittance, 02 back payment) counted back from the
// application month, or from the month before when this month is not remitted yet. The journal
// does not say whether a month was paid in full; a remitted month counts as full.
Result<int> continuousMonths(ServiceContext &ctx, qint64 accountId, QDate today)
{
    Query q(ctx.db, u"SELECT DISTINCT month FROM journal WHERE account_id = :a AND month IS NOT NULL "
                    "AND month <> '' AND business_type IN ('01', '02')"_qs);
    q.bind(u":a"_qs, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<QString> paid;
    while (q.next())
        paid.insert(q.str(0).left(7).remove(u'-'));
    QDate m(today.year(), today.month(), 1);
    const auto key = [](QDate d) { return d.toString(u"yyyyMM"_qs); };
    if (!paid.contains(key(m)))
        m = m.addMonths(-1);
    int months = 0;
    while (paid.contains(key(m)) && months < 1200) {
        ++months;
        m = m.addMonths(-1);
    }
    return months;
}

// Fund loans of the household (borrower and spouse): open and settled loan records, and
// applications of theirs still in progress (counted as open: one application at a time).
Status countLoans(ServiceContext &ctx, const QList<qint64> &personIds, finance::LoanFacts &facts)
{
    for (const qint64 person : personIds) {
        Query q(ctx.db, u"SELECT COALESCE(SUM(CASE WHEN settled_on IS NULL THEN 1 ELSE 0 END), 0), "
                        "COALESCE(SUM(CASE WHEN settled_on IS NULL THEN 0 ELSE 1 END), 0) "
                        "FROM loan_records WHERE person_id = :p"_qs);
        q.bind(u":p"_qs, person);
        if (Status s = q.exec(); !s)
            return s;
        if (q.next()) {
            facts.openLoans += int(q.int64(0));
            facts.settledLoans += int(q.int64(1));
        }
        q.finish();
        Query a(ctx.db,
                u"SELECT COUNT(*) FROM loan_parties p JOIN loan_applications a ON a.id = p.application_id "
                "WHERE p.person_id = :p AND p.role IN ('borrower', 'spouse') "
                "AND a.status IN ('accepted', 'reviewed', 'approved')"_qs);
        a.bind(u":p"_qs, person);
        if (Status s = a.exec(); !s)
            return s;
        if (a.next())
            facts.openLoans += int(a.int64(0));
    }
    return {};
}

// A field of core's judgement ("borrower", "borrower.documentNumber") as the request names it.
QString requestField(const QString &field, int borrower)
{
    if (field == u"borrower")
        return QStringLiteral("parties[%1]").arg(borrower);
    if (field.startsWith(u"borrower."))
        return QStringLiteral("parties[%1]").arg(borrower) + field.mid(8);
    return field;
}

} // namespace

Status checkLoanRequest(ServiceContext &ctx, LoanRequest &r)
{
    if (!kKinds.contains(r.kind))
        return makeError(u"loan.kind"_qs, u"kind"_qs, u"fund, combination or conversion"_qs);
    if (r.methodName == u"equal_installment")
        r.method = finance::RepaymentMethod::EqualInstallment;
    else if (r.methodName == u"equal_principal")
        r.method = finance::RepaymentMethod::EqualPrincipal;
    else
        return makeError(u"loan.method"_qs, u"method"_qs, u"equal_installment or equal_principal"_qs);
    if (r.homeOrder != 1 && r.homeOrder != 2)
        return makeError(u"loan.home_order"_qs, u"homeOrder"_qs, u"1 (first home) or 2 (second home)"_qs);
    if (entrustedBankName(r.bankCode).isEmpty())
        return makeError(u"payee.bank"_qs, u"bankCode"_qs, u"not an entrusted bank"_qs);
    r.propertyAddress = r.propertyAddress.trimmed();
    r.purchaseContract = identity::normalize(r.purchaseContract);
    if (r.propertyAddress.isEmpty())
        return makeError(u"request.field_required"_qs, u"property.address"_qs);
    if (r.purchaseContract.isEmpty())
        return makeError(u"request.field_required"_qs, u"property.purchaseContract"_qs);

    const QDate today = ctx.now.toLocalTime().date();
    int borrowers = 0;
    int spouses = 0;
    QSet<QString> seen;
    for (int i = 0; i < r.parties.size(); ++i) {
        LoanParty &p = r.parties[i];
        if (!kRoles.contains(p.role))
            return makeError(u"loan.party"_qs, partyField(i, u"role"_qs),
                             u"borrower, spouse, co_borrower or guarantor"_qs);
        borrowers += p.role == u"borrower" ? 1 : 0;
        spouses += p.role == u"spouse" ? 1 : 0;
        const auto type = identity::documentTypeFromCode(p.documentType);
        if (!type)
            return makeError(u"identity.format"_qs, partyField(i, u"documentType"_qs),
                             u"a document type code"_qs);
        auto id = identity::parse(*type, p.documentNumber, today, partyField(i, u"documentNumber"_qs));
        if (!id)
            return id.error();
        p.documentNumber = id->number;
        p.name = p.name.trimmed();
        if (p.name.isEmpty())
            return makeError(u"request.field_required"_qs, partyField(i, u"name"_qs));
        if (seen.contains(p.documentType + u':' + p.documentNumber))
            return makeError(u"loan.party_duplicate"_qs, partyField(i, u"documentNumber"_qs));
        seen.insert(p.documentType + u':' + p.documentNumber);
    }
    if (borrowers != 1 || spouses > 1)
        return makeError(u"loan.party"_qs, u"parties"_qs, u"exactly one borrower and at most one spouse"_qs);

    const bool combination = r.kind == u"combination";
    const bool conversion = r.kind == u"conversion";
    if (combination != r.commercialAmountFen.has_value())
        return makeError(combination ? u"loan.commercial"_qs : u"request.unknown_field"_qs, u"commercial"_qs,
                         u"the commercial part belongs to a combination loan"_qs);
    if (combination) {
        if (entrustedBankName(r.commercialBank).isEmpty())
            return makeError(u"loan.commercial"_qs, u"commercial.bankCode"_qs, u"not an entrusted bank"_qs);
        if (r.commercialTermMonths < 1 || r.commercialTermMonths > finance::kMaxScheduleMonths)
            return makeError(u"loan.commercial"_qs, u"commercial.termMonths"_qs, u"1..600 months"_qs);
    }
    if (conversion != r.conversionOutstandingFen.has_value())
        return makeError(conversion ? u"loan.conversion"_qs : u"request.unknown_field"_qs, u"conversion"_qs,
                         u"the commercial loan paid off belongs to a conversion"_qs);
    if (conversion) {
        r.conversionContract = identity::normalize(r.conversionContract);
        if (entrustedBankName(r.conversionBank).isEmpty())
            return makeError(u"loan.conversion"_qs, u"conversion.bankCode"_qs, u"not an entrusted bank"_qs);
        if (r.amountFen > *r.conversionOutstandingFen)
            return makeError(u"loan.conversion"_qs, u"amountFen"_qs,
                             u"a conversion lends at most what is outstanding on the commercial loan"_qs);
    }
    return {};
}

// The judgement of a request on ctx's today and what it was judged on (read or write transaction).
Result<JudgedLoan> judgeRequest(ServiceContext &ctx, const LoanRequest &r)
{
    JudgedLoan out;
    out.appliedOn = ctx.now.toLocalTime().date();
    out.borrowerIndex = borrowerIndex(r);
    finance::LoanFacts f;
    f.applicationDate = out.appliedOn;
    f.amount = r.amountFen;
    f.termMonths = r.termMonths;
    f.method = r.method;
    f.declaredOrder = static_cast<finance::HomeOrder>(r.homeOrder);
    f.price = r.priceFen;
    QList<qint64> household;
    for (int i = 0; i < r.parties.size(); ++i) {
        const LoanParty &p = r.parties.at(i);
        auto ledger = ledgerOf(ctx, p);
        if (!ledger)
            return ledger.error();
        out.personIds.append(ledger->personId);
        out.accountIds.append(ledger->account ? ledger->account->id : 0);
        const bool borrower = i == out.borrowerIndex;
        if (borrower) {
            if (!ledger->account)
                return makeError(u"loan.borrower_account"_qs, partyField(i, u"documentNumber"_qs),
                                 u"no open account of the borrower"_qs);
            if (Status s = ctx.checkBranch(ledger->account->branchId); !s)
                return s.error();
            out.borrowerAccount = *ledger->account;
            auto months = continuousMonths(ctx, ledger->account->id, out.appliedOn);
            if (!months)
                return months.error();
            f.continuousDepositMonths = *months;
            if (auto id = identity::parse(*identity::documentTypeFromCode(p.documentType), p.documentNumber,
                                          out.appliedOn))
                f.birthDate = id->birthDate;
        }
        if ((borrower || p.role == u"spouse") && ledger->personId > 0)
            household.append(ledger->personId);
        if (p.role == u"guarantor")
            continue;
        // Balances of the borrowers (borrower, co-borrowers); incomes and debts of everyone who repays.
        if (ledger->account && p.role != u"spouse")
            f.depositBalance += ledger->account->balanceFen;
        f.monthlyIncome += p.monthlyIncomeFen;
        f.monthlyDebt += p.monthlyDebtFen;
    }
    if (Status s = countLoans(ctx, household, f); !s)
        return s.error();
    // issue 18: the registers' answers (home count, marriage) stored by a check with queryShared.
    if (Status s = applySharedFacts(ctx, r, out.personIds.value(out.borrowerIndex), f, out.sharedAnswers); !s)
        return s.error();
    // The bank's part of a combination loan is repaid from the same income.
    if (r.commercialAmountFen) {
        auto commercial =
            finance::firstPayment(r.method, *r.commercialAmountFen,
                                  finance::Rate::fromPpm(r.commercialRatePpm), r.commercialTermMonths);
        if (!commercial)
            return makeError(u"loan.commercial"_qs, u"commercial"_qs, commercial.error().detail);
        out.commercialFirstPaymentFen = *commercial;
        f.monthlyDebt += *commercial;
    }
    auto rates = ctx.server.policy.loanRatesAt(out.appliedOn);
    if (!rates)
        return rates.error();
    auto limits = ctx.server.policy.loanLimitsAt(out.appliedOn);
    if (!limits)
        return limits.error();
    out.dueOn = out.appliedOn.addDays(limits->approvalDays);
    auto j = finance::judgeLoan(*limits, *rates, f);
    if (!j)
        return makeError(j.error().code, requestField(j.error().field, out.borrowerIndex), j.error().detail);
    out.facts = f;
    out.judgement = *j;
    for (finance::LoanVerdict &v : out.judgement.rules)
        v.field = requestField(v.field, out.borrowerIndex);
    return out;
}

Result<QJsonObject> checkLoan(ServiceContext &ctx, const LoanRequest &request)
{
    auto judged = judgeRequest(ctx, request);
    if (!judged)
        return judged.error();
    QJsonObject out = judgementJson(*judged);
    out.insert(u"appliedOn"_qs, judged->appliedOn.toString(Qt::ISODate));
    out.insert(u"dueOn"_qs, judged->dueOn.toString(Qt::ISODate));
    out.insert(u"borrower"_qs,
               QJsonObject{{u"accountNumber"_qs, judged->borrowerAccount.accountNumber},
                           {u"balanceFen"_qs, judged->borrowerAccount.balanceFen},
                           {u"continuousDepositMonths"_qs, judged->facts.continuousDepositMonths}});
    if (judged->judgement.priced) {
        auto schedule = finance::buildSchedule(request.method, request.amountFen, judged->judgement.rate,
                                               request.termMonths, judged->appliedOn.addMonths(1));
        if (!schedule)
            return schedule.error();
        out.insert(u"schedule"_qs, scheduleJson(*schedule));
    }
    out.insert(u"sharedAnswers"_qs, checkedAnswersJson(judged->sharedAnswers)); // issue 18
    return out;
}

namespace {

// Two applications of one household at once must not both pass the household rule: the persons
// rows of borrower and spouse are locked, in id order, before the judgement (PostgreSQL; SQLite
// has one writer at a time anyway).
Status lockHousehold(ServiceContext &ctx, const LoanRequest &request)
{
    if (ctx.dialect != Dialect::Postgres)
        return {};
    QList<QPair<QString, QString>> documents;
    for (const LoanParty &p : request.parties) {
        if (p.role == u"borrower" || p.role == u"spouse")
            documents.append({p.documentType, p.documentNumber});
    }
    QString sql = u"SELECT id FROM persons WHERE "_qs;
    for (int i = 0; i < documents.size(); ++i)
        sql += (i ? u" OR "_qs : QString()) +
               QStringLiteral("(document_type = :t%1 AND document_number = :n%1)").arg(i);
    Query q(ctx.db, sql + u" ORDER BY id FOR UPDATE"_qs);
    for (int i = 0; i < documents.size(); ++i)
        q.bind(QStringLiteral(":t%1").arg(i), documents.at(i).first)
            .bind(QStringLiteral(":n%1").arg(i), documents.at(i).second);
    return q.exec();
}

} // namespace

Result<QJsonObject> applyLoan(ServiceContext &ctx, const LoanRequest &request, Refusal *refusal)
{
    if (Status s = lockHousehold(ctx, request); !s)
        return s.error();
    auto judged = judgeRequest(ctx, request);
    if (!judged)
        return judged.error();
    if (const finance::LoanVerdict *failed = judged->judgement.firstFailed()) {
        if (refusal)
            refusal->members = {{u"rules"_qs, judgementJson(*judged).value(u"rules"_qs)}};
        return makeError(u"loan.not_eligible"_qs, failed->field, failed->rule + u": "_qs + failed->code);
    }
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    auto stored = storeApplication(ctx, *serial, request, *judged);
    if (!stored)
        return stored.error();
    // issue 18: the answers judged with stay with the application (零要件).
    if (Status s = keepSharedAnswers(ctx, *stored, *serial, judged->borrowerIndex, judged->sharedAnswers); !s)
        return s.error();
    auto body = applicationJson(ctx, *serial);
    if (!body)
        return body.error();
    if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + *serial, u"ok"_qs, {},
                             QJsonObject{{u"status"_qs, u"accepted"_qs},
                                         {u"amountFen"_qs, request.amountFen},
                                         {u"termMonths"_qs, request.termMonths},
                                         {u"kind"_qs, request.kind}});
        !s)
        return s.error();
    // No names or document numbers in the log: the serial finds the application.
    qCInfo(lcLoan) << ctx.operation << request.kind << *serial << "accepted";
    return body;
}

} // namespace hpf::server
