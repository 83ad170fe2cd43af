#pragma once

#include "base/result.h"
#include "finance/policy.h"
#include "finance/rate.h"

#include <QDate>

// Monthly deposit (月缴存额) = clamped base × ratio, each side rounded by its own rule
// (条例 第十六条; rounding is local policy). Exact integer arithmetic, no floating point.
namespace hpf::finance {

enum class BaseClamp {
    None,
    RaisedToFloor,    // the base was below the floor
    LoweredToCeiling, // the base was above the ceiling
};

struct MonthlyDeposit
{
    qint64 requestedBase = 0; // fen, as given
    qint64 base = 0;          // fen, after clamping: the base the amounts are computed on
    BaseClamp clamp = BaseClamp::None;
    Rate unitRatio;
    Rate personalRatio;
    qint64 unitAmount = 0;     // fen
    qint64 personalAmount = 0; // fen
    qint64 total = 0;          // unitAmount + personalAmount
    bool wasClamped() const { return clamp != BaseClamp::None; }
};

struct FlexibleDeposit
{
    qint64 requestedBase = 0;
    qint64 base = 0;
    BaseClamp clamp = BaseClamp::None;
    Rate ratio;
    qint64 amount = 0; // fen, paid by the worker alone
};

// base × ratio rounded to the rule's precision by its mode (the result is in fen, a multiple of
// precisionFen()). base must be ≥ 0 and ratio ≥ 0; amounts up to money::kMaximumFen are exact.
qint64 applyRatio(qint64 baseFen, Rate ratio, const RoundingRule &rule);

// The base after the policy's floor/ceiling. Errors: deposit.base_invalid (field "base": ≤ 0 or
// above money::kMaximumFen), deposit.base_range (field "base": outside the range and the
// policy says refuse).
Result<qint64> clampBase(qint64 baseFen, const BaseRange &range, BaseClamp *clamp = nullptr);

// Errors: deposit.base_invalid, deposit.base_range (field "base"); deposit.ratio_range with field
// "unitRatio" or "personalRatio" when a ratio is outside the policy's range.
Result<MonthlyDeposit> computeMonthlyDeposit(const DepositPolicy &policy, qint64 baseFen, Rate unitRatio,
                                             Rate personalRatio);
// Same, with the policy row in effect on `month` (policy.not_in_effect before the first row).
Result<MonthlyDeposit> computeMonthlyDeposit(const Policy &policy, QDate month, qint64 baseFen,
                                             Rate unitRatio, Rate personalRatio);

// Flexible employment: errors as above, the ratio field is "ratio".
Result<FlexibleDeposit> computeFlexibleDeposit(const FlexiblePolicy &policy, qint64 baseFen, Rate ratio);
Result<FlexibleDeposit> computeFlexibleDeposit(const Policy &policy, QDate month, qint64 baseFen, Rate ratio);

} // namespace hpf::finance
