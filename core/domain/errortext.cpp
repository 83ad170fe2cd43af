#include "errortext.h"

#include <QCoreApplication>

namespace hpf::errortext {

namespace {

struct Text
{
    const char *key;
    const char *source;
};

// clang-format off
constexpr Text kMessages[] = {
    {"identity.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the document number")},
    {"identity.too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number is far too long")},
    {"identity.length", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number has the wrong length (18 characters, or 15 for an old ID card)")},
    {"identity.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number contains characters it cannot contain")},
    {"identity.checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The check digit is wrong: the number was mistyped")},
    {"identity.region", QT_TRANSLATE_NOOP("hpf::ErrorText", "The number does not start with a valid region code")},
    {"identity.birth_date", QT_TRANSLATE_NOOP("hpf::ErrorText", "The birth date in the number does not exist")},
    {"identity.birth_date_future", QT_TRANSLATE_NOOP("hpf::ErrorText", "The birth date in the number is in the future")},
    {"identity.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "The number does not have the format of this document type")},
    {"credit_code.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the unified social credit code")},
    {"credit_code.too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "The credit code is far too long")},
    {"credit_code.length", QT_TRANSLATE_NOOP("hpf::ErrorText", "A unified social credit code has 18 characters")},
    {"credit_code.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "The credit code contains a character that is never used (I, O, S, V, Z or a symbol)")},
    {"credit_code.checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The check character of the credit code is wrong: the code was mistyped")},
    {"credit_code.inner_checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The organisation code inside the credit code fails its own check; please confirm it with the business licence")},
    {"money.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter an amount")},
    {"money.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not an amount: use digits with at most two decimals, e.g. 1,234.56")},
    {"money.decimals", QT_TRANSLATE_NOOP("hpf::ErrorText", "Amounts have at most two decimals (fen)")},
    {"money.negative", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount cannot be negative")},
    {"money.too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount is too large")},
};

constexpr Text kFields[] = {
    {"idNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Document number")},
    {"documentType", QT_TRANSLATE_NOOP("hpf::ErrorText", "Document type")},
    {"name", QT_TRANSLATE_NOOP("hpf::ErrorText", "Name")},
    {"creditCode", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unified social credit code")},
    {"amount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Amount")},
    {"wage", QT_TRANSLATE_NOOP("hpf::ErrorText", "Wage base")},
    {"base", QT_TRANSLATE_NOOP("hpf::ErrorText", "Deposit base")},
};
// clang-format on

const char *lookup(const auto &table, const QString &key)
{
    for (const Text &t : table) {
        if (key == QLatin1String(t.key))
            return t.source;
    }
    return nullptr;
}

} // namespace

QString fieldLabel(const QString &field)
{
    const char *source = lookup(kFields, field);
    return source ? QCoreApplication::translate("hpf::ErrorText", source) : field;
}

QString message(const QString &code)
{
    if (const char *source = lookup(kMessages, code))
        return QCoreApplication::translate("hpf::ErrorText", source);
    return QCoreApplication::translate("hpf::ErrorText", "The request could not be completed (code %1)").arg(code);
}

QString describe(const Error &error)
{
    const QString text = message(error.code);
    if (error.field.isEmpty())
        return text;
    return QCoreApplication::translate("hpf::ErrorText", "%1: %2").arg(fieldLabel(error.field), text);
}

QStringList knownCodes()
{
    QStringList codes;
    for (const Text &t : kMessages)
        codes.append(QString::fromLatin1(t.key));
    return codes;
}

} // namespace hpf::errortext
