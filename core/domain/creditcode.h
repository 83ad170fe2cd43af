#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// GB 32100-2015 统一社会信用代码 (unified social credit code) of units. See reference/domain.md §2.
namespace hpf::creditcode {

struct CreditCode
{
    QString code;                 // normalised, 18 characters
    QString original;             // as typed
    QChar registrationDepartment; // 登记管理部门码 (1 = 机构编制, 5 = 民政, 9 = 工商, Y = 其他 …)
    QChar organisationCategory; // 机构类别码
    QString regionCode;         // 登记管理机关行政区划码 (6 digits)
    QString organisationCode;   // GB 11714 主体标识码 (9 characters)
    // Warnings that do not make the code invalid: the inner GB 11714 check of the organisation
    // code fails (codes: "credit_code.inner_checksum").
    QStringList warnings;
};

// The check character (position 18) for 17 characters of the code set, or a null QChar when a
// character is outside the set 0-9A-Z without I, O, S, V, Z.
QChar checkCharacter(QStringView first17);

// The GB 11714 organisation-code check character for 8 characters, or a null QChar.
QChar organisationCheckCharacter(QStringView first8);

// Validates character set, length and check character. Error codes (field = `field`):
// credit_code.empty, credit_code.too_long, credit_code.length, credit_code.characters,
// credit_code.checksum.
Result<CreditCode> parse(QStringView input, const QString &field = QStringLiteral("creditCode"));

} // namespace hpf::creditcode
