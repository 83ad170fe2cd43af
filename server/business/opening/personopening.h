#pragma once

#include "base/result.h"
#include "domain/identity.h"
#include "finance/deposit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

// The rules of opening one personal account, shared by 个人开户, 灵活就业 and the employee list
// (清册) so that a row of a list is judged exactly like a single opening:
//  - the person's document is validated as typed (birth date and sex derived);
//  - the monthly deposit is computed by core/finance (base clamped with a warning, or refused,
//    as the policy says; per-side rounding);
//  - 一人一户: a live account elsewhere is refused (account.exists_active, naming the account);
//    a sealed (封存) account of the same person is unsealed under the new unit instead.
namespace hpf::server {

struct ServiceContext;
class Query;

// The person as the teller typed it (the routes read it from JSON, trimmed and length-checked).
struct PersonFields
{
    QString documentType;
    QString documentNumber;
    QString name;
    QString mobile; // optional
    qint64 wageBaseFen = 0;
};

// The person once validated.
struct PersonInput
{
    identity::IdentityNumber id;
    QString name;
    QString mobile; // normalised 11 digits, or empty
    qint64 wageBaseFen = 0;
};

// Validates the document (GB 11643 for 居民身份证, birth date and sex derived) and the mobile.
// Returns every problem found; empty means `out` is complete.
QList<Error> validatePerson(const PersonFields &fields, QDate today, PersonInput &out);

// Where the account goes and on which terms.
struct OpeningTarget
{
    qint64 unitId = 0;
    QString unitAccount;
    QString unitName;
    qint64 branchId = 0; // branch of the account rows
    bool flexible = false;
    finance::Rate unitRatio;     // employed
    finance::Rate personalRatio; // employed
    finance::Rate ratio;         // flexible: the worker's own total ratio
    QDate firstMonth;
};

struct DepositTerms
{
    qint64 requestedBaseFen = 0;
    qint64 baseFen = 0;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    qint64 totalFen = 0;
    QJsonArray warnings; // deposit.base_raised_to_floor / deposit.base_lowered_to_ceiling
    QJsonObject toJson() const;
};

// Errors: deposit.base_range, deposit.base_invalid (field wageBaseFen), deposit.ratio_range,
// policy.not_in_effect.
Result<DepositTerms> computeTerms(ServiceContext &ctx, const OpeningTarget &target, qint64 wageBaseFen);

// What the database knows about the person.
struct PersonState
{
    qint64 personId = 0;
    QString registeredName;
    qint64 accountId = 0; // the live (not closed) account, if any
    QString accountNumber;
    QString state;
    qint64 unitId = 0;
    QString unitAccount;
    QString unitName;
    QString branchCode;
    qint64 balanceFen = 0;
    qint64 baseFen = 0;
};

struct OpenedAccount
{
    QString action; // "opened" or "unsealed"
    qint64 accountId = 0;
    QString accountNumber;
    QString previousUnitAccount; // for "unsealed"
};

// Prepares its statements once and reuses them for every person of a request.
class PersonOpener
{
public:
    explicit PersonOpener(ServiceContext &ctx);
    ~PersonOpener();

    // Reads the person and the live account (locked on PostgreSQL).
    Result<PersonState> lookup(const PersonInput &in);
    // person.name_mismatch, or account.exists_active with `conflict` describing the account.
    Status check(const PersonInput &in, const PersonState &st, const OpeningTarget &target,
                 QJsonObject *conflict) const;
    // Opens (with `newNumber`) or unseals; writes journal events with `serial`. Unseals are
    // audited here; the caller audits new accounts.
    Result<OpenedAccount> apply(const PersonInput &in, const PersonState &st, const OpeningTarget &target,
                                const DepositTerms &terms, const QString &serial, const QString &newNumber);

private:
    Query &query(int slot, const QString &sql);
    ServiceContext &m_ctx;
    std::unique_ptr<Query> m_queries[8];
};

// The person part of a response: full data for the screen, masked data for the receipt.
QJsonObject personJson(const PersonInput &in);
QJsonObject maskedPersonJson(const PersonInput &in);

} // namespace hpf::server
