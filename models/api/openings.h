#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QStringList>

// 2001-2003 开户: unit openings, personal openings and flexible-employment registrations, the units
// they open accounts under, and the refusals that name an existing account or unit.
namespace hpf::client::api {

// A unit as GET /api/v1/units/{unitAccount} describes it.
struct Unit
{
    QString unitAccount;
    QString name;
    QString state; // code table unit_account_state: 01 open
    QString stateLabel;
    QString creditCode;
    QString branch;
    QString kind;          // employer, flexible
    QString unitRatio;     // percent text, e.g. "12"
    QString personalRatio; // percent text
    static Result<Unit> fromJson(const QJsonObject &json);
};

// The person typed on an opening form; the field names of errors are those of the API
// ("documentNumber", "wageBaseFen", "mobile", "firstMonth").
struct PersonInput
{
    QString documentType; // code table document_type
    QString documentNumber;
    QString name;
    QString mobile; // empty: not given
    qint64 wageBaseFen = 0;
    std::optional<QDate> firstMonth; // none: the current month
};

struct UnitOpeningInput
{
    QString creditCode;
    QString name;
    QString economicType;
    QString representativeName;
    QString representativeDocumentType;
    QString representativeDocumentNumber;
    QString registeredAddress;
    QString officeAddress; // empty: not given
    QString contactName;
    QString contactMobile;
    QString bankCode;
    QString bankName;
    QString bankAccount;
    QString unitRatio;     // percent text
    QString personalRatio; // percent text
    int remittanceDay = 1;
    QDate firstMonth;
};

// A 201 of a personal or flexible opening (or the unseal that took its place, 一人一户).
struct PersonOpened
{
    QString serial;
    QString action; // "opened" or "unsealed"
    QString previousUnitAccount;
    QString accountNumber;
    QString kind; // "employed" or "flexible"
    QString unitAccount;
    QString unitName;
    QString firstMonth; // "YYYY-MM"
    QString ratio;      // flexible: percent text
    qint64 baseFen = 0;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    qint64 totalFen = 0;
    QStringList warnings; // error codes (deposit.base_raised_to_floor …)
    Receipt receipt;

    bool isUnsealed() const { return action == u"unsealed"; }
    bool isFlexible() const { return kind == u"flexible"; }
    static Result<PersonOpened> fromJson(const QJsonObject &json);
};

struct UnitOpened
{
    QString serial;
    QString unitAccount;
    QString name;
    QStringList warnings; // error codes
    Receipt receipt;
    static Result<UnitOpened> fromJson(const QJsonObject &json);
};

// The existingAccount member of a 409 account.exists_active (一人一户).
struct ExistingAccount
{
    QString accountNumber;
    QString state;
    QString stateLabel;
    QString unitAccount;
    QString unitName;
    QString branch;
    bool sameUnit = false;
    static Result<ExistingAccount> fromJson(const QJsonObject &json); // the whole problem body
};

// The existingUnit member of a 409 unit.exists.
struct ExistingUnit
{
    QString unitAccount;
    QString name;
    QString branch;
    static Result<ExistingUnit> fromJson(const QJsonObject &json); // the whole problem body
};

namespace openings {
void fetchUnit(ApiClient *api, const QString &unitAccount, QObject *context,
               std::function<void(const Reply<Unit> &)> done);
ops::Request openUnit(const UnitOpeningInput &input, const QString &summary);
ops::Request openPerson(const QString &unitAccount, const PersonInput &person, const QString &summary);
ops::Request openFlexible(const PersonInput &person, const QString &ratio, const QString &summary);
} // namespace openings

namespace units {
// For the tables that load the unit's lists themselves.
QString employeesPath(const QString &unitAccount);
QString remittancesPath(const QString &unitAccount);
} // namespace units

} // namespace hpf::client::api
