#include "creditcode.h"

#include "base/text.h"

#include <array>

namespace hpf::creditcode {

namespace {

constexpr QStringView kCharset = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

int valueOf(QChar c)
{
    return int(kCharset.indexOf(c));
}

// GB 11714 characters are 0-9 and A-Z valued 0-35.
int orgValueOf(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

Error err(const char *code, const QString &field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), field, detail);
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return kCharset[check];
}

QChar organisationCheckCharacter(QStringView first8)
{
    if (first8.size() != 8)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const int v = orgValueOf(first8[i]);
        if (v < 0)
            return {};
        sum += v * kOrgWeights[size_t(i)];
    }
    const int c = 11 - sum % 11;
    if (c == 10)
        return QChar(u'X');
    return QChar(char16_t(u'0' + (c == 11 ? 0 : c)));
}

Result<CreditCode> parse(QStringView input, const QString &field)
{
    if (input.size() > 64)
        return err("credit_code.too_long", field, QStringLiteral("input longer than 64 characters"));
    CreditCode cc;
    cc.original = input.toString();
    cc.code = text::normalizeCode(input);
    if (cc.code.isEmpty())
        return err("credit_code.empty", field, QStringLiteral("no credit code given"));
    if (cc.code.size() != 18)
        return err("credit_code.length", field,
                   QStringLiteral("expected 18 characters, got %1").arg(cc.code.size()));
    for (const QChar c : std::as_const(cc.code)) {
        if (valueOf(c) < 0)
            return err("credit_code.characters", field,
                       QStringLiteral("character '%1' is not used in credit codes (I, O, S, V, Z never are)")
                           .arg(c));
    }
    if (checkCharacter(QStringView(cc.code).left(17)) != cc.code[17])
        return err("credit_code.checksum", field,
                   QStringLiteral("check character mismatch in '%1'").arg(cc.original));

    cc.registrationDepartment = cc.code[0];
    cc.organisationCategory = cc.code[1];
    cc.regionCode = cc.code.mid(2, 6);
    cc.organisationCode = cc.code.mid(8, 9);
    if (organisationCheckCharacter(QStringView(cc.organisationCode).left(8)) != cc.organisationCode[8])
        cc.warnings.append(QStringLiteral("credit_code.inner_checksum"));
    return cc;
}

} // namespace hpf::creditcode
