#pragma once

class QWidget;

namespace hpf::ui {

// Sizes an input to what it holds instead of the whole form width: room for `chars` characters
// (digits; Chinese text takes about two) of the input's own font, plus its frame and, for a combo or
// spin box, its button. The width follows the font: it is computed again when the font changes
// (the font scale setting, a high-contrast theme), so a field is never clipped at 150 % or 200 %.
// In a QFormLayout, use FieldsStayAtSizeHint (or AllNonFixedFieldsGrow) so the width is kept.
void fitToChars(QWidget *input, int chars);

// Common widths, so the same kind of field looks the same on every page.
namespace chars {
inline constexpr int accountNumber = 12;  // 11-digit personal or unit account, one spare
inline constexpr int identityNumber = 19; // 18 characters
inline constexpr int creditCode = 19;     // 18-character unified social credit code
inline constexpr int amount = 14;         // up to ¥99,999,999.99
inline constexpr int date = 11;           // yyyy-MM-dd
inline constexpr int month = 8;           // yyyy-MM
inline constexpr int name = 16;           // a person's name, about 8 Chinese characters
inline constexpr int unitName = 36;       // a unit's name, about 18 Chinese characters
inline constexpr int phone = 12;
} // namespace chars

} // namespace hpf::ui
