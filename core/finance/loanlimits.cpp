// Loan limits and eligibility (the parts of loan.h that depend on the center's limits).
#include "base/rounding.h"
#include "domain/money.h"
#include "loan.h"

#include <algorithm>

namespace hpf::finance {

namespace {

Error loanError(const char *code, const char *field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), QString::fromLatin1(field), detail);
}

qint64 ratioOf(qint64 value, Rate ratio)
{
    return divideRounded(Int128(value) * ratio.ppm, Rate::kScale, RoundingMode::Down);
}

// The largest principal (≤ upper) whose first payment is at most `maxPayment`; the first payment
// never decreases as the principal grows, so a binary search finds it.
qint64 principalForPayment(qint64 maxPayment, const LimitInput &input, qint64 upper)
{
    const auto fits = [&](qint64 principal) {
        const Result<qint64> p = firstPayment(input.method, principal, input.annualRate, input.termMonths);
        return p.ok() && *p <= maxPayment;
    };
    if (maxPayment <= 0 || upper <= 0 || !fits(1))
        return 0;
    qint64 low = 1; // fits
    qint64 high = upper;
    if (fits(high))
        return high;
    while (high - low > 1) { // invariant: fits(low), !fits(high)
        const qint64 mid = low + (high - low) / 2;
        if (fits(mid))
            low = mid;
        else
            high = mid;
    }
    return low;
}

} // namespace

Result<LoanLimit> computeLoanLimit(const LoanLimits &limits, const LimitInput &input)
{
    Rate ltv;
    switch (input.homeOrder) {
    case HomeOrder::First:
        ltv = limits.maxLoanToValueFirst;
        break;
    case HomeOrder::Second:
        ltv = limits.maxLoanToValueSecond;
        break;
    case HomeOrder::Third:
        return loanError("loan.third_home", "homeOrder",
                         QStringLiteral("no provident fund loan for a third home or a third loan"));
    }
    if (input.termMonths <= 0 || input.termMonths > kMaxScheduleMonths)
        return loanError("loan.term_invalid", "termMonths",
                         QStringLiteral("term out of range: %1").arg(input.termMonths));
    if (input.annualRate.ppm < 0 || input.annualRate.ppm > Rate::kScale)
        return loanError("loan.rate_invalid", "rate", QStringLiteral("the annual rate must be 0%..100%"));
    if (input.price <= 0 || input.price > money::kMaximumFen)
        return loanError("loan.price_invalid", "price", QStringLiteral("the house price must be above zero"));
    if (input.depositBalance < 0 || input.depositBalance > money::kMaximumFen)
        return loanError("loan.balance_invalid", "depositBalance",
                         QStringLiteral("the balance is out of range"));
    if (input.monthlyIncome < 0 || input.monthlyIncome > money::kMaximumFen)
        return loanError("loan.income_invalid", "monthlyIncome",
                         QStringLiteral("the income is out of range"));
    if (input.monthlyDebt < 0 || input.monthlyDebt > money::kMaximumFen)
        return loanError("loan.income_invalid", "monthlyDebt",
                         QStringLiteral("the monthly debt is out of range"));

    LoanLimit limit;
    limit.byCap = limits.centerCap;
    limit.byPrice = ratioOf(input.price, ltv);
    limit.byBalance =
        std::min<qint64>(money::kMaximumFen, input.depositBalance * qint64(limits.balanceMultiple));
    const qint64 maxPayment = ratioOf(input.monthlyIncome, limits.maxRepaymentToIncome) - input.monthlyDebt;
    limit.byRepayment = principalForPayment(maxPayment, input, money::kMaximumFen);

    // The smallest bound; on a tie the first in this order is named.
    limit.amount = limit.byCap;
    limit.boundBy = LimitBound::CenterCap;
    const std::pair<qint64, LimitBound> others[] = {{limit.byPrice, LimitBound::PriceRatio},
                                                    {limit.byBalance, LimitBound::BalanceMultiple},
                                                    {limit.byRepayment, LimitBound::RepaymentAbility}};
    for (const auto &[value, bound] : others) {
        if (value < limit.amount) {
            limit.amount = value;
            limit.boundBy = bound;
        }
    }
    if (limits.amountStep > 0)
        limit.amount -= limit.amount % limits.amountStep;
    return limit;
}

int ageInYears(QDate birthDate, QDate on)
{
    if (!birthDate.isValid() || !on.isValid())
        return 0;
    int age = on.year() - birthDate.year();
    // The birthday this year has not come yet (29 February counts as 1 March in common years).
    const bool beforeBirthday =
        on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day());
    if (beforeBirthday)
        --age;
    return age;
}

QList<Error> checkEligibility(const LoanLimits &limits, const EligibilityInput &input)
{
    QList<Error> problems;
    if (input.termMonths <= 0)
        problems.append(loanError("loan.term_invalid", "termMonths",
                                  QStringLiteral("the term must be at least one month")));
    else if (input.termMonths > limits.maxTermMonths)
        problems.append(loanError("loan.term_too_long", "termMonths",
                                  QStringLiteral("term %1 months above the maximum %2")
                                      .arg(input.termMonths)
                                      .arg(limits.maxTermMonths)));

    if (!input.birthDate.isValid() || !input.applicationDate.isValid() ||
        input.birthDate > input.applicationDate) {
        problems.append(loanError("loan.birth_date_invalid", "birthDate",
                                  QStringLiteral("the birth date is missing or after the application date")));
    } else if (input.termMonths > 0) {
        const qint64 endMonths =
            qint64(ageInYears(input.birthDate, input.applicationDate)) * 12 + input.termMonths;
        if (endMonths > qint64(limits.maxAgeAtEnd) * 12)
            problems.append(
                loanError("loan.age_exceeded", "termMonths",
                          QStringLiteral("age %1 plus a term of %2 months passes the maximum age %3")
                              .arg(ageInYears(input.birthDate, input.applicationDate))
                              .arg(input.termMonths)
                              .arg(limits.maxAgeAtEnd)));
    }

    if (input.continuousDepositMonths < limits.minContinuousDepositMonths)
        problems.append(loanError("loan.deposit_months", "continuousDepositMonths",
                                  QStringLiteral("%1 months of continuous deposits, %2 required")
                                      .arg(input.continuousDepositMonths)
                                      .arg(limits.minContinuousDepositMonths)));

    if (input.homeOrder == HomeOrder::Third)
        problems.append(loanError("loan.third_home", "homeOrder",
                                  QStringLiteral("no provident fund loan for a third home or a third loan")));
    else if (input.hasOutstandingLoan)
        problems.append(loanError("loan.outstanding_loan", "hasOutstandingLoan",
                                  QStringLiteral("a new loan needs the earlier loan settled")));
    return problems;
}

} // namespace hpf::finance
