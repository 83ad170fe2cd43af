// The eligibility verdicts of a loan application (loaneligibility.h). The rules themselves live in
// loan.h (checkEligibility, computeLoanLimit, LoanRates::rateFor, firstPayment); this file turns
// their answers into one verdict per rule so the officer sees what passed as well as what failed.
#include "loaneligibility.h"

#include "base/rounding.h"
#include "domain/money.h"

#include <QHash>

namespace hpf::finance {

namespace {

Error factError(const char *code, const char *field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), QString::fromLatin1(field), detail);
}

LoanVerdict pass(const char *rule, const QString &detail)
{
    return LoanVerdict{QString::fromLatin1(rule), true, QString(), QString(), detail};
}

LoanVerdict fail(const char *rule, const QString &code, const char *field, const QString &detail)
{
    return LoanVerdict{QString::fromLatin1(rule), false, code, QString::fromLatin1(field), detail};
}

// checkEligibility's codes → the rule they decide and the request field the client focuses.
struct CodeRule
{
    const char *rule;
    const char *field;
};

const QHash<QString, CodeRule> &eligibilityCodes()
{
    static const QHash<QString, CodeRule> map{
        {QStringLiteral("loan.term_too_long"), {loanrule::kTerm, "termMonths"}},
        {QStringLiteral("loan.term_invalid"), {loanrule::kTerm, "termMonths"}},
        {QStringLiteral("loan.age_exceeded"), {loanrule::kAgeTerm, "termMonths"}},
        {QStringLiteral("loan.birth_date_invalid"), {loanrule::kAgeTerm, "borrower.documentNumber"}},
        {QStringLiteral("loan.deposit_months"), {loanrule::kDepositMonths, "borrower"}},
        {QStringLiteral("loan.third_home"), {loanrule::kThirdHome, "homeOrder"}},
    };
    return map;
}

Status validateFacts(const LoanFacts &f)
{
    if (!f.applicationDate.isValid())
        return factError("loan.date_invalid", "applicationDate", QStringLiteral("no application date"));
    if (f.termMonths <= 0 || f.termMonths > kMaxScheduleMonths)
        return factError("loan.term_invalid", "termMonths",
                         QStringLiteral("the term must be 1..%1 months").arg(kMaxScheduleMonths));
    if (f.amount <= 0 || f.amount > money::kMaximumFen)
        return factError("loan.amount_invalid", "amountFen", QStringLiteral("the amount must be above zero"));
    if (f.price <= 0 || f.price > money::kMaximumFen)
        return factError("loan.price_invalid", "property.priceFen",
                         QStringLiteral("the house price must be above zero"));
    if (f.depositBalance < 0 || f.depositBalance > money::kMaximumFen)
        return factError("loan.balance_invalid", "borrower", QStringLiteral("the balance is out of range"));
    if (f.monthlyIncome < 0 || f.monthlyIncome > money::kMaximumFen)
        return factError("loan.income_invalid", "borrower.monthlyIncomeFen",
                         QStringLiteral("the income is out of range"));
    if (f.monthlyDebt < 0 || f.monthlyDebt > money::kMaximumFen)
        return factError("loan.income_invalid", "borrower.monthlyDebtFen",
                         QStringLiteral("the monthly debt is out of range"));
    if (f.continuousDepositMonths < 0)
        return factError("loan.deposit_months_invalid", "borrower",
                         QStringLiteral("negative continuous deposit months"));
    if (f.openLoans < 0 || f.settledLoans < 0)
        return factError("loan.count_invalid", "borrower", QStringLiteral("negative loan count"));
    return {};
}

// The order the loan is priced at: the larger of the declared order and the household's loan count
// (one earlier fund loan makes this a second loan, two a third).
HomeOrder effectiveOrder(const LoanFacts &f)
{
    const int earlier = f.openLoans + f.settledLoans;
    if (f.declaredOrder == HomeOrder::Third || earlier >= 2)
        return HomeOrder::Third;
    if (f.declaredOrder == HomeOrder::Second || earlier == 1)
        return HomeOrder::Second;
    return HomeOrder::First;
}

} // namespace

const LoanVerdict *LoanJudgement::firstFailed() const
{
    for (const LoanVerdict &v : rules) {
        if (!v.passed)
            return &v;
    }
    return nullptr;
}

QStringList loanRuleIds()
{
    return {QString::fromLatin1(loanrule::kDepositMonths), QString::fromLatin1(loanrule::kHouseholdLoan),
            QString::fromLatin1(loanrule::kThirdHome),     QString::fromLatin1(loanrule::kSecondAfterSettled),
            QString::fromLatin1(loanrule::kAgeTerm),       QString::fromLatin1(loanrule::kTerm),
            QString::fromLatin1(loanrule::kIncomeShare),   QString::fromLatin1(loanrule::kAmount)};
}

Result<LoanJudgement> judgeLoan(const LoanLimits &limits, const LoanRates &rates, const LoanFacts &facts)
{
    if (Status s = validateFacts(facts); !s)
        return s.error();

    LoanJudgement j;
    j.homeOrder = effectiveOrder(facts);

    // The rules loan.h already decides: one refusal each, mapped onto its rule.
    const EligibilityInput input{facts.applicationDate,         facts.birthDate, facts.termMonths,
                                 facts.continuousDepositMonths, j.homeOrder,     false};
    QHash<QString, LoanVerdict> failed;
    for (const Error &e : checkEligibility(limits, input)) {
        const CodeRule where = eligibilityCodes().value(e.code, CodeRule{loanrule::kTerm, "termMonths"});
        if (!failed.contains(QString::fromLatin1(where.rule)))
            failed.insert(QString::fromLatin1(where.rule), fail(where.rule, e.code, where.field, e.detail));
    }
    const auto verdict = [&](const char *rule, const QString &passedDetail) {
        return failed.value(QString::fromLatin1(rule), pass(rule, passedDetail));
    };

    j.rules.append(
        verdict(loanrule::kDepositMonths, QStringLiteral("%1 months of continuous deposits, %2 required")
                                              .arg(facts.continuousDepositMonths)
                                              .arg(limits.minContinuousDepositMonths)));
    // Judged here rather than by checkEligibility, which names only the third home when both apply.
    if (facts.openLoans > 0)
        j.rules.append(
            fail(loanrule::kHouseholdLoan, QStringLiteral("loan.outstanding_loan"), "borrower",
                 QStringLiteral("%1 open fund loans in the household (一人多贷)").arg(facts.openLoans)));
    else
        j.rules.append(pass(loanrule::kHouseholdLoan, QStringLiteral("no open fund loan in the household")));
    j.rules.append(verdict(
        loanrule::kThirdHome,
        QStringLiteral("%1 earlier fund loans in the household").arg(facts.openLoans + facts.settledLoans)));
    if (j.homeOrder != HomeOrder::Second)
        j.rules.append(pass(loanrule::kSecondAfterSettled, QStringLiteral("not a second loan")));
    else if (facts.openLoans > 0)
        j.rules.append(fail(loanrule::kSecondAfterSettled, QStringLiteral("loan.second_before_settled"),
                            "homeOrder", QStringLiteral("a second loan needs the first one settled")));
    else
        j.rules.append(
            pass(loanrule::kSecondAfterSettled,
                 QStringLiteral("second loan, the first settled: second-home rate and price ratio")));
    j.rules.append(verdict(loanrule::kAgeTerm, QStringLiteral("age %1 plus %2 months within %3 years")
                                                   .arg(ageInYears(facts.birthDate, facts.applicationDate))
                                                   .arg(facts.termMonths)
                                                   .arg(limits.maxAgeAtEnd)));
    j.rules.append(
        verdict(loanrule::kTerm,
                QStringLiteral("%1 months within %2").arg(facts.termMonths).arg(limits.maxTermMonths)));

    if (j.homeOrder == HomeOrder::Third) {
        // No rate or limit exists for a third loan: the two money rules cannot pass.
        const QString why = QStringLiteral("not judged: no fund loan for a third home or a third loan");
        j.rules.append(fail(loanrule::kIncomeShare, QStringLiteral("loan.third_home"), "homeOrder", why));
        j.rules.append(fail(loanrule::kAmount, QStringLiteral("loan.third_home"), "homeOrder", why));
        j.eligible = false;
        return j;
    }

    const Result<Rate> rate = rates.rateFor(j.homeOrder, facts.termMonths);
    if (!rate)
        return rate.error();
    j.rate = *rate;
    const LimitInput limitInput{facts.price,       j.homeOrder, facts.depositBalance, facts.monthlyIncome,
                                facts.monthlyDebt, j.rate,      facts.termMonths,     facts.method};
    const Result<LoanLimit> limit = computeLoanLimit(limits, limitInput);
    if (!limit)
        return limit.error();
    j.limit = *limit;
    const Result<qint64> payment = firstPayment(facts.method, facts.amount, j.rate, facts.termMonths);
    if (!payment)
        return payment.error();
    j.firstPayment = *payment;
    j.priced = true;

    // The same income test computeLoanLimit uses for its repayment bound (share rounded down).
    j.maxPayment = divideRounded(Int128(facts.monthlyIncome) * limits.maxRepaymentToIncome.ppm, Rate::kScale,
                                 RoundingMode::Down) -
                   facts.monthlyDebt;
    const QString share = QStringLiteral("first payment %1 + debts %2, income share %3")
                              .arg(money::format(j.firstPayment), money::format(facts.monthlyDebt),
                                   money::format(j.maxPayment + facts.monthlyDebt));
    if (j.firstPayment <= j.maxPayment)
        j.rules.append(pass(loanrule::kIncomeShare, share));
    else
        j.rules.append(fail(loanrule::kIncomeShare, QStringLiteral("loan.income_share"), "amountFen", share));

    const QString amount = QStringLiteral("requested %1, limit %2")
                               .arg(money::format(facts.amount), money::format(j.limit.amount));
    if (facts.amount <= j.limit.amount)
        j.rules.append(pass(loanrule::kAmount, amount));
    else
        j.rules.append(
            fail(loanrule::kAmount, QStringLiteral("loan.amount_above_limit"), "amountFen", amount));

    j.eligible = j.firstFailed() == nullptr;
    return j;
}

} // namespace hpf::finance
