#include "accountnumber.h"

#include "base/text.h"

namespace hpf::accountnumber {

namespace {

constexpr int kMaxTyped = 40;

QChar prefixOf(Kind kind)
{
    return kind == Kind::Unit ? QLatin1Char('8') : QLatin1Char('1');
}

int lengthOf(Kind kind)
{
    return kind == Kind::Unit ? kUnitLength : kPersonalLength;
}

} // namespace

QString normalize(QStringView input)
{
    return text::normalizeCode(input);
}

QChar checkCharacter(QStringView digits)
{
    if (digits.isEmpty() || !text::isAsciiDigits(digits))
        return {};
    const qsizetype n = digits.size();
    int sum = 0;
    int weight = 1; // 2^0 for the last digit, doubling (mod 11) to the left
    for (qsizetype k = n - 1; k >= 0; --k) {
        weight = (weight * 2) % 11;
        sum = (sum + (digits[k].unicode() - u'0') * weight) % 11;
    }
    const int check = (12 - sum) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(u'0' + check);
}

Result<QString> make(Kind kind, qint64 sequence)
{
    const int digits = lengthOf(kind) - 2;
    qint64 limit = 1;
    for (int i = 0; i < digits; ++i)
        limit *= 10;
    if (sequence < 1 || sequence >= limit)
        return makeError(u"account_number.sequence_exhausted"_qs, {},
                         QStringLiteral("sequence %1 does not fit %2 digits").arg(sequence).arg(digits));
    const QString body = prefixOf(kind) + QStringLiteral("%1").arg(sequence, digits, 10, QLatin1Char('0'));
    return QString(body + checkCharacter(body));
}

Result<AccountNumber> parse(QStringView input, std::optional<Kind> expected, const QString &field)
{
    AccountNumber out;
    out.original = input.toString();
    const QString n = normalize(input);
    if (n.isEmpty())
        return makeError(u"account_number.empty"_qs, field);
    if (n.size() > kMaxTyped)
        return makeError(u"account_number.too_long"_qs, field);
    for (qsizetype i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        if (!digit && !(c == u'X' && i == n.size() - 1))
            return makeError(u"account_number.characters"_qs, field,
                             QStringLiteral("character %1 is not a digit").arg(i + 1));
    }
    Kind kind;
    if (n.at(0) == prefixOf(Kind::Unit)) {
        kind = Kind::Unit;
    } else if (n.at(0) == prefixOf(Kind::Personal)) {
        kind = Kind::Personal;
    } else {
        const bool plausible = expected ? n.size() == lengthOf(*expected)
                                        : n.size() == kUnitLength || n.size() == kPersonalLength;
        return makeError(plausible ? u"account_number.prefix"_qs : u"account_number.length"_qs, field);
    }
    if (n.size() != lengthOf(kind)) // a mistyped first digit, or digits missing or added
        return makeError(expected && n.size() == lengthOf(*expected) ? u"account_number.prefix"_qs
                                                                     : u"account_number.length"_qs,
                         field,
                         QStringLiteral("%1 characters expected").arg(lengthOf(expected.value_or(kind))));
    const QStringView body = QStringView(n).left(n.size() - 1);
    if (checkCharacter(body) != n.back())
        return makeError(u"account_number.checksum"_qs, field);
    if (expected && kind != *expected)
        return makeError(u"account_number.kind"_qs, field);
    out.kind = kind;
    out.number = n;
    out.sequence = body.mid(1).toLongLong();
    return out;
}

} // namespace hpf::accountnumber
