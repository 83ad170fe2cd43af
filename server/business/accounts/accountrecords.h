#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

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
    qint64 availableFen() const { return balanceFen - heldFen; }
    // The account as the API shows it (and as audit records keep it).
    QJsonObject toJson() const;
};

// "SELECT <the AccountRow columns> FROM accounts a JOIN persons p JOIN units un JOIN branches b "
// for callers that add their own WHERE; readAccountRow() reads one row of it.
const QString &accountColumnsSql();
AccountRow readAccountRow(const Query &q);

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

} // namespace hpf::server
