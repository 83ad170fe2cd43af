#include "loan.h"

#include "base/rounding.h"
#include "domain/money.h"

#include <cmath>

namespace hpf::finance {

namespace {

// Monthly rate = annual ÷ 12, so r = ppm / (12 × 10^6).
constexpr qint64 kMonthlyScale = 12 * Rate::kScale;

// The annuity factor r(1+r)^n / ((1+r)^n − 1) for a positive rate: a pure ratio (no money in it),
// computed once in extended precision; every amount derived from it is rounded once.
long double annuityFactor(Rate annual, int n)
{
    const long double r = static_cast<long double>(annual.ppm) / static_cast<long double>(kMonthlyScale);
    const long double growth = std::pow(1.0L + r, static_cast<long double>(n));
    return r * growth / (growth - 1.0L);
}

// Rounds a non-negative extended-precision product half-up to an integer count of fen.
qint64 roundHalfUp(long double x)
{
    return static_cast<qint64>(std::floor(x + 0.5L));
}

// round_half_up(value × r) in exact integer arithmetic.
qint64 monthlyInterest(qint64 remaining, Rate annual)
{
    return divideRounded(Int128(remaining) * annual.ppm, kMonthlyScale, RoundingMode::HalfUp);
}

Status validate(qint64 principal, Rate annualRate, int termMonths)
{
    if (principal <= 0 || principal > money::kMaximumFen)
        return makeError(
            QStringLiteral("loan.principal_invalid"), QStringLiteral("principal"),
            QStringLiteral("the loan principal must be above zero and at most the money maximum"));
    if (termMonths <= 0 || termMonths > kMaxScheduleMonths)
        return makeError(
            QStringLiteral("loan.term_invalid"), QStringLiteral("termMonths"),
            QStringLiteral("the term must be 1..%1 months, got %2").arg(kMaxScheduleMonths).arg(termMonths));
    if (annualRate.ppm < 0 || annualRate.ppm > Rate::kScale)
        return makeError(
            QStringLiteral("loan.rate_invalid"), QStringLiteral("rate"),
            QStringLiteral("the annual rate must be 0%..100%, got %1%").arg(toPercentString(annualRate)));
    return {};
}

// The rounded equal installment M and the total interest round(n·M_exact − P).
struct Annuity
{
    qint64 payment = 0;
    qint64 totalInterest = 0;
};

Annuity annuity(qint64 principal, Rate annualRate, int n)
{
    if (annualRate.isZero())
        return Annuity{divideRounded(principal, n, RoundingMode::HalfUp), 0};
    const long double factor = annuityFactor(annualRate, n);
    const long double exact = static_cast<long double>(principal) * factor;
    return Annuity{roundHalfUp(exact), roundHalfUp(exact * n - static_cast<long double>(principal))};
}

QDate dueDate(QDate first, int number)
{
    return first.isValid() ? first.addMonths(number - 1) : QDate();
}

} // namespace

Result<qint64> equalInstallmentPayment(qint64 principal, Rate annualRate, int termMonths)
{
    if (Status s = validate(principal, annualRate, termMonths); !s)
        return s.error();
    return annuity(principal, annualRate, termMonths).payment;
}

Result<Schedule> buildSchedule(RepaymentMethod method, qint64 principal, Rate annualRate, int termMonths,
                               QDate firstDueDate)
{
    if (Status s = validate(principal, annualRate, termMonths); !s)
        return s.error();
    Schedule schedule;
    schedule.method = method;
    schedule.principal = principal;
    schedule.annualRate = annualRate;
    schedule.termMonths = termMonths;
    schedule.installments.reserve(termMonths);

    const int n = termMonths;
    qint64 remaining = principal;
    switch (method) {
    case RepaymentMethod::EqualInstallment: {
        const Annuity a = annuity(principal, annualRate, n);
        for (int k = 1; k < n; ++k) {
            Installment i{k, dueDate(firstDueDate, k), a.payment, 0, monthlyInterest(remaining, annualRate),
                          0};
            i.principal = i.payment - i.interest;
            remaining -= i.principal;
            i.remaining = remaining;
            schedule.installments.append(i);
        }
        // The last installment takes the residue so the totals are exactly P and the total interest.
        const qint64 last = principal + a.totalInterest - qint64(n - 1) * a.payment;
        schedule.installments.append(
            Installment{n, dueDate(firstDueDate, n), last, remaining, last - remaining, 0});
        break;
    }
    case RepaymentMethod::EqualPrincipal:
        for (int k = 1; k <= n; ++k) {
            const qint64 part = divideRounded(Int128(k) * principal, n, RoundingMode::HalfUp) -
                                divideRounded(Int128(k - 1) * principal, n, RoundingMode::HalfUp);
            const qint64 interest = monthlyInterest(remaining, annualRate);
            remaining -= part;
            schedule.installments.append(
                Installment{k, dueDate(firstDueDate, k), part + interest, part, interest, remaining});
        }
        break;
    }
    for (const Installment &i : std::as_const(schedule.installments))
        schedule.totalInterest += i.interest;
    schedule.totalPayment = principal + schedule.totalInterest;
    return schedule;
}

Result<qint64> firstPayment(RepaymentMethod method, qint64 principal, Rate annualRate, int termMonths)
{
    if (Status s = validate(principal, annualRate, termMonths); !s)
        return s.error();
    switch (method) {
    case RepaymentMethod::EqualInstallment:
        return annuity(principal, annualRate, termMonths).payment;
    case RepaymentMethod::EqualPrincipal:
        return divideRounded(principal, termMonths, RoundingMode::HalfUp) +
               monthlyInterest(principal, annualRate);
    }
    return makeError(QStringLiteral("loan.method_invalid"), QStringLiteral("method"));
}

Result<Rate> loanRateAt(const Policy &policy, QDate date, HomeOrder order, int termMonths)
{
    const Result<LoanRates> row = policy.loanRatesAt(date);
    if (!row)
        return row.error();
    return row->rateFor(order, termMonths);
}

QDate repricingDate(QDate changeEffective, Repricing rule)
{
    if (!changeEffective.isValid())
        return {};
    switch (rule) {
    case Repricing::Immediately:
        return changeEffective;
    case Repricing::NextJanuaryFirst:
        if (changeEffective.month() == 1 && changeEffective.day() == 1)
            return changeEffective;
        return QDate(changeEffective.year() + 1, 1, 1);
    }
    return changeEffective;
}

Result<Rate> existingLoanRateAt(const Policy &policy, QDate signedOn, QDate date, HomeOrder order,
                                int termMonths)
{
    const auto noRate = [&] {
        return makeError(QStringLiteral("policy.not_in_effect"), QStringLiteral("loanRates.rows"),
                         QStringLiteral("no loan rate for a loan signed on %1, on %2")
                             .arg(signedOn.toString(Qt::ISODate), date.toString(Qt::ISODate)));
    };
    if (!signedOn.isValid() || !date.isValid())
        return noRate();
    // Rows in effect at signing apply as usual; later rows only from their repricing date. Both
    // dates grow with the rows, so the last qualifying row is the one in force.
    const LoanRates *found = nullptr;
    for (const LoanRates &row : policy.loanRateRows()) {
        const bool atSigning = row.effectiveFrom <= signedOn && row.effectiveFrom <= date;
        const bool repriced =
            row.effectiveFrom > signedOn && repricingDate(row.effectiveFrom, policy.repricing()) <= date;
        if (atSigning || repriced)
            found = &row;
    }
    if (!found)
        return noRate();
    return found->rateFor(order, termMonths);
}

} // namespace hpf::finance
