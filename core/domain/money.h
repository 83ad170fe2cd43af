#pragma once

#include "base/result.h"

#include <QString>
#include <QStringView>

// Money is qint64 fen (分) everywhere; there is no floating point anywhere near an amount.
namespace hpf::money {

// The largest amount the counter accepts: 9,999,999,999.99 yuan (just under 100亿).
inline constexpr qint64 kMaximumFen = 999'999'999'999LL;

struct ParseOptions
{
    bool allowNegative = false;
    qint64 maximumFen = kMaximumFen;
};

// Parses what a teller types or pastes: "1,234.56", "1234.5", "１２３４．５６", " 12 34.5 ",
// "¥1,000", "1000元". Refuses more than two decimals, letters, bad digit grouping, values above
// the maximum and (unless allowed) negative values. Error codes: money.empty, money.format,
// money.decimals, money.negative, money.too_large.
Result<qint64> parse(QStringView input, const QString &field = QStringLiteral("amount"),
                     const ParseOptions &options = {});

// "1,234.56" / "-0.50": two decimals, thousands separators.
QString format(qint64 fen);
// "1234.56": two decimals, no separators (for CSV and machine-readable output).
QString formatPlain(qint64 fen);

// 中文大写金额 following the People's Bank rules for filling in bills (正确填写票据和结算凭证的基本
// 规定): 壹贰叁…, 拾佰仟万亿, 元角分, 整 after 元 when there are no 角/分; where the rules allow 零
// to be written or left out, it is always written. Negative amounts get the prefix 负.
// Error money.too_large above kMaximumFen.
Result<QString> toChineseUpper(qint64 fen);

} // namespace hpf::money
