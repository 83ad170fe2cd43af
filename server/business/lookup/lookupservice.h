#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"

#include <QList>
#include <QString>
#include <optional>

// Counter lookups (查询): units, accounts, people, an account's journal and a unit's lists. Read
// only; every object is branch-checked like the unit or account it belongs to. What a user of
// another branch sees is written per operation in docs/api/openapi.yaml (x-branch-scope):
//   units.get, units.find   the unit's identity (account, credit code, name, branch, state) for
//                           every branch — transfers and openings name employers of any branch —
//                           its business terms (deposit ratios) only for its own branch;
//   everything else         its own branch only (judicial staff: accounts and people of every
//                           branch, for court assistance); head office, auditors and admins all.
namespace hpf::server {

struct ServiceContext;

// A unit as the caller may see it: `sameBranch` false means the caller is of another branch and
// sees the unit's identity only (UnitRow's ratios are not shown).
struct UnitView
{
    UnitRow unit;
    bool sameBranch = true;
};
// A unit by account. unit.not_found.
Result<UnitView> getUnit(ServiceContext &ctx, const QString &unitAccount);
// A unit by its 统一社会信用代码 (already trimmed and upper-cased). unit.not_found.
Result<UnitView> findUnit(ServiceContext &ctx, const QString &creditCode);
// An account; judicial staff see accounts of every branch. account.not_found, auth.branch_denied.
Result<AccountRow> getAccount(ServiceContext &ctx, const QString &accountNumber);

// By documentType+documentNumber, else accountNumber, else name (the first one given); at most 50
// accounts, those of other branches left out. Errors: request.field_too_long, request.field_required.
struct PersonQuery
{
    QString documentType;
    QString documentNumber;
    QString name;
    QString accountNumber;
    int limit = 50;     // 1..50 rows per page
    qint64 afterId = 0; // the cursor: rows after this account id (0 = the first page)
};
struct PersonPage
{
    QList<AccountRow> items;
    qint64 nextAfterId = 0; // 0 = no more rows
};
// One page of the accounts of the people a query finds, in account order. A page is `limit` rows
// read from the database; rows of other branches are dropped from it afterwards (the cursor still
// moves past them), so a page may hold fewer rows than `limit` while nextAfterId says more follow.
Result<PersonPage> findPersons(ServiceContext &ctx, const PersonQuery &query);

struct JournalQuery
{
    QString accountNumber;
    qint64 offset = 0; // ≥ 0, else request.field_range
    qint64 limit = 50; // 1..200, else request.field_range
};
struct JournalEntry
{
    QString serial;
    QString businessType;
    qint64 amountFen = 0;
    qint64 balanceAfterFen = 0;
    QString valueDate;
    std::optional<QString> month;
    QString operatorName;
    QString branchCode;
    QString memo;
};
struct JournalPage
{
    QString accountNumber;
    qint64 total = 0;
    qint64 offset = 0;
    qint64 limit = 0;
    QList<JournalEntry> items;
};
Result<JournalPage> accountJournal(ServiceContext &ctx, const JournalQuery &query);

// The unit page's lists: the unit's employees (accounts with person, state, base and balance) and
// its remittance history, newest first. Branch-checked like the unit itself.
struct EmployeeRow
{
    QString accountNumber;
    QString documentType;
    QString documentNumber;
    QString name;
    QString state;
    qint64 baseFen = 0;
    qint64 balanceFen = 0;
    qint64 heldFen = 0;
    QString openedOn;
};
struct UnitEmployees
{
    QString unitAccount;
    QList<EmployeeRow> items;
    bool truncated = false; // more than the bounded number of rows
};
Result<UnitEmployees> unitEmployees(ServiceContext &ctx, const QString &unitAccount);

struct RemittanceRow
{
    QString month;
    QString serial;
    qint64 employees = 0;
    qint64 unitTotalFen = 0;
    qint64 personalTotalFen = 0;
    qint64 totalFen = 0;
    qint64 postedAtMs = 0; // remittances.created_at
};
struct UnitRemittances
{
    QString unitAccount;
    QList<RemittanceRow> items;
};
Result<UnitRemittances> unitRemittances(ServiceContext &ctx, const QString &unitAccount);

} // namespace hpf::server
