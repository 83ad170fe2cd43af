#pragma once

#include "base/result.h"

#include <QString>
#include <QStringView>

// Mainland China mobile numbers (contact persons, account holders): 11 digits, 1 followed by 3-9.
namespace hpf::mobile {

// Accepts full-width digits, spaces, '-' separators and a +86 / 0086 / 86 country prefix; returns
// the 11 digits. Error codes (field = `field`): mobile.empty, mobile.characters, mobile.format.
Result<QString> parse(QStringView input, const QString &field = QStringLiteral("mobile"));

// "13812345678" → "138****5678"; other input keeps only its last four characters visible.
QString mask(QStringView number);

} // namespace hpf::mobile
