// The loan.overdue job (issue 18, part F): once a day, just after local midnight, runOverdue for
// the new day, then the next day's run is queued. The dedupe key is the day, so a restart (or a
// second server) queues no second run; runOverdue itself is idempotent per loan and day.
#include "business/loan/loanservice.h"
#include "business/loan/overdue/loanoverdue.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobs.h"

namespace hpf::server {

namespace {

JobRequest request(QDate day, const QDateTime &runAt)
{
    JobRequest r;
    r.kind = QString::fromLatin1(kLoanOverdueJob);
    r.runAt = runAt.toUTC();
    r.dedupeKey = QString::fromLatin1(kLoanOverdueJob) + u':' + day.toString(Qt::ISODate);
    r.maxAttempts = 5;
    return r;
}

// 00:10 local of the next day (after the 提取还贷 jobs of midnight have had their turn).
JobRequest nextDay(const QDateTime &now)
{
    const QDate day = now.toLocalTime().date().addDays(1);
    return request(day, QDateTime(day, QTime(0, 10)));
}

} // namespace

Status scheduleLoanOverdue(const QSqlDatabase &db, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    auto queued = enqueueJob(db, request(now.toLocalTime().date(), now), nowMs);
    return queued ? Status{} : Status{queued.error()};
}

void registerLoanOverdueJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(QString::fromLatin1(kLoanOverdueJob), [&context](JobContext &jc) -> JobResult {
        ServiceContext ctx(context, jc.db);
        ctx.now = jc.now;
        ctx.nowMs = jc.nowMs;
        ctx.operation = u"loans.overdue_run"_qs;
        ctx.workstation = u"job"_qs;
        ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
        auto system = systemPrincipal(jc.db, jc.nowMs);
        if (!system)
            return JobResult::retryLater(system.error().code);
        ctx.principal = *system;
        auto run = runOverdue(ctx);
        if (!run)
            return JobResult::retryLater(run.error().code + u": "_qs + run.error().detail);
        qCInfo(lcLoan) << "overdue job:" << run->loans << "loans in arrears," << run->accrued
                       << "instalment-days accrued," << run->statusChanges << "status changes,"
                       << run->reminders << "reminders queued";
        if (auto queued = enqueueJob(jc.db, nextDay(jc.now), jc.nowMs); !queued)
            return JobResult::retryLater(queued.error().code);
        return JobResult::done();
    });
}

} // namespace hpf::server
