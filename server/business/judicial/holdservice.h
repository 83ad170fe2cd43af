#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpf::server {

struct ServiceContext;

// Holds on a balance: available = balance − held. Creating a hold and every debit serialise on
// the account row, so a hold can never exceed what is available and a debit can never eat into a
// hold. /holds creates and releases loan-security holds (贷款冻结) only; judicial freezes have their
// lifecycle in judicialservice.h and are listed here (restricted for roles that may not see them).
struct HoldInput
{
    QString accountNumber;
    QString kind;         // "judicial" or "loan_security"
    qint64 amountFen = 0; // 1..money::kMaximumFen
    QString court;        // optional
    QString caseNumber;   // required for judicial holds
    QString endsOn;       // optional, YYYY-MM-DD, inclusive last day, not before today
};

struct HoldCreated
{
    qint64 holdId = 0;
    QString serial;
    QString accountNumber;
    QString kind;
    qint64 amountFen = 0;
    qint64 availableFen = 0;
    QJsonObject toJson() const;
};

struct HoldReleased
{
    QString holdId;
    QString accountNumber;
    qint64 availableFen = 0;
    QJsonObject toJson() const;
};

struct HoldRow
{
    qint64 holdId = 0;
    QString kind;
    qint64 amountFen = 0;
    QString status;
    QString serial;
    QString endsOn;
    // Court details are confidential (reference/domain.md §5): only judicial staff see them.
    bool courtVisible = false;
    QString court;
    QString caseNumber;
};

struct AccountHolds
{
    QString accountNumber;
    qint64 balanceFen = 0;
    qint64 heldFen = 0;
    qint64 availableFen = 0;
    QList<HoldRow> items;
};

// Before the transaction: hold.kind (judicial: use /api/v1/judicial/freezes),
// hold.ends_on (not a YYYY-MM-DD date), hold.ends_on_past (before today), hold.ends_on_too_late
// (a judicial hold beyond the policy's freeze.maxMonthsPerPeriod from today), auth.role_denied (judicial
// holds are the judicial role's, loan security holds the loan officer's).
Status checkHold(const ServiceContext &ctx, const HoldInput &input);
// Errors: account.not_found, auth.branch_denied, account.state, hold.insufficient_available.
Result<HoldCreated> createHold(ServiceContext &ctx, const HoldInput &input);
// Errors: hold.not_found, auth.role_denied, auth.branch_denied, hold.not_active.
Result<HoldReleased> releaseHold(ServiceContext &ctx, const QString &holdId);
Result<AccountHolds> listHolds(ServiceContext &ctx, const QString &accountNumber);

} // namespace hpf::server
