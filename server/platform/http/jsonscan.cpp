#include "platform/http/jsonscan.h"

#include <QList>
#include <QSet>
#include <QString>

namespace hpf::server::jsonscan {

namespace {

constexpr qint64 kMaxExactInteger = 9007199254740991; // 2^53 - 1

struct Frame
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    QString key;   // object: the key of the value being read
    int index = 0; // array: the index of the value being read
    bool expectKey = false;
};

QString valuePath(const QList<Frame> &stack)
{
    if (stack.isEmpty())
        return {};
    const Frame &top = stack.last();
    if (top.object)
        return top.path.isEmpty() ? top.key : top.path + u'.' + top.key;
    return top.path + u'[' + QString::number(top.index) + u']';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// The text between the quotes of a valid JSON string, unescaped.
QString decodeString(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString out;
    QByteArray plain;
    const auto flush = [&] {
        out += QString::fromUtf8(plain);
        plain.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '\\' || i + 1 >= raw.size()) {
            plain.append(c);
            continue;
        }
        flush();
        const char e = raw.at(++i);
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            ushort unit = 0;
            for (int k = 1; k <= 4 && i + k < raw.size(); ++k)
                unit = ushort(unit * 16 + hexValue(raw.at(i + k)));
            out += QChar(unit);
            i += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
    }
    flush();
    return out;
}

Status checkNumber(const QByteArray &token, const QString &path)
{
    if (token.contains('.') || token.contains('e') || token.contains('E'))
        return makeError(u"request.field_type"_qs, path,
                         u"expected an integer: numbers are written without fraction or exponent"_qs);
    const QByteArray digits = token.startsWith('-') ? token.mid(1) : token;
    bool ok = false;
    const qint64 magnitude = digits.size() <= 16 ? digits.toLongLong(&ok) : 0;
    if (!ok || magnitude > kMaxExactInteger)
        return makeError(u"request.field_range"_qs, path,
                         QStringLiteral("integers are at most %1 in magnitude").arg(kMaxExactInteger));
    return {};
}

} // namespace

Status checkStrict(const QByteArray &text)
{
    QList<Frame> stack;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        switch (c) {
        case '{':
        case '[': {
            Frame f;
            f.object = c == '{';
            f.expectKey = f.object;
            f.path = valuePath(stack);
            stack.append(std::move(f));
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    stack.last().expectKey = true;
                else
                    ++stack.last().index;
            }
            ++i;
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            ++i;
            break;
        case '"': {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != '"')
                j += text.at(j) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &top = stack.last();
                top.key = decodeString(text.mid(i + 1, j - i - 1));
                if (top.keys.contains(top.key))
                    return makeError(u"json.duplicate_key"_qs, valuePath(stack),
                                     u"a key may appear only once in an object"_qs);
                top.keys.insert(top.key);
            }
            i = j + 1;
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                qsizetype j = i;
                while (j < n && (QByteArrayView("-+.eE").contains(text.at(j)) ||
                                 (text.at(j) >= '0' && text.at(j) <= '9')))
                    ++j;
                if (Status s = checkNumber(text.mid(i, j - i), valuePath(stack)); !s)
                    return s;
                i = j;
            } else {
                ++i; // white space, true, false, null
            }
            break;
        }
    }
    return {};
}

} // namespace hpf::server::jsonscan
