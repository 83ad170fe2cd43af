#pragma once

#include "base/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hpf::server {

struct RequestContext;

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
    QJsonObject toJson() const;
};

// 个人开户: the person (by document type + number, GB 11643 checked) is created or reused; one
// live account per person (account.exists, 409).
Status validateOpenAccount(RequestContext &ctx);
Result<QJsonObject> openAccount(RequestContext &ctx);

// `lock` serialises on the account row (FOR UPDATE on PostgreSQL; the SQLite write transaction
// already excludes other writers). Error account.not_found.
Result<AccountRow> findAccount(RequestContext &ctx, const QString &accountNumber, bool lock = false);
Result<AccountRow> findAccountById(RequestContext &ctx, qint64 id, bool lock = false);

// GET /api/v1/persons?documentType=&documentNumber= | ?name= | ?accountNumber=
Result<QJsonObject> findPersons(RequestContext &ctx);
// GET /api/v1/accounts/{n}/journal?offset=&limit=
Result<QJsonObject> accountJournal(RequestContext &ctx, const QString &accountNumber);

// 部分提取: a debit that never takes available (balance − active holds) below zero.
// Errors: account.insufficient_available, account.state.
Status validateWithdrawal(RequestContext &ctx);
Result<QJsonObject> withdraw(RequestContext &ctx, const QString &accountNumber);

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
Result<qint64> postJournal(RequestContext &ctx, const JournalPosting &posting); // returns balance after

} // namespace hpf::server
