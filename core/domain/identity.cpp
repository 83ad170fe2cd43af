#include "identity.h"

#include "base/text.h"

#include <array>

namespace hpf::identity {

namespace {

constexpr int kMaxInputLength = 64;
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char16_t, 11> kCheckChars = {u'1', u'0', u'X', u'9', u'8', u'7',
                                                  u'6', u'5', u'4', u'3', u'2'};

// Province-level codes of GB/T 2260 used by citizen numbers (mainland provinces).
bool isMainlandProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65);
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

Error err(const char *code, const QString &field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), field, detail);
}

// Birth date at `offset` (YYYYMMDD) must exist and lie between 1850-01-01 and today. The floor is
// generous on purpose: the published test vectors include a number born in 1880.
Result<QDate> birthDateAt(QStringView digits, qsizetype offset, QDate today, const QString &field)
{
    const QDate date(digits.mid(offset, 4).toInt(), digits.mid(offset + 4, 2).toInt(),
                     digits.mid(offset + 6, 2).toInt());
    if (!date.isValid() || date < QDate(1850, 1, 1))
        return err("identity.birth_date", field, QStringLiteral("no such birth date in '%1'").arg(digits));
    if (today.isValid() && date > today)
        return err("identity.birth_date_future", field,
                   QStringLiteral("birth date after today in '%1'").arg(digits));
    return date;
}

bool isSeventeenDigitsPlusCheck(QStringView s)
{
    if (s.size() != 18 || !text::isAsciiDigits(s.left(17)))
        return false;
    const QChar last = s[17];
    return (last >= u'0' && last <= u'9') || last == u'X';
}

// Checks an 18-character number with MOD 11-2 and fills birth date and sex. The caller has checked
// the overall shape.
Result<IdentityNumber> parseChecked18(IdentityNumber id, QDate today, const QString &field)
{
    const QStringView n = id.number;
    if (checkCharacter(n.left(17)) != n[17])
        return err("identity.checksum", field,
                   QStringLiteral("check character mismatch in '%1'").arg(id.original));
    auto birth = birthDateAt(n, 6, today, field);
    if (!birth)
        return birth.error();
    id.birthDate = birth.value();
    id.sex = digitAt(n, 16) % 2 == 1 ? Sex::Male : Sex::Female;
    return id;
}

Result<IdentityNumber> parseResidentNumber(IdentityNumber id, QDate today, const QString &field)
{
    QStringView n = id.number;
    if (n.size() == 15) {
        if (!text::isAsciiDigits(n))
            return err("identity.characters", field, QStringLiteral("a 15-digit number has only digits"));
        id.number = upgradeLegacyNumber(n);
        id.convertedFromLegacy = true;
        n = id.number;
    } else if (n.size() != 18) {
        return err("identity.length", field,
                   QStringLiteral("expected 18 (or legacy 15) characters, got %1").arg(n.size()));
    } else if (!isSeventeenDigitsPlusCheck(n)) {
        return err("identity.characters", field, QStringLiteral("17 digits and a digit or X expected"));
    }

    if (n.startsWith(u"810000") || n.startsWith(u"820000") || n.startsWith(u"830000")) {
        id.kind = Kind::HkMacaoTaiwanResident;
    } else if (!isMainlandProvince(n.left(2).toInt())) {
        return err("identity.region", field, QStringLiteral("unknown province code %1").arg(n.left(2)));
    } else {
        id.kind = Kind::Citizen;
    }
    id.regionCode = n.left(6).toString();
    return parseChecked18(std::move(id), today, field);
}

Result<IdentityNumber> parseForeignerNumber(IdentityNumber id, QDate today, const QString &field)
{
    const QStringView n = id.number;
    if (n.size() == 15) {
        // Old card: 3 Latin letters (nationality) + 12 digits; no public check algorithm.
        for (qsizetype i = 0; i < 3; ++i) {
            if (n[i] < u'A' || n[i] > u'Z')
                return err("identity.format", field, QStringLiteral("old card: 3 letters then 12 digits"));
        }
        if (!text::isAsciiDigits(n.mid(3)))
            return err("identity.format", field, QStringLiteral("old card: 3 letters then 12 digits"));
        id.kind = Kind::ForeignPermanentResidentLegacy;
        return id;
    }
    if (n.size() != 18)
        return err("identity.length", field, QStringLiteral("expected 18 characters, got %1").arg(n.size()));
    if (!isSeventeenDigitsPlusCheck(n))
        return err("identity.characters", field, QStringLiteral("17 digits and a digit or X expected"));
    if (n[0] != u'9')
        return err("identity.format", field, QStringLiteral("the 2023 card number starts with 9"));
    // No GB/T 2260 address check: positions 2-3 are the issuing province, 4-6 the nationality.
    id.kind = Kind::ForeignPermanentResident;
    id.regionCode = n.mid(1, 2).toString();
    id.nationalityCode = n.mid(3, 3).toString();
    return parseChecked18(std::move(id), today, field);
}

Result<IdentityNumber> parseFormatOnly(IdentityNumber id, const QString &field)
{
    const QStringView n = id.number;
    const bool passport = id.type == DocumentType::Passport;
    const qsizetype minLength = passport ? 5 : 2;
    const qsizetype maxLength = passport ? 20 : 32;
    if (n.size() < minLength || n.size() > maxLength)
        return err("identity.length", field,
                   QStringLiteral("expected %1 to %2 characters, got %3")
                       .arg(minLength)
                       .arg(maxLength)
                       .arg(n.size()));
    for (const QChar c : n) {
        const bool asciiAlnum = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
        // Officer cards and other documents may carry CJK characters (e.g. 军字第12345678号).
        const bool cjk = !passport && c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
        const bool dash = !passport && (c == u'-' || c == u'(' || c == u')');
        if (!asciiAlnum && !cjk && !dash)
            return err("identity.characters", field, QStringLiteral("character not allowed: %1").arg(c));
    }
    id.kind = Kind::FormatOnly;
    return id;
}

} // namespace

QString documentTypeCode(DocumentType type)
{
    return QStringLiteral("%1").arg(int(type), 2, 10, QLatin1Char('0'));
}

std::optional<DocumentType> documentTypeFromCode(QStringView code)
{
    if (code == u"01")
        return DocumentType::ResidentIdCard;
    if (code == u"02")
        return DocumentType::MilitaryOfficerCard;
    if (code == u"03")
        return DocumentType::Passport;
    if (code == u"04")
        return DocumentType::ForeignPermanentResidentCard;
    if (code == u"99")
        return DocumentType::Other;
    return std::nullopt;
}

QString normalize(QStringView input)
{
    return text::normalizeCode(input);
}

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !text::isAsciiDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * kWeights[size_t(i)];
    return QChar(kCheckChars[size_t(sum % 11)]);
}

QString upgradeLegacyNumber(QStringView number15)
{
    if (number15.size() != 15 || !text::isAsciiDigits(number15))
        return {};
    const QString first17 = number15.left(6) + u"19" + number15.mid(6);
    return first17 + checkCharacter(first17);
}

Result<IdentityNumber> parse(DocumentType type, QStringView input, QDate today, const QString &field)
{
    IdentityNumber id;
    id.type = type;
    id.original = input.toString();
    if (input.size() > kMaxInputLength)
        return err("identity.too_long", field,
                   QStringLiteral("input longer than %1 characters").arg(kMaxInputLength));
    id.number = normalize(input);
    if (id.number.isEmpty())
        return err("identity.empty", field, QStringLiteral("no document number given"));
    if (text::hasControlCharacters(id.number))
        return err("identity.characters", field, QStringLiteral("control characters in the number"));

    switch (type) {
    case DocumentType::ResidentIdCard:
        return parseResidentNumber(std::move(id), today, field);
    case DocumentType::ForeignPermanentResidentCard:
        return parseForeignerNumber(std::move(id), today, field);
    case DocumentType::Other: {
        // An HK/Macau/Taiwan residence permit recorded as "other" is still checked in full.
        const QStringView n = id.number;
        if (isSeventeenDigitsPlusCheck(n) &&
            (n.startsWith(u"810000") || n.startsWith(u"820000") || n.startsWith(u"830000")))
            return parseResidentNumber(std::move(id), today, field);
        return parseFormatOnly(std::move(id), field);
    }
    case DocumentType::MilitaryOfficerCard:
    case DocumentType::Passport:
        return parseFormatOnly(std::move(id), field);
    }
    return err("identity.format", field, QStringLiteral("unknown document type"));
}

QString maskNumber(QStringView number)
{
    const qsizetype n = number.size();
    if (n == 0)
        return {};
    const qsizetype keep = n >= 12 ? 4 : (n >= 6 ? 2 : (n >= 3 ? 1 : 0));
    if (keep == 0)
        return QString(n, u'*');
    return number.left(keep) + QString(n - 2 * keep, u'*') + number.right(keep);
}

QString maskName(QStringView name)
{
    static const QStringList kCompoundSurnames = {
        u"欧阳"_qs, u"司马"_qs, u"上官"_qs, u"诸葛"_qs, u"东方"_qs, u"皇甫"_qs, u"尉迟"_qs, u"公孙"_qs,
        u"慕容"_qs, u"长孙"_qs, u"宇文"_qs, u"司徒"_qs, u"令狐"_qs, u"夏侯"_qs, u"轩辕"_qs, u"端木"_qs,
        u"西门"_qs, u"南宫"_qs, u"独孤"_qs, u"万俟"_qs, u"澹台"_qs, u"呼延"_qs, u"闻人"_qs, u"赫连"_qs,
        u"公冶"_qs, u"太史"_qs, u"申屠"_qs, u"钟离"_qs, u"百里"_qs, u"东郭"_qs, u"濮阳"_qs, u"拓跋"_qs};
    const QString trimmed = name.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    // Work on code points so a surname outside the BMP is not split.
    const QList<uint> points = trimmed.toUcs4();
    qsizetype keep = 1;
    if (points.size() >= 3 && kCompoundSurnames.contains(trimmed.left(2)))
        keep = 2;
    if (points.size() == 1)
        return u"*"_qs;
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), keep);
    for (qsizetype i = keep; i < points.size(); ++i)
        out += QChar::isSpace(points[i]) ? QChar(u' ') : QChar(u'*');
    return out;
}

} // namespace hpf::identity
