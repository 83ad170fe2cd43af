#pragma once

#include <QString>
#include <QStringView>

namespace hpf::text {

// Full-width ASCII forms (U+FF01..U+FF5E) become their half-width equivalents and the ideographic
// space (U+3000) becomes a plain space. Everything else is kept as it is.
QString toHalfWidth(QStringView input);

// toHalfWidth(), then every white-space character removed (inner spaces too), then upper-cased
// ASCII letters. Used for identity numbers, credit codes and account numbers, which never contain
// spaces or lower-case letters but are often typed or pasted with them.
QString normalizeCode(QStringView input);

bool isAsciiDigits(QStringView s);

// True when the string holds a control character (C0, DEL, C1) or a lone surrogate.
bool hasControlCharacters(QStringView s);

} // namespace hpf::text
