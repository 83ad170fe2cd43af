#pragma once

// Small helpers shared by hpf-bench-server and hpf-load-test.

#include "base/result.h"

#include <QJsonObject>
#include <QString>

namespace hpf::bench {

// "code (field): detail" of an error, for the benchmark's messages.
QString describe(const Error &e);
// The 1/5/15-minute load averages (Linux), to tell a quiet machine from a busy one.
QString loadAverage();
// The body of POST /api/v1/openings/units for a test unit (fixed representative, contact and bank).
QJsonObject unitOpeningBody(const QString &creditCode, const QString &name, const QString &firstMonth);
// The body of POST /api/v1/withdrawals for a small 购房提取 paid to a bank account (the contract's
// price, which caps what all withdrawals against it take, is far above what a run withdraws).
QJsonObject purchaseWithdrawalBody(const QString &accountNumber, qint64 amountFen);

} // namespace hpf::bench
