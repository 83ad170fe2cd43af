#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

// Personal accounts: the account as GET /api/v1/accounts/{n} describes it, and 封存/启封.
namespace hpf::client::api {

struct Account
{
    QString accountNumber;
    QString state; // code table account_state: 01 active, 02 sealed …
    QString stateLabel;
    QString name; // as the server sends it for this role
    QString documentType;
    QString documentNumber;
    QString unitAccount;
    QString branch;
    std::optional<qint64> baseFen;
    std::optional<qint64> balanceFen;
    std::optional<qint64> heldFen;
    std::optional<qint64> availableFen;
    std::optional<QDate> openedOn;
    // Only on a closed account (issue 16): when and why (code table close_reason), and the account
    // that took it over (in-city transfer, merge).
    std::optional<QDate> closedOn;
    QString closeReason;
    QString closeReasonLabel;
    QString successorAccount;
    // Lookups: how many OTHER live accounts the same person has (一人多户; 0 normally).
    int otherAccounts = 0;

    static Result<Account> fromJson(const QJsonObject &json);
    static Account read(Reader &reader);
};

// The answer to a seal or unseal: the account's new state (number, state, unit) and the receipt.
struct AccountStateChange
{
    QString serial;
    Account account; // only accountNumber, state, stateLabel and unitAccount are set
    QString previousState;
    Receipt receipt;
    static Result<AccountStateChange> fromJson(const QJsonObject &json);
};

// POST /api/v1/persons/search: the accounts of the people a query finds (at most 50).
struct AccountList
{
    QList<Account> items;
    static Result<AccountList> fromJson(const QJsonObject &json);
};

// One way to find a person: a document (type + number), a personal account number, or a name.
struct PersonQuery
{
    QString documentType; // with documentNumber; empty means 01 resident ID card
    QString documentNumber;
    QString accountNumber;
    QString name;
};

namespace accounts {
void find(ApiClient *api, const PersonQuery &query, QObject *context,
          std::function<void(const Reply<AccountList> &)> done);
// The same search as a request, for the item models that load results themselves. The terms
// travel in the body, never in the URL.
ApiRequest findRequest(const PersonQuery &query);
// The account's holds (freezes), for the holds table.
QString holdsPath(const QString &accountNumber);
void fetch(ApiClient *api, const QString &accountNumber, QObject *context,
           std::function<void(const Reply<Account> &)> done);
// 封存 with a reason code (code table seal_reason) / 启封; memo may be empty.
ops::Request seal(const QString &accountNumber, const QString &reason, const QString &memo,
                  const QString &summary);
ops::Request unseal(const QString &accountNumber, const QString &memo, const QString &summary);
} // namespace accounts

} // namespace hpf::client::api
