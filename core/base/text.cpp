#include "text.h"

namespace hpf::text {

QString toHalfWidth(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString normalizeCode(QStringView input)
{
    const QString half = toHalfWidth(input);
    QString out;
    out.reserve(half.size());
    for (const QChar c : half) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        out.append((u >= u'a' && u <= u'z') ? QChar(char16_t(u - 32)) : c);
    }
    return out;
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool hasControlCharacters(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return true;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(s[i + 1].unicode()))
                return true;
            ++i;
        } else if (QChar::isLowSurrogate(u)) {
            return true;
        }
    }
    return false;
}

} // namespace hpf::text
