// Feeds arbitrary bytes to the policy JSON loader; whatever it accepts is then used by the rules
// that consume a policy, so a value the loader lets through cannot crash them either.
#include "finance/deposit.h"
#include "finance/interest.h"
#include "finance/loan.h"
#include "finance/policy.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

using namespace hpf::finance;

namespace {

void exercise(const Policy &policy)
{
    for (const DepositPolicy &row : policy.depositRows()) {
        (void)policy.depositAt(row.effectiveFrom);
        (void)computeMonthlyDeposit(row, row.base.ceiling, row.unitRatio.max, row.personalRatio.max);
        (void)computeMonthlyDeposit(row, row.base.floor, row.unitRatio.min, row.personalRatio.min);
    }
    for (const FlexiblePolicy &row : policy.flexibleRows())
        (void)computeFlexibleDeposit(row, row.base.ceiling, row.ratio.max);
    for (const LoanRates &row : policy.loanRateRows()) {
        const auto rate = row.rateFor(HomeOrder::Second, 360);
        if (rate.ok())
            (void)buildSchedule(RepaymentMethod::EqualInstallment, 50'000'000, *rate, 360);
        (void)existingLoanRateAt(policy, row.effectiveFrom.addDays(-1), row.effectiveFrom.addYears(1),
                                 HomeOrder::First, 120);
    }
    for (const LoanLimits &row : policy.loanLimitRows()) {
        LimitInput in;
        in.price = 999'999'999'999;
        in.depositBalance = 999'999'999'999;
        in.monthlyIncome = 999'999'999'999;
        in.annualRate = Rate{30750};
        in.termMonths = row.maxTermMonths;
        (void)computeLoanLimit(row, in);
    }
    if (!policy.depositRates().isEmpty()) {
        const QDate from = policy.depositRates().first().effectiveFrom;
        (void)computeInterest(999'999'999'999, {}, from, from.addYears(2), policy.depositRates());
    }
    (void)settlementPeriod(2025, policy.settlementDay());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto policy = Policy::fromJson(bytes, QStringLiteral("fuzz"));
    if (policy.ok())
        exercise(*policy);
    return 0;
}
