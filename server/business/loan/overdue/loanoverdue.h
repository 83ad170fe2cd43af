#pragma once

#include "base/result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Overdue loans (issue 18, part F): the daily loan.overdue job accrues 罚息 on the instalments past
// due, moves loans between repaying and overdue and queues reminders (催收); the desk lists the
// loans in arrears with the 逾期率 and records that a borrower was reminded.
//
// Definitions (domain.md §7 defines neither; these are the center's usual ones):
// - Days past due of an instalment = today − its due date, once the due date has passed unpaid
//   (an instalment due today is not overdue yet: the bank's file of the day may still pay it).
// - 罚息 per day of an instalment = its unpaid principal and interest × the policy's penaltyPerDay
//   (loanLimits), rounded half up to the fen for each instalment and day; the penalty is not
//   charged on penalty. Days missed (the server was down) are accrued at the next run with the
//   amount and rate of that run.
// - 逾期率 (万分之) = the outstanding principal of the loans with an instalment past due and
//   unpaid ÷ the outstanding principal of all loans not settled × 10 000, two decimals half up
//   ("0.00" when there is no loan). Computed live from the instalments, so it does not wait for
//   the job.
namespace hpf::server {

class JobRunner;
struct ServerContext;
struct ServiceContext;

// One day's 罚息 on `overdueFen` at `ppmPerDay` (parts per million a day), half up to the fen.
qint64 dailyPenaltyFen(qint64 overdueFen, qint64 ppmPerDay);
// overdue × 10 000 ÷ total, two decimals half up ("12.34"); "0.00" when total is 0.
QString perTenThousand(qint64 overdueFen, qint64 totalFen);

// What one run did (tests and the job's log line).
struct OverdueRun
{
    int loans = 0;         // loans with an instalment past due
    int accrued = 0;       // instalment-days of penalty added
    int statusChanges = 0; // repaying ↔ overdue
    int reminders = 0;     // reminders queued
};
// The job's work for `today` (ctx.now's local date), as systemPrincipal. Idempotent per loan and
// day: each instalment keeps the day its penalty is accrued through, so a second run the same day,
// or a second server, changes nothing. Audits each loan it changes.
Result<OverdueRun> runOverdue(ServiceContext &ctx);

// GET /loans/overdue?page=: the loans in arrears of the user's branch (every branch for the head
// office and auditors), the oldest first, and the summary with the 逾期率.
Result<QJsonObject> listOverdueLoans(ServiceContext &ctx, int page);

// POST /loans/overdue/reminders/{id}/done: the officer reminded the borrower (channel phone |
// letter | sms, a note). Errors: loan.reminder_not_found (404), auth.branch_denied,
// loan.reminder_done (409: recorded already).
struct ReminderDone
{
    QString channel;
    QString note;
};
Result<QJsonObject> completeReminder(ServiceContext &ctx, qint64 id, const ReminderDone &done);

inline constexpr char kLoanOverdueJob[] = "loan.overdue";
// The daily job (after local midnight); scheduleLoanOverdue queues today's run (a no-op when
// queued already), each run queues the next day's.
void registerLoanOverdueJobs(JobRunner &runner, ServerContext &context);
Status scheduleLoanOverdue(const QSqlDatabase &db, qint64 nowMs);

} // namespace hpf::server
