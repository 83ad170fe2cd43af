#pragma once

#include "base/result.h"
#include "judicial/request.h"

#include <QJsonObject>
#include <QString>

// The judicial lifecycle on one account (issue 15): 冻结 (an amount or the whole balance; a later
// court's freeze waits in the 轮候 queue), 续冻, 解冻 (whole or part, promoting the queue), 扣划
// (posted to the ledger). Every request runs in the caller's write transaction: the account row
// locked, its holds restored and advanced to today, the operation, the holds and events persisted
// and audited, the court's request stored in full with its outcome (the 回执).
namespace hpf::server {

struct ServiceContext;

struct RequestOrigin
{
    QString channel = QStringLiteral("counter"); // counter | online
    qint64 requestId = 0;                        // an online request already stored (inbox handle)
};

// Before the transaction: the request's type is `expected` (judicial.invalid, field "type"), a
// holdId in the body equals the path's (judicial.hold_mismatch, field "holdId"; `pathHoldId` 0 for
// a freeze), and judicial::validate (today = the server's date).
Status checkCourtRequest(const ServiceContext &ctx, const judicial::Request &request,
                         judicial::RequestType expected, qint64 pathHoldId);

// Runs a freeze, renew, unfreeze or deduct request and returns the Outcome JSON (contract:
// request, freeze, promoted, account, riskFlags, receipt). Errors: account.not_found,
// account.state, auth.branch_denied, judicial.not_found (holdId), judicial.hold_mismatch
// (accountNumber: the hold is on another account), judicial.not_active, judicial.already_ended,
// judicial.renew_not_later, judicial.period_too_long, judicial.deduct_exceeds_frozen,
// judicial.deduct_exceeds_balance, judicial.no_withdrawal_condition, judicial.amount_invalid,
// judicial.unfreeze_exceeds_frozen, judicial.unfreeze_whole_balance.
Result<QJsonObject> runCourtRequest(ServiceContext &ctx, const judicial::Request &request,
                                    const RequestOrigin &origin = {});

} // namespace hpf::server
