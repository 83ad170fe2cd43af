#pragma once

#include "base/result.h"
#include "finance/policy.h"
#include "finance/rate.h"

#include <QDate>
#include <QList>

// Provident fund home loans: repayment schedules, rates by effective date, limits, eligibility.
// Amounts are fen; the monthly rate is annual ÷ 12.
namespace hpf::finance {

enum class RepaymentMethod {
    EqualInstallment, // 等额本息
    EqualPrincipal,   // 等额本金
};

struct Installment
{
    int number = 0; // 1..n
    QDate dueDate;
    qint64 payment = 0;   // fen: principal + interest
    qint64 principal = 0; // fen
    qint64 interest = 0;  // fen
    qint64 remaining = 0; // fen: principal still owed after this payment
};

struct Schedule
{
    RepaymentMethod method = RepaymentMethod::EqualInstallment;
    qint64 principal = 0;
    Rate annualRate;
    int termMonths = 0;
    QList<Installment> installments;
    qint64 totalInterest = 0;
    qint64 totalPayment = 0; // principal + totalInterest
};

// Term limits accepted by the schedule functions (the policy's maxTermMonths is checked by
// checkEligibility): 1..600 months. Principal 1 fen .. money::kMaximumFen; rate 0%..100%.
inline constexpr int kMaxScheduleMonths = 600;

// The equal installment M = P·r·(1+r)^n / ((1+r)^n − 1) rounded half-up to the fen (P/n when r = 0).
// Errors: loan.principal_invalid (field "principal"), loan.term_invalid ("termMonths"),
// loan.rate_invalid ("rate").
Result<qint64> equalInstallmentPayment(qint64 principal, Rate annualRate, int termMonths);

// The full schedule. Installment k is due firstDueDate.addMonths(k − 1) (an invalid firstDueDate
// leaves due dates invalid). Conventions:
//  等额本息: total interest = round(n·M_exact − P); installments 1..n−1 are M, the last one takes
//            the residue; interest_k = round(remaining·r); the last principal is what remains.
//            (This reproduces the published totals, e.g. 220,611.48. Because M is rounded and
//            the total is not, the last month's interest absorbs the drift: when M was rounded
//            down it can come out a few fen — even a little below zero — off round(remaining·r).)
//  等额本金: principal_k = round(k·P/n) − round((k−1)·P/n); interest_k = round(remaining·r).
// Errors as equalInstallmentPayment.
Result<Schedule> buildSchedule(RepaymentMethod method, qint64 principal, Rate annualRate, int termMonths,
                               QDate firstDueDate = {});

// The largest first-month payment of a schedule (the payment the income test uses).
Result<qint64> firstPayment(RepaymentMethod method, qint64 principal, Rate annualRate, int termMonths);

// The rate for a new loan signed on `date`. Errors: policy.not_in_effect, loan.third_home,
// loan.term_invalid.
Result<Rate> loanRateAt(const Policy &policy, QDate date, HomeOrder order, int termMonths);

// The first day a rate change effective on `changeEffective` applies to loans signed before it,
// by the repricing rule (NextJanuaryFirst: 1 January of the following year; 1 January itself
// stays 1 January).
QDate repricingDate(QDate changeEffective, Repricing rule);

// The rate on `date` for a loan signed on `signedOn`: rows effective after signing apply from their
// repricing date. Errors as loanRateAt.
Result<Rate> existingLoanRateAt(const Policy &policy, QDate signedOn, QDate date, HomeOrder order,
                                int termMonths);

enum class LimitBound {
    CenterCap,        // 中心最高额度
    PriceRatio,       // 房价 × 贷款成数
    BalanceMultiple,  // 账户余额 × 倍数
    RepaymentAbility, // 月还款 ≤ 月收入 × 比例
};

struct LimitInput
{
    qint64 price = 0; // fen, house price (评估价或成交价孰低, decided by the caller)
    HomeOrder homeOrder = HomeOrder::First;
    qint64 depositBalance = 0; // fen, borrower (+ co-borrowers) balance
    qint64 monthlyIncome = 0;  // fen, household monthly income counted
    qint64 monthlyDebt = 0;    // fen, other monthly repayments already owed
    Rate annualRate;
    int termMonths = 0;
    RepaymentMethod method = RepaymentMethod::EqualInstallment;
};

struct LoanLimit
{
    qint64 amount = 0; // fen: the smallest bound, rounded down to the policy's amountStep
    LimitBound boundBy = LimitBound::CenterCap;
    qint64 byCap = 0;
    qint64 byPrice = 0;
    qint64 byBalance = 0;
    qint64 byRepayment = 0; // the largest principal whose first payment fits the income test
};

// Errors: loan.third_home, loan.term_invalid, loan.rate_invalid, loan.price_invalid ("price" ≤ 0),
// loan.balance_invalid ("depositBalance" < 0), loan.income_invalid ("monthlyIncome" < 0 or
// "monthlyDebt" < 0). A zero bound is a valid result (amount 0), not an error.
Result<LoanLimit> computeLoanLimit(const LoanLimits &limits, const LimitInput &input);

struct EligibilityInput
{
    QDate applicationDate;
    QDate birthDate;
    int termMonths = 0;
    int continuousDepositMonths = 0; // 连续足额缴存月数
    HomeOrder homeOrder = HomeOrder::First;
    bool hasOutstandingLoan = false; // an unsettled provident fund loan exists
};

// Every refusal, each with its own code (empty list = eligible):
// loan.term_invalid (term ≤ 0), loan.term_too_long (> maxTermMonths), loan.age_exceeded (full years
// of age on applicationDate × 12 + term > maxAgeAtEnd × 12), loan.birth_date_invalid,
// loan.deposit_months (< minContinuousDepositMonths), loan.third_home,
// loan.outstanding_loan (any new loan while an earlier one is unsettled: the second-home loan
// comes only after the first is settled).
QList<Error> checkEligibility(const LoanLimits &limits, const EligibilityInput &input);

// Full years of age on `on` (someone born on 29 February turns a year older on 1 March in
// non-leap years). Negative when on < birthDate.
int ageInYears(QDate birthDate, QDate on);

} // namespace hpf::finance
