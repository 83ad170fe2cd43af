#pragma once

#include "base/result.h"
#include "domain/identity.h"

#include <QDate>
#include <QString>

// The rules of a unit's and a person's details, shared by the openings (单位开户, 个人开户) and the
// changes of those details (变更, business/changes): a detail changed later is judged exactly like
// the same detail at opening.
namespace hpf::server::detailrules {

// 银行行别代码: three ASCII digits. Error bank.code (field `field`).
Status bankCode(const QString &code, const QString &field = QStringLiteral("bank.code"));
// The unit's bank account: 8..32 digits once full-width digits and spaces are normalised; returns
// the normalised number. Error bank.account.
Result<QString> bankAccount(const QString &account, const QString &field = QStringLiteral("bank.account"));
// Error unit.remittance_day (1..31).
Status remittanceDay(int day, const QString &field = QStringLiteral("remittanceDay"));
// The legal representative's document, validated as typed. Errors identity.document_type
// (legalRepresentative.documentType), identity.* (legalRepresentative.documentNumber).
Result<identity::IdentityNumber> representative(const QString &documentType, const QString &documentNumber,
                                                QDate today);
// A person's name as a person is named (the routes checked its length and control characters):
// no digits (ASCII or full-width) and none of the symbols no name contains; "·" of minority names
// is fine. Errors name.empty, name.characters.
Status personName(const QString &name, const QString &field = QStringLiteral("name"));

} // namespace hpf::server::detailrules
