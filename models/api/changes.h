#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QDateTime>
#include <QList>
#include <optional>

// 变更 (issue 17): a unit's details (name, contact, addresses, bank, remittance day, legal
// representative) and a person's name or mobile, each with a reason, audited with before and after.
// The only client code knowing their URLs and JSON. The personal account number travels in the body.
namespace hpf::client::api {

struct UnitContact
{
    QString name;
    QString mobile;
};

struct UnitBank
{
    QString code;
    QString name;
    QString account;
};

struct LegalRepresentative
{
    QString name;
    QString documentType; // code table document_type; empty = 01
    QString documentNumber;
};

// What changes; unset members are not sent (they stay as they are).
struct UnitChangeInput
{
    QString unitAccount;
    std::optional<QString> name;
    std::optional<UnitContact> contact;
    std::optional<QString> officeAddress;
    std::optional<QString> registeredAddress;
    std::optional<UnitBank> bank;
    std::optional<int> remittanceDay;
    std::optional<LegalRepresentative> legalRepresentative;
    QString reason;
    // Nothing but the reason: the page says so before sending (the server would answer change.nothing).
    bool isEmpty() const;
};

struct PersonChangeInput
{
    QString accountNumber;
    std::optional<QString> name;
    std::optional<QString> mobile;
    QString reason;
    bool isEmpty() const { return !name && !mobile; }
};

struct FieldChange
{
    QString field; // e.g. name, contact.mobile, bank.account
    QString before;
    QString after;
};

// POST /units/{unitAccount}/changes and POST /persons/changes (subject: the unit or the account).
struct ChangeResult
{
    QString serial;
    QString subject;
    QList<FieldChange> changes;
    Receipt receipt;
    static Result<ChangeResult> fromJson(const QJsonObject &json); // either kind
};

// GET /units/{unitAccount}/changes.
struct UnitChangeHistory
{
    struct Item
    {
        QString serial;
        QDateTime at;
        QStringList fields;
        QString operatorName;
    };
    QList<Item> items;
    static Result<UnitChangeHistory> fromJson(const QJsonObject &json);
};

namespace changes {

ops::Request unitChange(const UnitChangeInput &input, const QString &summary);
ops::Request personChange(const PersonChangeInput &input, const QString &summary);
void unitHistory(ApiClient *api, const QString &unitAccount, QObject *context,
                 std::function<void(const Reply<UnitChangeHistory> &)> done);

} // namespace changes

} // namespace hpf::client::api
