// The monthly 征信报送 (issue 18, part G): job loan.creditReport submits every fund loan's status
// row of a month (contract, balance at the month's end, instalments overdue then, status, settled)
// to the credit system through the port (platform/credit/creditbureau.h).
//
// Why the work is split between prepare and handler: the submission is a call to another system,
// which must not hold the database's write lock, so the prepare step reads the month's rows in its
// own read transaction and submits them; the handler records the month (loan_credit_submissions,
// UNIQUE month) with its audit record. A month already recorded is not submitted again, and the
// dedupe key (month) keeps a second job of the month out of the queue: every loan goes once a month.
// A crash between the submission and the record submits the same month again, which the port
// accepts (idempotent on the month).
#include "business/loan/loanservice.h"
#include "business/loan/outside/loanoutside.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/jobs/jobs.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

namespace hpf::server {

namespace {

QDate monthStart(const QString &month)
{
    return QDate::fromString(month + u"-01"_qs, Qt::ISODate);
}

JobRequest monthJob(const QString &month)
{
    JobRequest job;
    job.kind = QString::fromLatin1(kLoanCreditReportJob);
    job.payload = {{u"month"_qs, month}};
    // The first day of the next month, 01:00 local: the month is complete.
    job.runAt = QDateTime(monthStart(month).addMonths(1), QTime(1, 0));
    job.dedupeKey = u"loan-credit-report:"_qs + month;
    job.maxAttempts = 20;
    return job;
}

Result<bool> monthRecorded(const QSqlDatabase &db, const QString &month)
{
    Query q(db, u"SELECT COUNT(*) FROM loan_credit_submissions WHERE month = :m"_qs);
    q.bind(u":m"_qs, month);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() && q.int64(0) > 0;
}

// Outside any transaction: the month's rows read in a read transaction, then submitted.
Result<QJsonObject> prepareMonth(ServerContext &server, const Job &job)
{
    const QString month = job.payload.value(u"month"_qs).toString();
    if (!monthStart(month).isValid())
        return makeError(u"request.field_range"_qs, u"month"_qs, month);
    if (!server.creditBureau)
        return makeError(u"credit.unavailable"_qs, {}, u"no credit bureau is configured"_qs);
    bool recorded = false;
    QList<CreditStatusRow> rows;
    const Status read =
        runInTransaction(server.database, TxMode::Read, [&](Transaction &tx) -> Result<TxEnd> {
            auto done = monthRecorded(tx.db(), month);
            if (!done)
                return done.error();
            recorded = *done;
            if (recorded)
                return TxEnd::Commit;
            ServiceContext ctx(server, tx.db());
            auto list = creditMonthRows(ctx, month);
            if (!list)
                return list.error();
            rows = *list;
            return TxEnd::Commit;
        });
    if (!read)
        return read.error();
    if (recorded)
        return QJsonObject{{u"recorded"_qs, true}};
    auto receipt = server.creditBureau->submitMonth(month, rows);
    if (!receipt)
        return receipt.error();
    return QJsonObject{{u"rows"_qs, rows.size()},
                       {u"reference"_qs, receipt->reference},
                       {u"provider"_qs, receipt->provider}};
}

JobResult handleMonth(ServerContext &server, JobContext &jc)
{
    if (jc.prepareError)
        return JobResult::retryLater(jc.prepareError->code, jc.now.addSecs(30 * 60));
    const QString month = jc.job.payload.value(u"month"_qs).toString();
    ServiceContext ctx(server, jc.db);
    ctx.now = jc.now;
    ctx.nowMs = jc.nowMs;
    ctx.operation = u"loans.creditSubmission"_qs;
    ctx.workstation = u"job"_qs;
    ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
    auto system = systemPrincipal(jc.db, jc.nowMs);
    if (!system)
        return JobResult::retryLater(system.error().code);
    ctx.principal = *system;
    auto recorded = monthRecorded(jc.db, month);
    if (!recorded)
        return JobResult::retryLater(recorded.error().code);
    if (!*recorded && !jc.prepared.value(u"recorded"_qs).toBool()) {
        Query q(jc.db, u"INSERT INTO loan_credit_submissions (month, row_count, provider, reference, "
                       "submitted_at) VALUES (:m, :n, :p, :r, :at)"_qs);
        q.bind(u":m"_qs, month)
            .bind(u":n"_qs, jc.prepared.value(u"rows"_qs).toInt())
            .bind(u":p"_qs, jc.prepared.value(u"provider"_qs).toString())
            .bind(u":r"_qs, jc.prepared.value(u"reference"_qs).toString())
            .bind(u":at"_qs, jc.nowMs);
        if (Status s = q.exec(); !s)
            return JobResult::retryLater(s.error().code);
        if (Status s = ctx.audit(ctx.operation, u"credit-report:"_qs + month, u"ok"_qs, {},
                                 {{u"month"_qs, month},
                                  {u"rows"_qs, jc.prepared.value(u"rows"_qs).toInt()},
                                  {u"reference"_qs, jc.prepared.value(u"reference"_qs).toString()},
                                  {u"provider"_qs, jc.prepared.value(u"provider"_qs).toString()}});
            !s)
            return JobResult::retryLater(s.error().code);
        qCInfo(lcLoan) << ctx.operation << month << jc.prepared.value(u"rows"_qs).toInt()
                       << "loans submitted";
    }
    // The next month, once.
    auto next = enqueueJob(jc.db, monthJob(monthStart(month).addMonths(1).toString(u"yyyy-MM"_qs)), jc.nowMs);
    if (!next)
        return JobResult::retryLater(next.error().code);
    return JobResult::done();
}

} // namespace

Result<QList<CreditStatusRow>> creditMonthRows(ServiceContext &ctx, const QString &month)
{
    const QDate start = monthStart(month);
    const QString first = start.toString(Qt::ISODate);
    const QString last = start.addMonths(1).addDays(-1).toString(Qt::ISODate);
    Query q(ctx.db, u"SELECT id, contract_number, outstanding_fen, schedule_version, settled_on FROM loans "
                    "WHERE disbursed_on IS NOT NULL AND disbursed_on <= :last "
                    "AND (settled_on IS NULL OR settled_on >= :first) ORDER BY contract_number"_qs);
    q.bind(u":last"_qs, last).bind(u":first"_qs, first);
    if (Status s = q.exec(); !s)
        return s.error();
    struct Loan
    {
        qint64 id;
        CreditStatusRow row;
        int version;
    };
    QList<Loan> loans;
    while (q.next()) {
        CreditStatusRow r;
        r.contract = q.str(1);
        r.balanceFen = q.int64(2);
        const QString settledOn = q.isNull(4) ? QString() : q.str(4);
        r.settled = !settledOn.isEmpty() && settledOn <= last;
        r.settledOn = r.settled ? settledOn : QString();
        loans.append({q.int64(0), r, int(q.int64(3))});
    }
    q.finish();
    QList<CreditStatusRow> out;
    Query balance(ctx.db, u"SELECT outstanding_after_fen FROM loan_postings WHERE loan_id = :l "
                          "AND value_date <= :last ORDER BY value_date DESC, id DESC LIMIT 1"_qs);
    Query overdue(ctx.db,
                  u"SELECT COUNT(*) FROM loan_instalments WHERE loan_id = :l AND schedule_version = :v "
                  "AND due_on <= :last AND (paid_on IS NULL OR paid_on > :last)"_qs);
    for (Loan &l : loans) {
        // The balance at the month's end: the last posting up to then (the loan's own balance when
        // no posting is dated in the month, i.e. disbursed without one).
        balance.bind(u":l"_qs, l.id).bind(u":last"_qs, last);
        if (Status s = balance.exec(); !s)
            return s.error();
        if (balance.next())
            l.row.balanceFen = balance.int64(0);
        balance.finish();
        overdue.bind(u":l"_qs, l.id).bind(u":v"_qs, l.version).bind(u":last"_qs, last);
        if (Status s = overdue.exec(); !s)
            return s.error();
        l.row.instalmentsOverdue = overdue.next() ? int(overdue.int64(0)) : 0;
        overdue.finish();
        l.row.status = l.row.settled                  ? u"settled"_qs
                       : l.row.instalmentsOverdue > 0 ? u"overdue"_qs
                                                      : u"repaying"_qs;
        out.append(l.row);
    }
    return out;
}

Status scheduleLoanCreditReport(const QSqlDatabase &db, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    const QString lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1).toString(u"yyyy-MM"_qs);
    auto queued = enqueueJob(db, monthJob(lastMonth), nowMs);
    return queued ? Status{} : Status{queued.error()};
}

void registerLoanCreditJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(
        QString::fromLatin1(kLoanCreditReportJob),
        [&context](JobContext &jc) { return handleMonth(context, jc); },
        [&context](const Job &job, const QDateTime &) { return prepareMonth(context, job); });
}

} // namespace hpf::server
