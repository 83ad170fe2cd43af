#pragma once

#include "base/result.h"

#include <QString>

// User-facing text for error codes. Source strings are English and marked for translation in the
// context "hpf::ErrorText"; Simplified Chinese comes from translations/hpf_zh_CN.ts once a
// translator is installed (QCoreApplication::installTranslator). Clients show these, never `detail`.
namespace hpf::errortext {

// The label of an input field, e.g. "idNumber" → "Document number" (translated).
QString fieldLabel(const QString &field);

// The message for an error code alone, e.g. "identity.checksum" → "The check digit is wrong".
// Unknown codes give a generic message that still quotes the code for support staff.
QString message(const QString &code);

// "<field label>: <message>", or just the message when the error names no field.
QString describe(const Error &error);

// Every code that has a message, for tests that check coverage and translations.
QStringList knownCodes();

} // namespace hpf::errortext
