// The loan.instalment job (提取还贷, issue 18 part B): for a loan whose borrower chose to repay
// from the fund account, one run per due date debits what is due up to that date (penalty,
// interest, principal) from the borrower's fund account — journal 11 部分提取 with withdrawal
// reason 06 偿还购房贷款本息, under the same serial as the loan posting — after the judicial holds
// are brought up to date (HoldsSession) and checkDebit. All or nothing: when the available
// balance (or a freeze) does not allow the whole amount, nothing is debited, the refusal is
// audited and the instalment waits for the bank's payment (POST …/repayments) or becomes overdue.
//
// Why one job per due date rather than a daily sweep: the dedupe key (loan, date) makes a retried
// or repeated run harmless, the job table shows each loan's next debit, and no run walks every
// loan every day.
#include "business/accounts/accountrecords.h"
#include "business/accounts/debitcheck.h"
#include "business/judicial/holdstore.h"
#include "business/loan/account/loanaccount.h"
#include "business/loan/loanservice.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobs.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

Status payDue(ServiceContext &ctx, const Job &job)
{
    const qint64 loanId = job.payload.value(u"loanId"_qs).toString().toLongLong();
    const QDate dueOn = QDate::fromString(job.payload.value(u"dueOn"_qs).toString(), Qt::ISODate);
    auto loan = findLoanAccountById(ctx, loanId);
    if (!loan)
        return loan.error().code == u"loan.account_not_found" ? Status{} : Status{loan.error()};
    if (loan->status == u"settled" || !loan->fromFundBalance)
        return {};
    auto rows = unpaidInstalments(ctx, *loan);
    if (!rows)
        return rows.error();
    qint64 due = 0;
    for (const InstalmentRow &r : *rows) {
        if (QDate::fromString(r.dueOn, Qt::ISODate) <= dueOn)
            due += r.dueFen();
    }
    if (due > 0) {
        // Locks the account row and applies any judicial freeze end nobody applied yet.
        auto holds = HoldsSession::open(ctx, loan->accountId);
        if (!holds)
            return holds.error();
        if (!holds->events().isEmpty()) {
            if (Status s = holds.value().save(ctx); !s)
                return s;
        }
        auto account = findAccountById(ctx, loan->accountId);
        if (!account)
            return account.error();
        if (Status check = checkDebit(ctx, *account, due); !check) {
            qCInfo(lcLoan) << ctx.operation << loan->contract << "not debited:" << check.error().code;
            if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + loan->contract, check.error().code, {},
                                     {{u"dueOn"_qs, dueOn.toString(Qt::ISODate)}, {u"amountFen"_qs, due}});
                !s)
                return s;
        } else {
            auto serial = nextSerial(ctx);
            if (!serial)
                return serial.error();
            if (auto r = postJournal(
                    ctx,
                    {account->id, *serial, u"11"_qs, -due, {}, 0, u"提取还贷 TQYY 06 "_qs + loan->contract});
                !r)
                return r.error();
            if (auto r = postRepayment(ctx, *loan, *rows, due, *serial, &*account); !r)
                return r.error();
            auto moved = findLoanAccountById(ctx, loanId);
            if (!moved)
                return moved.error();
            return queueLoanInstalment(ctx, *moved, dueOn);
        }
    }
    return queueLoanInstalment(ctx, *loan, dueOn);
}

JobResult handleLoanInstalment(ServerContext &server, JobContext &jc)
{
    ServiceContext ctx(server, jc.db);
    ctx.now = jc.now;
    ctx.nowMs = jc.nowMs;
    ctx.operation = u"loans.instalment"_qs;
    ctx.workstation = u"job"_qs;
    ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
    auto system = systemPrincipal(jc.db, jc.nowMs);
    if (!system)
        return JobResult::retryLater(system.error().code);
    ctx.principal = *system;
    if (Status s = payDue(ctx, jc.job); !s)
        return JobResult::retryLater(s.error().code + u": "_qs + s.error().detail);
    return JobResult::done();
}

} // namespace

Status queueLoanInstalment(ServiceContext &ctx, const LoanAccountRow &loan, QDate after)
{
    if (!loan.fromFundBalance || loan.status == u"settled")
        return {};
    Query q(ctx.db, u"SELECT MIN(due_on) FROM loan_instalments WHERE loan_id = :l AND schedule_version = :v "
                    "AND paid_on IS NULL AND due_on > :a"_qs);
    q.bind(u":l"_qs, loan.id)
        .bind(u":v"_qs, loan.scheduleVersion)
        .bind(u":a"_qs, after.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s;
    const QString next = q.next() ? q.str(0) : QString();
    q.finish();
    if (next.isEmpty())
        return {};
    JobRequest job;
    job.kind = QString::fromLatin1(kLoanInstalmentJob);
    job.payload = {{u"loanId"_qs, QString::number(loan.id)}, {u"dueOn"_qs, next}};
    // Local midnight of the due date (at once when it has passed).
    job.runAt = QDateTime(QDate::fromString(next, Qt::ISODate), QTime(0, 0));
    job.dedupeKey = u"loan-instalment:"_qs + QString::number(loan.id) + u':' + next;
    job.maxAttempts = 10;
    auto queued = enqueueJob(ctx.db, job, ctx.nowMs);
    return queued ? Status{} : Status{queued.error()};
}

void registerLoanJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(QString::fromLatin1(kLoanInstalmentJob),
                           [&context](JobContext &jc) { return handleLoanInstalment(context, jc); });
}

} // namespace hpf::server
