#include "crypto/base45.h"

#include <array>

namespace hpf::crypto {

namespace {

constexpr int kRadix = 45;

// Character -> value, -1 outside the alphabet (indexed by Latin-1 code; anything above is invalid).
constexpr std::array<signed char, 128> makeDecodeTable()
{
    std::array<signed char, 128> table{};
    for (auto &v : table)
        v = -1;
    for (int i = 0; i < kRadix; ++i)
        table[size_t(static_cast<unsigned char>(kBase45Alphabet[i]))] = static_cast<signed char>(i);
    return table;
}

constexpr std::array<signed char, 128> kDecodeTable = makeDecodeTable();

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    return u < kDecodeTable.size() ? kDecodeTable[u] : -1;
}

Error decodeError(const char *code, const QString &detail)
{
    return makeError(QString::fromLatin1(code), u"text"_qs, detail);
}

} // namespace

QString base45Encode(QByteArrayView data)
{
    QString out;
    out.reserve(data.size() / 2 * 3 + 2);
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2) {
        int n = p[i] * 256 + p[i + 1];
        for (int k = 0; k < 3; ++k) {
            out += QLatin1Char(kBase45Alphabet[n % kRadix]);
            n /= kRadix;
        }
    }
    if (i < data.size()) {
        const int n = p[i];
        out += QLatin1Char(kBase45Alphabet[n % kRadix]);
        out += QLatin1Char(kBase45Alphabet[n / kRadix]);
    }
    return out;
}

Result<QByteArray> base45Decode(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (valueOf(text[i]) < 0)
            return decodeError("base45.invalid_character",
                               QStringLiteral("character U+%1 at position %2 is not in the Base45 alphabet")
                                   .arg(text[i].unicode(), 4, 16, QLatin1Char('0'))
                                   .arg(i));
    }
    if (text.size() % 3 == 1)
        return decodeError("base45.invalid_length",
                           QStringLiteral("length %1 leaves a single character").arg(text.size()));

    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    qsizetype i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const int n =
            valueOf(text[i]) + valueOf(text[i + 1]) * kRadix + valueOf(text[i + 2]) * kRadix * kRadix;
        if (n > 0xFFFF)
            return decodeError("base45.out_of_range",
                               QStringLiteral("group at position %1 has value %2 > 65535").arg(i).arg(n));
        out += char(n >> 8);
        out += char(n & 0xFF);
    }
    if (i < text.size()) {
        const int n = valueOf(text[i]) + valueOf(text[i + 1]) * kRadix;
        if (n > 0xFF)
            return decodeError("base45.out_of_range",
                               QStringLiteral("final group at position %1 has value %2 > 255").arg(i).arg(n));
        out += char(n);
    }
    return out;
}

bool isBase45Text(QStringView text)
{
    for (QChar c : text) {
        if (valueOf(c) < 0)
            return false;
    }
    return true;
}

} // namespace hpf::crypto
