#pragma once

#include "base/result.h"
#include "business/withdrawal/withdrawaldemo.h"

#include <QDate>
#include <QStringList>

// The overdue part of the training center (demo-seed, issue 18 part F): one loan disbursed four
// months ago and never repaid, so 逾期管理 (7005) shows days past due, 罚息, a reminder to record
// and the 逾期率 on the training back end.
namespace hpf::server {

// `documentNumber`: a seed employee with twelve remitted months. Returns the log lines.
Result<QStringList> seedOverdueLoanDemo(const DemoCall &call, const QString &documentNumber,
                                        const QString &name, QDate today);

} // namespace hpf::server
