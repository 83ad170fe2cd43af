#pragma once

#include "base/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Changes (变更) of a unit's and a person's details at the counter. Each change is validated by
// the same rules as the opening (business/opening/detailrules.h), takes a serial, updates the rows,
// records what changed (detail_changes), issues a receipt (unit_change / person_change, archived
// by serial) and writes one audit record with the details before and after (the trail redacts the
// personal ones). Nothing is written when every value equals today's (change.nothing).
namespace hpf::server {

struct ServiceContext;

struct UnitChangeRequest
{
    QString unitAccount;
    std::optional<QString> name;
    std::optional<QString> contactName; // contact: both or neither
    std::optional<QString> contactMobile;
    std::optional<QString> officeAddress;
    std::optional<QString> registeredAddress;
    std::optional<QString> bankCode; // bank: all three or none
    std::optional<QString> bankName;
    std::optional<QString> bankAccount;
    std::optional<int> remittanceDay;
    std::optional<QString> repName; // legalRepresentative: all three or none
    std::optional<QString> repDocumentType;
    std::optional<QString> repDocumentNumber;
    QString reason;
    bool isEmpty() const;
};

struct PersonChangeRequest
{
    QString accountNumber;
    std::optional<QString> name;
    std::optional<QString> mobile;
    QString reason;
};

// {"serial", "unitAccount" | "accountNumber", "changes": [{"field", "before", "after"}], "receipt"}
struct ChangeResult
{
    QString serial;
    QString subjectKey; // unitAccount or accountNumber
    QString subject;
    QJsonArray changes;
    QJsonObject receipt;
    QJsonObject toJson() const;
};

// Checks what needs no database (the validators), for the route's validator. Error
// change.nothing (field reason) when no detail is given.
Status checkUnitChange(ServiceContext &ctx, const UnitChangeRequest &request);
// Errors: change.nothing, the validators' codes, unit.not_found, unit.state, auth.branch_denied.
Result<ChangeResult> changeUnit(ServiceContext &ctx, const UnitChangeRequest &request);
// {"items": [{"serial", "at", "fields", "operator"}]}, newest first. unit.not_found, auth.branch_denied.
Result<QJsonObject> unitChanges(ServiceContext &ctx, const QString &unitAccount);

Status checkPersonChange(ServiceContext &ctx, const PersonChangeRequest &request);
// Errors: change.nothing, name.*, mobile.*, grant.required (field name: a name change needs a
// supervisor's grant), account.not_found, account.state, auth.branch_denied.
Result<ChangeResult> changePerson(ServiceContext &ctx, const PersonChangeRequest &request);

} // namespace hpf::server
