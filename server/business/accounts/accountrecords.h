#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Personal account (个人账户) rows and the journal every balance movement goes through.
namespace hpf::server {

struct ServiceContext;
class Query;

struct AccountRow
{
    qint64 id = 0;
    QString accountNumber;
    qint64 personId = 0;
    QString documentType;
    QString documentNumber;
    QString name;
    qint64 unitId = 0;
    QString unitAccount;
    qint64 branchId = 0;
    QString branchCode;
    QString state;
    qint64 baseFen = 0;
    qint64 balanceFen = 0;
    qint64 heldFen = 0;
    QString openedOn;
    // Closing (issue 16), set once the account is closed (03/04/05): the day, the close_reason code
    // and the account that took the money over (市内转移, 个人合并), if any.
    QString closedOn;
    QString closeReason;
    QString successorAccount;
    // Lookups only (accounts.get, persons.search; business/lookup): how many OTHER live accounts
    // belong to a person with the same identity key (一人多户), and the closed accounts whose money
    // this one took over. otherAccounts < 0 = not read (then left out of the JSON).
    qint64 otherAccounts = -1;
    QStringList predecessorAccounts;
    qint64 availableFen() const { return balanceFen - heldFen; }
    // The account as the API shows it (and as audit records keep it).
    QJsonObject toJson() const;
};

// "SELECT <the AccountRow columns> FROM accounts a JOIN persons p JOIN units un JOIN branches b "
// for callers that add their own WHERE; readAccountRow() reads one row of it.
const QString &accountColumnsSql();
AccountRow readAccountRow(const Query &q);
// The same SELECT with `extra` columns after the AccountRow ones (they start at
// kAccountColumnCount), e.g. a lookup's COUNT subquery.
QString accountColumnsSql(const QString &extra);
inline constexpr int kAccountColumnCount = 18;

// `lock` serialises on the account row (FOR UPDATE on PostgreSQL; the SQLite write transaction
// already excludes other writers). Error account.not_found.
Result<AccountRow> findAccount(ServiceContext &ctx, const QString &accountNumber, bool lock = false);
Result<AccountRow> findAccountById(ServiceContext &ctx, qint64 id, bool lock = false);

// Appends one immutable journal entry and moves the balance, inside the caller's transaction.
// The balance update is conditional (balance − held + amount ≥ 0), so even a caller that forgot
// the row lock cannot overdraw; a refused update is account.insufficient_available.
struct JournalPosting
{
    qint64 accountId = 0;
    QString serial;
    QString businessType;
    qint64 amountFen = 0;
    QString month;
    qint64 remittanceId = 0;
    QString memo;
};
Result<qint64> postJournal(ServiceContext &ctx, const JournalPosting &posting); // returns balance after
// The same with the entry dated `valueDate` ("YYYY-MM-DD") instead of today: the yearly interest
// posting (结息) runs after its settlement day and dates its credit on that day.
Result<qint64> postJournal(ServiceContext &ctx, const JournalPosting &posting, const QString &valueDate);

} // namespace hpf::server
