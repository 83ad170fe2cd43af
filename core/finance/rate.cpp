#include "rate.h"

#include "base/text.h"

namespace hpf::finance {

namespace {

constexpr qint64 kMaxPercentPpm = 10 * Rate::kScale; // 1000%
constexpr int kMaxDecimals = 4;

Error rateError(const char *code, const QString &field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), field, detail);
}

} // namespace

Result<Rate> parsePercent(QStringView text, const QString &field)
{
    QStringView s = text;
    if (s.endsWith(u'%'))
        s.chop(1);
    if (s.isEmpty())
        return rateError("rate.empty", field, QStringLiteral("no percentage given"));

    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? s : s.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : s.mid(dot + 1);
    if (!text::isAsciiDigits(whole) || (dot >= 0 && !text::isAsciiDigits(fraction)))
        return rateError("rate.format", field,
                         QStringLiteral("expected a percentage like \"3.075\", got \"%1\"").arg(text));
    if (fraction.size() > kMaxDecimals)
        return rateError(
            "rate.decimals", field,
            QStringLiteral("at most %1 decimals in a percentage, got \"%2\"").arg(kMaxDecimals).arg(text));

    // Whole percent digits: anything beyond 4 significant digits is above the 1000% limit.
    qint64 wholeValue = 0;
    for (const QChar c : whole) {
        wholeValue = wholeValue * 10 + (c.unicode() - u'0');
        if (wholeValue > 1000)
            return rateError("rate.too_large", field,
                             QStringLiteral("percentage above 1000%: \"%1\"").arg(text));
    }
    qint64 fractionValue = 0;
    for (qsizetype i = 0; i < kMaxDecimals; ++i)
        fractionValue = fractionValue * 10 + (i < fraction.size() ? fraction[i].unicode() - u'0' : 0);

    // 1% = 10'000 ppm; 0.0001% = 1 ppm.
    const qint64 ppm = wholeValue * 10'000 + fractionValue;
    if (ppm > kMaxPercentPpm)
        return rateError("rate.too_large", field, QStringLiteral("percentage above 1000%: \"%1\"").arg(text));
    return Rate{ppm};
}

QString toPercentString(Rate rate)
{
    const bool negative = rate.ppm < 0;
    const qint64 magnitude = negative ? -rate.ppm : rate.ppm;
    const qint64 whole = magnitude / 10'000;
    QString fraction = QStringLiteral("%1").arg(magnitude % 10'000, 4, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(whole) + u'.' + fraction;
}

} // namespace hpf::finance
