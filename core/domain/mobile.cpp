#include "mobile.h"

#include "base/text.h"

namespace hpf::mobile {

Result<QString> parse(QStringView input, const QString &field)
{
    QString s = text::toHalfWidth(input);
    s.remove(u' ');
    s.remove(u'-');
    s = s.trimmed();
    if (s.isEmpty())
        return makeError(u"mobile.empty"_qs, field);
    if (s.size() > 20)
        return makeError(u"mobile.format"_qs, field);
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    if (!text::isAsciiDigits(s))
        return makeError(u"mobile.characters"_qs, field);
    if (s.size() == 15 && s.startsWith(u"0086"))
        s.remove(0, 4);
    else if (s.size() == 13 && s.startsWith(u"86"))
        s.remove(0, 2);
    if (s.size() != 11 || s.at(0) != u'1' || s.at(1) < u'3')
        return makeError(u"mobile.format"_qs, field, u"11 digits starting with 13-19"_qs);
    return s;
}

QString mask(QStringView number)
{
    if (number.size() == 11)
        return number.left(3) + u"****"_qs + number.right(4);
    if (number.size() <= 4)
        return QString(number.size(), u'*');
    return QString(number.size() - 4, u'*') + number.right(4);
}

} // namespace hpf::mobile
