#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"
#include "business/opening/personopening.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// 单位开户, 个人开户 (缴存登记) and 灵活就业开户 with every field of issue 5. Each check*() judges the
// input before the transaction (refusals are not stored); each open*() runs inside the caller's
// write transaction and answers with the business data plus the receipt (业务回单) it stored. A
// refusal that carries data for the client (the existing unit or account) fills `refusal`.
namespace hpf::server {

struct ServiceContext;

// The unit as the teller typed it (texts trimmed; codes and numbers not yet validated).
struct UnitOpeningRequest
{
    QString creditCode;
    QString name;
    QString economicType;
    QString repName;
    QString repDocumentType;
    QString repDocumentNumber;
    QString registeredAddress;
    QString officeAddress; // optional: the registered address
    QString contactName;
    QString contactMobile;
    QString bankCode;
    QString bankName;
    QString bankAccount;
    QString unitRatio;     // percent, "12" or "12%"
    QString personalRatio; // percent
    int remittanceDay = 0;
    QString firstMonth; // YYYY-MM
};

struct UnitOpened
{
    QString serial;
    QJsonObject unit;    // unitProfileJson()
    QJsonArray warnings; // credit-code warnings
    QJsonObject receipt;
};

// Errors: credit_code.*, unit.economic_type, identity.* (legalRepresentative.documentNumber),
// mobile.* (contact.mobile), bank.code, bank.account, deposit.ratio_range, unit.remittance_day,
// opening.*; unit.exists (409, names the unit in `refusal`).
Status checkUnitOpening(ServiceContext &ctx, const UnitOpeningRequest &request);
Result<UnitOpened> openUnit(ServiceContext &ctx, const UnitOpeningRequest &request,
                            Refusal *refusal = nullptr);

// 个人开户 (with unitAccount) and 灵活就业 (with ratio).
struct PersonalOpeningRequest
{
    QString unitAccount; // employed only
    QString ratio;       // flexible only: the worker's own total ratio, percent
    QString firstMonth;  // optional YYYY-MM: the current month
    PersonFields person; // the mobile is required for flexible workers
};

struct PersonOpened
{
    QString serial;
    QString action; // "opened" or "unsealed"
    QString previousUnitAccount;
    QJsonObject person;
    QJsonObject account;
    QJsonObject deposit;
    QJsonArray warnings;
    QJsonObject receipt;
};

// Errors: account_number.* (unitAccount), identity.*, mobile.*, deposit.*, opening.*;
// unit.not_found, unit.not_open, person.name_mismatch, account.exists_active (409, with
// "existingAccount" in `refusal`).
Status checkPersonalOpening(ServiceContext &ctx, const PersonalOpeningRequest &request);
Result<PersonOpened> openPersonal(ServiceContext &ctx, const PersonalOpeningRequest &request,
                                  Refusal *refusal = nullptr);

// As above without a unit; the ratio within the flexible range.
Status checkFlexibleOpening(ServiceContext &ctx, const PersonalOpeningRequest &request);
Result<PersonOpened> openFlexible(ServiceContext &ctx, const PersonalOpeningRequest &request,
                                  Refusal *refusal = nullptr);

} // namespace hpf::server
