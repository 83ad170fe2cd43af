#include "business/opening/detailrules.h"

#include "base/text.h"

namespace hpf::server::detailrules {

Status bankCode(const QString &code, const QString &field)
{
    if (code.size() != 3 || !text::isAsciiDigits(code))
        return makeError(u"bank.code"_qs, field, u"3-digit 银行行别代码"_qs);
    return {};
}

Result<QString> bankAccount(const QString &account, const QString &field)
{
    const QString normalised = text::normalizeCode(account);
    if (normalised.size() < 8 || normalised.size() > 32 || !text::isAsciiDigits(normalised))
        return makeError(u"bank.account"_qs, field, u"8-32 digits"_qs);
    return normalised;
}

Status remittanceDay(int day, const QString &field)
{
    if (day < 1 || day > 31)
        return makeError(u"unit.remittance_day"_qs, field, u"1..31"_qs);
    return {};
}

Result<identity::IdentityNumber> representative(const QString &documentType, const QString &documentNumber,
                                                QDate today)
{
    const auto type = identity::documentTypeFromCode(documentType);
    if (!type)
        return makeError(u"identity.document_type"_qs, u"legalRepresentative.documentType"_qs);
    return identity::parse(*type, documentNumber, today, u"legalRepresentative.documentNumber"_qs);
}

Status personName(const QString &name, const QString &field)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(u"name.empty"_qs, field);
    static const QString kSymbols = u"<>@#$%^&*=+{}[]|\\/;:\"?!~`_"_qs;
    for (const QChar c : trimmed) {
        if (c.isDigit() || c.isSymbol() || kSymbols.contains(c))
            return makeError(u"name.characters"_qs, field, u"digits or symbols"_qs);
    }
    return {};
}

} // namespace hpf::server::detailrules
