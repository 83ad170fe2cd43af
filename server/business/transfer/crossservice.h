#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Cross-city transfers (异地转移接续) at the counter: the receiving center's apply, cancel and
// progress, the sending center's accept, refuse, resend and fail, and the reads. Each runs inside
// the caller's write (or read) transaction and returns the response object of the contract
// (docs/api/openapi.yaml, "Cross-city transfers"); routes.cpp only reads JSON and paths.
// Messages to the other center are queued (crossoutbox.h) and sent by the jobs after commit.
namespace hpf::server {

struct ServiceContext;
class JobRunner;
struct ServerContext;

struct CrossApplyInput
{
    QString sendingCenter;
    QString accountNumber; // the person's live account here, under the new unit
    QString oldAccount;    // the account number at the sending center
    QString oldUnitName;
    QString phone;
};

// Receiving center. Errors: transfer.center_unknown, transfer.center_self (field sendingCenter),
// transfer.unavailable, account.not_found, auth.branch_denied, transfer.account_state,
// transfer.duplicate. Returns {"transfer", "letter": receipt}.
Result<QJsonObject> crossApply(ServiceContext &ctx, const CrossApplyInput &in);
// Status 01/02 → cancel requested (BDC903). Errors: transfer.not_found, transfer.role,
// transfer.cancel_too_late (08 or later known), transfer.status (already final or requested).
Result<QJsonObject> crossCancel(ServiceContext &ctx, const QString &letter);
// BDC904 queued; the answer becomes a history note. Errors: transfer.not_found, transfer.role,
// transfer.status (final).
Result<QJsonObject> crossProgress(ServiceContext &ctx, const QString &letter);

// Sending center. accept: status 02 → 08 with the money in transit and BDC905 queued; returns
// {"transfer", "receipt"}. Errors: transfer.status, account.frozen, transfer.open_loan,
// transfer.source_closed.
Result<QJsonObject> crossAccept(ServiceContext &ctx, const QString &letter);
// status 02 → 13 with the reason (BDC905 TranRstCode 1 StatusCode 13).
Result<QJsonObject> crossRefuse(ServiceContext &ctx, const QString &letter, const QString &reason);
// status 06 → 08, BDC905 TxFunc 1 with the same figures.
Result<QJsonObject> crossResend(ServiceContext &ctx, const QString &letter);
// status 06 → 40: the money back to the account, its state restored; {"transfer", "receipt"}.
Result<QJsonObject> crossFail(ServiceContext &ctx, const QString &letter, const QString &reason);

// Reads (branch-scoped: a teller sees the transfers of the own branch, head office all).
Result<QJsonObject> crossGet(ServiceContext &ctx, const QString &letter);
struct CrossListQuery
{
    QString role; // "in", "out" or empty
    QStringList statuses;
    int limit = 50;
    QString cursor; // the previous page's nextCursor
};
Result<QJsonObject> crossList(ServiceContext &ctx, const CrossListQuery &query);
Result<QJsonObject> transferCenters(ServiceContext &ctx);
Result<QJsonObject> transitBalance(ServiceContext &ctx);

// The job that sends queued messages (kind transfer.send), for `serve`.
void registerTransferJobs(JobRunner &runner, ServerContext &context);

} // namespace hpf::server
