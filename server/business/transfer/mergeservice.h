#pragma once

#include "base/result.h"
#include "business/transfer/incityservice.h"

#include <QList>
#include <QString>

// 个人合并 (issue 16): a person with two accounts in the center (一人多户 — typically one under a
// 15-digit legacy citizen number and one under its 18-digit form) keeps one; the other's money and
// interest to date move to it and it is closed as merged (03, close_reason 05). Plus the merge
// candidates the counter offers and GET /transfers/{serial}.
namespace hpf::server {

struct ServiceContext;

struct MergeRequest
{
    QString keepAccount;
    QString mergeAccount;
};

// Errors: account_number.* (keepAccount, mergeAccount), transfer.same_account, account.not_found,
// transfer.not_same_person (identity keys differ), transfer.source_closed (mergeAccount),
// account.closed (keepAccount), account.frozen, transfer.open_loan, auth.branch_denied (the kept
// account's branch).
Status checkMerge(ServiceContext &ctx, const MergeRequest &request);
Result<InCityResult> mergeAccounts(ServiceContext &ctx, const MergeRequest &request);

// The other live accounts of the person of `accountNumber` (same identity key), those of branches
// the caller may not see left out. Errors: account_number.*, account.not_found, auth.branch_denied.
struct MergeCandidates
{
    QString accountNumber;
    QList<AccountRow> items;
};
Result<MergeCandidates> mergeCandidates(ServiceContext &ctx, const QString &accountNumber);

// A single in-city transfer or a merge as answered (the receipt as issued). transfer.not_found
// (a batch's serial too: its receipt is GET /receipts/{serial}), auth.branch_denied (the receiving
// branch; head office, auditors and admins see all).
Result<QJsonObject> getTransfer(ServiceContext &ctx, const QString &serial);

} // namespace hpf::server
