#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

// The one move every in-city business shares (市内转移 single and batch, 个人合并): inside the
// caller's write transaction, with the source account row locked, the interest to date is credited
// to the source (journal 09 "转移结息"), the whole balance leaves it (06, or 71 for a merge) and
// arrives on the destination — a new account of the same person under the receiving unit (opened
// here, base kept) or the kept account of a merge — and the source is closed (03, closed_on,
// close_reason 06 or 05, successor_id). The rules that refuse a move live here too, so a batch row
// is judged exactly like a single transfer.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

struct ServiceContext;

// The identity key of identityKeySql() computed in C++ (same rule): "01:" + the 17-digit body of a
// citizen number (a 15-digit legacy number widened with "19"), else "<type>:<number>".
QString identityKey(const QString &documentType, const QString &documentNumber);

// Whether money may leave `source` for another account of the center (refusals, field `field`):
// transfer.source_closed (03/04/05), account.frozen (an open judicial freeze: a court holds the
// money; no court detail), transfer.open_loan (policy transfer.refuseOpenLoan.inCity and a
// loan-security hold on the account or an unsettled loan_records row of the person).
Status checkSource(ServiceContext &ctx, const AccountRow &source, const QString &field);

// The receiving unit of an in-city transfer (fields toUnitAccount): transfer.unit_state (not 01, or
// the flexible-employment unit), transfer.same_unit, auth.branch_denied (the unit's branch is not
// the caller's; head office excepted).
Status checkReceivingUnit(ServiceContext &ctx, const AccountRow &source, const UnitRow &toUnit);

enum class MoveKind { InCity, Merge };

struct Move
{
    MoveKind kind = MoveKind::InCity;
    QString serial;
    const UnitRow *toUnit = nullptr;  // InCity: the receiving unit
    const AccountRow *keep = nullptr; // Merge: the kept account (locked)
    QString memo;                     // the teller's memo, appended to the journal memos
};

struct Moved
{
    AccountRow from; // as after the move (03, closing fields)
    AccountRow to;   // the new or kept account as after the move
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 amountFen = 0; // principal + interest
};

// Moves `source` (locked by the caller, checked with checkSource) as `move` says. Audits the
// source (before/after) and a new account. Errors: account.frozen / account.insufficient_available
// from the debit, interest.*, policy.not_in_effect, db.*.
Result<Moved> moveAccount(ServiceContext &ctx, const AccountRow &source, const Move &move);

// What GET /transfers/{serial} reads back: the answer as given, under the serial.
Status storeTransfer(ServiceContext &ctx, const QString &serial, const QString &kind, qint64 branchId,
                     const QJsonObject &body);
struct StoredTransfer
{
    QString kind;
    qint64 branchId = 0;
    QJsonObject body;
};
// Error transfer.not_found (field serial).
Result<StoredTransfer> loadTransfer(ServiceContext &ctx, const QString &serial);

// {"unitAccount", "name"}
QJsonObject unitRefJson(const UnitRow &unit);

} // namespace hpf::server
