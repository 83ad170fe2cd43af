#include "money.h"

#include "base/text.h"

#include <QList>
#include <array>

namespace hpf::money {

namespace {

Error moneyError(const char *code, const QString &field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), field, detail);
}

// Removes a currency sign in front and 元 behind, and all white space.
QString stripDecorations(QStringView input)
{
    QString s;
    const QString half = text::toHalfWidth(input);
    s.reserve(half.size());
    for (const QChar c : half) {
        if (!c.isSpace())
            s.append(c);
    }
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        const QChar sign = s.front();
        QString rest = s.mid(1);
        if (rest.startsWith(u'¥') || rest.startsWith(QChar(0xFFE5)))
            rest.remove(0, 1);
        s = sign + rest;
    } else if (s.startsWith(u'¥') || s.startsWith(QChar(0xFFE5))) {
        s.remove(0, 1);
    }
    if (s.endsWith(u'元'))
        s.chop(1);
    return s;
}

// Integer digits with optional thousands separators placed every three digits.
bool takeIntegerDigits(QStringView part, QString &digits)
{
    if (part.isEmpty())
        return false;
    if (!part.contains(u',')) {
        digits = part.toString();
        return text::isAsciiDigits(part);
    }
    const QList<QStringView> groups = part.split(u',');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups[i];
        if (!text::isAsciiDigits(g))
            return false;
        if (i == 0 ? g.size() > 3 : g.size() != 3)
            return false;
        digits += g;
    }
    return true;
}

} // namespace

Result<qint64> parse(QStringView input, const QString &field, const ParseOptions &options)
{
    QString s = stripDecorations(input);
    if (s.isEmpty())
        return moneyError("money.empty", field, QStringLiteral("no amount given"));

    bool negative = false;
    if (s.front() == u'-' || s.front() == u'+') {
        negative = s.front() == u'-';
        s.remove(0, 1);
    }

    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? QStringView(s) : QStringView(s).left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(s).mid(dot + 1);

    QString digits;
    if (!takeIntegerDigits(whole, digits))
        return moneyError("money.format", field, QStringLiteral("not an amount: '%1'").arg(input));
    if (dot >= 0) {
        if (fraction.isEmpty() || !text::isAsciiDigits(fraction))
            return moneyError("money.format", field, QStringLiteral("not an amount: '%1'").arg(input));
        if (fraction.size() > 2)
            return moneyError("money.decimals", field,
                              QStringLiteral("more than two decimals: '%1'").arg(input));
    }

    // Leading zeros are harmless; count significant digits to rule out overflow before converting.
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    const QStringView significant = QStringView(digits).mid(firstNonZero);
    if (significant.size() > 13)
        return moneyError("money.too_large", field, QStringLiteral("amount too large: '%1'").arg(input));

    qint64 yuan = 0;
    for (const QChar c : significant)
        yuan = yuan * 10 + (c.unicode() - u'0');
    qint64 cents = 0;
    if (!fraction.isEmpty()) {
        cents = (fraction[0].unicode() - u'0') * 10;
        if (fraction.size() == 2)
            cents += fraction[1].unicode() - u'0';
    }
    const qint64 fen = yuan * 100 + cents;
    if (fen > options.maximumFen)
        return moneyError("money.too_large", field, QStringLiteral("amount too large: '%1'").arg(input));
    if (negative && fen != 0) {
        if (!options.allowNegative)
            return moneyError("money.negative", field,
                              QStringLiteral("negative amount not allowed: '%1'").arg(input));
        return -fen;
    }
    return fen;
}

QString formatPlain(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(0) - quint64(fen) : quint64(fen);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + u'.' +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString format(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 abs = negative ? quint64(0) - quint64(fen) : quint64(fen);
    const QString whole = QString::number(abs / 100);
    QString grouped;
    grouped.reserve(whole.size() + whole.size() / 3);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped.append(u',');
        grouped.append(whole[i]);
    }
    return (negative ? QStringLiteral("-") : QString()) + grouped + u'.' +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Result<QString> toChineseUpper(qint64 fen)
{
    static constexpr std::array<char16_t, 10> kDigits = {u'零', u'壹', u'贰', u'叁', u'肆',
                                                         u'伍', u'陆', u'柒', u'捌', u'玖'};
    static constexpr std::array<char16_t, 4> kInGroup = {0, u'拾', u'佰', u'仟'};

    if (fen > kMaximumFen || fen < -kMaximumFen)
        return makeError(QStringLiteral("money.too_large"), QStringLiteral("amount"),
                         QStringLiteral("too large for 中文大写"));
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    if (abs == 0)
        return QStringLiteral("零元整");

    // Positions from the highest down: yuan digits (index 0 = 个位) then 角, 分.
    const qint64 yuan = abs / 100;
    const int jiao = int(abs / 10 % 10);
    const int fenDigit = int(abs % 10);

    QString out;
    if (negative)
        out.append(u'负');
    bool emitted = false;     // anything written yet (apart from the sign)
    bool pendingZero = false; // a run of zeros between written digits

    auto writeDigit = [&](int digit, char16_t unit) {
        if (digit == 0) {
            if (emitted)
                pendingZero = true;
            return;
        }
        if (pendingZero)
            out.append(u'零');
        pendingZero = false;
        out.append(QChar(kDigits[digit]));
        if (unit)
            out.append(QChar(unit));
        emitted = true;
    };

    if (yuan > 0) {
        const QString digits = QString::number(yuan);
        const int n = int(digits.size());
        for (int i = 0; i < n; ++i) {
            const int position = n - 1 - i; // 0 = 个位
            writeDigit(digits[i].unicode() - u'0', kInGroup[position % 4]);
            if (position == 8 || position == 4) {
                // Close a 亿 or 万 group when it holds any non-zero digit.
                const int groupStart = n - 1 - (position + 3);
                const QStringView group =
                    QStringView(digits).mid(qMax(0, groupStart), i - qMax(0, groupStart) + 1);
                if (group.size() > 0 && group != QString(group.size(), u'0'))
                    out.append(QChar(position == 8 ? u'亿' : u'万'));
            }
        }
        out.append(u'元');
    }
    writeDigit(jiao, u'角');
    writeDigit(fenDigit, u'分');
    if (jiao == 0 && fenDigit == 0)
        out.append(u'整');
    return out;
}

} // namespace hpf::money
