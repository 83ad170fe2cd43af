#pragma once

#include "base/result.h"

#include <QString>
#include <QStringView>
#include <compare>

namespace hpf::finance {

// A ratio or an annual interest rate as parts per million of 1: 7% = 70'000, 3.075% = 30'750,
// 1.5% = 15'000. Percent strings with up to four decimals map onto it exactly.
struct Rate
{
    static constexpr qint64 kScale = 1'000'000; // ppm of 1 == 100%

    qint64 ppm = 0;

    static constexpr Rate fromPpm(qint64 ppm) { return Rate{ppm}; }
    bool isZero() const { return ppm == 0; }
    auto operator<=>(const Rate &) const = default;
};

// Parses a percentage written as a decimal string without the % sign: "3.075", "12", "0.5",
// optionally with a trailing "%" ("7%"). At most four decimals; no sign, exponent, grouping or
// white space inside. Error codes: rate.empty, rate.format, rate.decimals, rate.too_large
// (above 1000%). `field` is copied into the Error.
Result<Rate> parsePercent(QStringView text, const QString &field = QStringLiteral("rate"));

// "3.075", "1.50", "12.00", "0.0001": at least two decimals, trailing zeros beyond two dropped.
// Negative rates (which parsePercent never produces) get a leading '-'.
QString toPercentString(Rate rate);

} // namespace hpf::finance
