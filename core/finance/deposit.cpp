#include "deposit.h"

#include "domain/money.h"

namespace hpf::finance {

namespace {

Status checkRatio(Rate ratio, const RatioRange &range, const QString &field)
{
    if (range.contains(ratio))
        return {};
    return makeError(
        QStringLiteral("deposit.ratio_range"), field,
        QStringLiteral("%1 %2% outside the policy range %3%..%4%")
            .arg(field, toPercentString(ratio), toPercentString(range.min), toPercentString(range.max)));
}

} // namespace

qint64 applyRatio(qint64 baseFen, Rate ratio, const RoundingRule &rule)
{
    const qint64 unit = precisionFen(rule.precision);
    // base × ppm / (1e6 × unit) rounded, then back to fen: exact in 128 bits.
    const Int128 product = Int128(baseFen) * ratio.ppm;
    return divideRounded(product, Rate::kScale * unit, rule.mode) * unit;
}

Result<qint64> clampBase(qint64 baseFen, const BaseRange &range, BaseClamp *clamp)
{
    if (clamp)
        *clamp = BaseClamp::None;
    if (baseFen <= 0 || baseFen > money::kMaximumFen)
        return makeError(QStringLiteral("deposit.base_invalid"), QStringLiteral("base"),
                         QStringLiteral("the deposit base must be above zero and at most %1, got %2")
                             .arg(money::format(money::kMaximumFen), money::format(baseFen)));
    const bool below = baseFen < range.floor;
    const bool above = baseFen > range.ceiling;
    if (!below && !above)
        return baseFen;
    if (range.outOfRange == OutOfRangeBase::Refuse)
        return makeError(
            QStringLiteral("deposit.base_range"), QStringLiteral("base"),
            QStringLiteral("the base %1 is outside the policy range %2..%3")
                .arg(money::format(baseFen), money::format(range.floor), money::format(range.ceiling)));
    if (clamp)
        *clamp = below ? BaseClamp::RaisedToFloor : BaseClamp::LoweredToCeiling;
    return below ? range.floor : range.ceiling;
}

Result<MonthlyDeposit> computeMonthlyDeposit(const DepositPolicy &policy, qint64 baseFen, Rate unitRatio,
                                             Rate personalRatio)
{
    MonthlyDeposit d;
    d.requestedBase = baseFen;
    d.unitRatio = unitRatio;
    d.personalRatio = personalRatio;
    const Result<qint64> base = clampBase(baseFen, policy.base, &d.clamp);
    if (!base)
        return base.error();
    if (Status s = checkRatio(unitRatio, policy.unitRatio, QStringLiteral("unitRatio")); !s)
        return s.error();
    if (Status s = checkRatio(personalRatio, policy.personalRatio, QStringLiteral("personalRatio")); !s)
        return s.error();
    d.base = *base;
    d.unitAmount = applyRatio(d.base, unitRatio, policy.unitRounding);
    d.personalAmount = applyRatio(d.base, personalRatio, policy.personalRounding);
    d.total = d.unitAmount + d.personalAmount;
    return d;
}

Result<MonthlyDeposit> computeMonthlyDeposit(const Policy &policy, QDate month, qint64 baseFen,
                                             Rate unitRatio, Rate personalRatio)
{
    const Result<DepositPolicy> row = policy.depositAt(month);
    if (!row)
        return row.error();
    return computeMonthlyDeposit(*row, baseFen, unitRatio, personalRatio);
}

Result<FlexibleDeposit> computeFlexibleDeposit(const FlexiblePolicy &policy, qint64 baseFen, Rate ratio)
{
    FlexibleDeposit d;
    d.requestedBase = baseFen;
    d.ratio = ratio;
    const Result<qint64> base = clampBase(baseFen, policy.base, &d.clamp);
    if (!base)
        return base.error();
    if (Status s = checkRatio(ratio, policy.ratio, QStringLiteral("ratio")); !s)
        return s.error();
    d.base = *base;
    d.amount = applyRatio(d.base, ratio, policy.rounding);
    return d;
}

Result<FlexibleDeposit> computeFlexibleDeposit(const Policy &policy, QDate month, qint64 baseFen, Rate ratio)
{
    const Result<FlexiblePolicy> row = policy.flexibleAt(month);
    if (!row)
        return row.error();
    return computeFlexibleDeposit(*row, baseFen, ratio);
}

} // namespace hpf::finance
