#pragma once

#include "base/result.h"

#include <QString>
#include <QStringView>
#include <optional>

// Unit (单位账号 DWZH) and personal (个人账号 GRZH) account numbers as this center assigns them.
// There is no national structure (reference/domain.md §1), so the layout is ours:
//
//   unit      8 + 9-digit sequence  + check   11 characters, e.g. 8000000012 + check
//   personal  1 + 11-digit sequence + check   13 characters
//
// The check character is ISO 7064 MOD 11-2 over all preceding digits (the algorithm of GB 11643,
// generalised to any length: weight of digit k of n is 2^(n+1-k) mod 11, check = (12 - S mod 11)
// mod 11, 10 written as X). It catches every single-digit error and every adjacent transposition,
// so a mistyped number is refused at the counter before any request.
namespace hpf::accountnumber {

enum class Kind { Unit, Personal };

inline constexpr int kUnitLength = 11;
inline constexpr int kPersonalLength = 13;

struct AccountNumber
{
    Kind kind = Kind::Personal;
    QString number;   // normalised: half-width, no spaces, upper-case X
    QString original; // as typed
    qint64 sequence = 0;
};

// Full-width → half-width, white space removed, x → X.
QString normalize(QStringView input);

// The MOD 11-2 check character for a non-empty string of ASCII digits, or a null QChar.
QChar checkCharacter(QStringView digits);

// The number for a sequence value (≥ 1). Error account_number.sequence_exhausted when it does
// not fit the digits of the kind.
Result<QString> make(Kind kind, qint64 sequence);

// Validates a typed number; `expected` restricts the kind. Error codes (field = `field`):
// account_number.empty, account_number.too_long, account_number.characters,
// account_number.length, account_number.kind (a unit number where a personal one is expected, or
// the other way round), account_number.prefix (neither kind), account_number.checksum.
Result<AccountNumber> parse(QStringView input, std::optional<Kind> expected = std::nullopt,
                            const QString &field = QStringLiteral("accountNumber"));

} // namespace hpf::accountnumber
