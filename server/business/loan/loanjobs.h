#pragma once

#include "base/result.h"

#include <QtGlobal>

class QSqlDatabase;

namespace hpf::server {

class JobRunner;
struct ServerContext;

// The loan area's jobs, registered by `serve` with one line: the instalments from the fund balance
// (account/), the daily overdue run (overdue/), the 面签 archive package (signing/) and the monthly
// 征信报送 (outside/).
void registerLoanJobs(JobRunner &runner, ServerContext &context);

// Queues the area's recurring runs at start-up (each a no-op once queued): today's overdue run and
// the last complete month's 征信报送.
Status scheduleLoanJobs(const QSqlDatabase &db, qint64 nowMs);

} // namespace hpf::server
