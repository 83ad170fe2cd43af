#pragma once

#include "base/result.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

// Personal identity documents (证件) and their numbers: GB 11643-1999 citizen numbers, legacy
// 15-digit numbers, Hong Kong/Macau/Taiwan residence permits, the 2023 foreigner permanent-residence
// card, and other documents checked by format only. See reference/domain.md §2.
namespace hpf::identity {

// 个人证件类型 code table (values are the national transfer-platform codes).
enum class DocumentType {
    ResidentIdCard = 1,               // 01 居民身份证
    MilitaryOfficerCard = 2,          // 02 军官证
    Passport = 3,                     // 03 护照
    ForeignPermanentResidentCard = 4, // 04 外国人永久居留身份证
    Other = 99,                       // 99 其他 (incl. 港澳台居民居住证)
};

QString documentTypeCode(DocumentType type); // "01"
std::optional<DocumentType> documentTypeFromCode(QStringView code);

enum class Kind {
    Citizen,                        // 18-digit GB 11643 number (or a converted 15-digit one)
    HkMacaoTaiwanResident,          // 港澳台居民居住证, prefix 810000 / 820000 / 830000
    ForeignPermanentResident,       // 2023 card: 18 digits starting with 9
    ForeignPermanentResidentLegacy, // old card: 3 letters + 12 digits (format only)
    FormatOnly,                     // passports, officer cards, other documents
};

enum class Sex { Unknown, Male, Female };

struct IdentityNumber
{
    DocumentType type = DocumentType::ResidentIdCard;
    Kind kind = Kind::FormatOnly;
    QString number;   // normalised (half-width, upper case); a 15-digit number converted to 18
    QString original; // exactly what was typed, for messages
    bool convertedFromLegacy = false;
    QDate birthDate; // null for format-only documents
    Sex sex = Sex::Unknown;
    QString regionCode;      // GB/T 2260 address code (6 digits) for citizens and HK/MO/TW permits
    QString nationalityCode; // ISO 3166-1 numeric, for the 2023 foreigner card
};

// Trim, full-width → half-width, drop inner spaces, lower-case letters → upper case (x → X).
QString normalize(QStringView input);

// The ISO 7064 MOD 11-2 check character for 17 digits, or a null QChar if the input is not 17 digits.
QChar checkCharacter(QStringView first17);

// Converts a 15-digit legacy citizen number (YYMMDD birth date) to 18 digits by inserting "19"
// and appending the check character. Empty when the input is not 15 digits.
QString upgradeLegacyNumber(QStringView number15);

// Validates `input` as a number of document `type`, as of `today` (the birth date must not be in
// the future). Error codes (field = `field`): identity.empty, identity.too_long, identity.length,
// identity.characters, identity.checksum, identity.region, identity.birth_date,
// identity.birth_date_future, identity.format.
Result<IdentityNumber> parse(DocumentType type, QStringView input, QDate today,
                             const QString &field = QStringLiteral("idNumber"));

// Masks a document number for screens and printouts: first 4 and last 4 characters kept
// ("620102199001011234" → "6201**********1234"); short numbers keep less.
QString maskNumber(QStringView number);

// Masks a personal name: the surname is kept (compound surnames such as 欧阳 keep two characters),
// every other character becomes '*': 张三 → 张*, 欧阳娜娜 → 欧阳**. Latin names keep their first letter.
QString maskName(QStringView name);

} // namespace hpf::identity
