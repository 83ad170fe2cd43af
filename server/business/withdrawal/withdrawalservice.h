#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

namespace hpf::server {

struct ServiceContext;

// 部分提取: a debit that never takes available (balance − active holds) below zero.
struct WithdrawalInput
{
    QString accountNumber;
    qint64 amountFen = 0; // 1..money::kMaximumFen
    QString reason;       // 提取原因 code
};

struct WithdrawalResult
{
    QString serial;
    QString accountNumber;
    qint64 amountFen = 0;
    qint64 balanceFen = 0;
    qint64 availableFen = 0;
    QJsonObject toJson() const;
};

// Before the transaction: withdrawal.reason.
Status checkWithdrawal(const WithdrawalInput &input);
// Errors: account.not_found, auth.branch_denied, account.state, account.frozen (a judicial freeze
// holds the money: business/accounts/debitcheck.h), account.insufficient_available.
Result<WithdrawalResult> withdraw(ServiceContext &ctx, const WithdrawalInput &input);

} // namespace hpf::server
