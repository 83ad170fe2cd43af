#include "business/loan/loanjobs.h"

#include "business/loan/account/loanaccount.h"
#include "business/loan/outside/loanoutside.h"
#include "business/loan/overdue/loanoverdue.h"
#include "business/loan/signing/signingarchive.h"

namespace hpf::server {

void registerLoanJobs(JobRunner &runner, ServerContext &context)
{
    registerLoanAccountJobs(runner, context);
    registerLoanOverdueJobs(runner, context);
    registerSigningArchiveJobs(runner, context);
    registerLoanCreditJobs(runner, context);
}

Status scheduleLoanJobs(const QSqlDatabase &db, qint64 nowMs)
{
    if (Status s = scheduleLoanOverdue(db, nowMs); !s)
        return s;
    return scheduleLoanCreditReport(db, nowMs);
}

} // namespace hpf::server
