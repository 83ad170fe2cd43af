// Overdue loans (issue 18, part F): the job's accrual of 罚息, the status between repaying and
// overdue, the reminders queue, the desk's list with the 逾期率 and the reminder recorded done.
// Definitions: loanoverdue.h.
#include "business/loan/overdue/loanoverdue.h"

#include "base/rounding.h"
#include "business/loan/account/loanaccount.h"
#include "business/loan/loanservice.h"
#include "domain/access.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

constexpr int kPageSize = 20;

// An instalment past due and unpaid, with what the job needs to accrue its penalty.
struct PastDue
{
    qint64 id = 0;
    QDate dueOn;
    qint64 overdueFen = 0; // unpaid principal + interest
    QString penaltyThrough;
    int daysPastDue = 0;
};

Result<QList<PastDue>> pastDue(ServiceContext &ctx, const LoanAccountRow &loan, QDate today)
{
    Query q(ctx.db,
            u"SELECT id, due_on, principal_fen - paid_principal_fen + interest_fen - paid_interest_fen, "
            "COALESCE(penalty_through, ''), days_past_due FROM loan_instalments WHERE loan_id = :l "
            "AND schedule_version = :v AND paid_on IS NULL AND due_on < :t ORDER BY number"_qs);
    q.bind(u":l"_qs, loan.id)
        .bind(u":v"_qs, loan.scheduleVersion)
        .bind(u":t"_qs, today.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<PastDue> rows;
    while (q.next())
        rows.append(PastDue{q.int64(0), QDate::fromString(q.str(1), Qt::ISODate), q.int64(2), q.str(3),
                            int(q.int64(4))});
    return rows;
}

// Locks the loan row against a repayment or a second server (PostgreSQL; SQLite's write
// transaction is exclusive already).
Status lockLoan(ServiceContext &ctx, qint64 loanId)
{
    if (ctx.dialect != Dialect::Postgres)
        return {};
    Query q(ctx.db, u"SELECT id FROM loans WHERE id = :id FOR UPDATE"_qs);
    q.bind(u":id"_qs, loanId);
    return q.exec();
}

// Queues the reminder of the highest threshold the arrears reached (lower ones still open are
// superseded: one call covers them). Returns 1 when a row was queued.
Result<int> queueReminder(ServiceContext &ctx, const LoanAccountRow &loan, const QList<int> &thresholds,
                          const PastDue &oldest, qint64 overdueFen, QDate today)
{
    const int days = int(oldest.dueOn.daysTo(today));
    int reached = 0;
    for (int t : thresholds) {
        if (days >= t)
            reached = t;
    }
    if (reached == 0)
        return 0;
    const QString since = oldest.dueOn.toString(Qt::ISODate);
    Query insert(
        ctx.db,
        u"INSERT INTO loan_reminders (loan_id, branch_id, since_due_on, threshold_days, queued_on, "
        "days_past_due, overdue_fen, status, created_at) VALUES (:l, :b, :s, :t, :q, :d, :o, 'open', :now) "
        "ON CONFLICT (loan_id, since_due_on, threshold_days) DO NOTHING"_qs);
    insert.bind(u":l"_qs, loan.id)
        .bind(u":b"_qs, loan.branchId)
        .bind(u":s"_qs, since)
        .bind(u":t"_qs, reached)
        .bind(u":q"_qs, today.toString(Qt::ISODate))
        .bind(u":d"_qs, days)
        .bind(u":o"_qs, overdueFen)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = insert.exec(); !s)
        return s.error();
    if (insert.rowsAffected() != 1)
        return 0;
    Query older(ctx.db,
                u"UPDATE loan_reminders SET status = 'superseded' WHERE loan_id = :l AND status = 'open' "
                "AND NOT (since_due_on = :s AND threshold_days = :t)"_qs);
    older.bind(u":l"_qs, loan.id).bind(u":s"_qs, since).bind(u":t"_qs, reached);
    if (Status s = older.exec(); !s)
        return s.error();
    return 1;
}

// One loan's day: accrue, set days past due, move the status, queue a reminder, audit a change.
Status overdueLoan(ServiceContext &ctx, qint64 loanId, const finance::LoanLimits &limits, QDate today,
                   OverdueRun &run)
{
    if (Status s = lockLoan(ctx, loanId); !s)
        return s;
    auto loan = findLoanAccountById(ctx, loanId);
    if (!loan)
        return loan.error();
    if (loan->status == u"settled")
        return {};
    auto rows = pastDue(ctx, *loan, today);
    if (!rows)
        return rows.error();
    const QString day = today.toString(Qt::ISODate);
    qint64 added = 0;
    qint64 overdueFen = 0;
    for (const PastDue &r : *rows) {
        overdueFen += r.overdueFen;
        const QDate through =
            r.penaltyThrough.isEmpty() ? r.dueOn : QDate::fromString(r.penaltyThrough, Qt::ISODate);
        const qint64 days = qMax<qint64>(0, through.daysTo(today));
        const qint64 penalty = days * dailyPenaltyFen(r.overdueFen, limits.penaltyPerDay.ppm);
        const int daysPastDue = int(r.dueOn.daysTo(today));
        if (penalty == 0 && daysPastDue == r.daysPastDue)
            continue;
        // penalty_through only moves forward (a clock set back adds nothing), and only from the
        // value read under the loan's lock.
        const QString through2 = r.penaltyThrough > day ? r.penaltyThrough : day;
        Query u(ctx.db, u"UPDATE loan_instalments SET penalty_fen = penalty_fen + :p, days_past_due = :d, "
                        "penalty_through = :t WHERE id = :id AND COALESCE(penalty_through, '') = :prev"_qs);
        u.bind(u":p"_qs, penalty)
            .bind(u":d"_qs, daysPastDue)
            .bind(u":t"_qs, through2)
            .bind(u":id"_qs, r.id)
            .bind(u":prev"_qs, r.penaltyThrough);
        if (Status s = u.exec(); !s)
            return s;
        if (u.rowsAffected() == 1 && penalty > 0) {
            added += penalty;
            run.accrued += int(days);
        }
    }
    const QString status = rows->isEmpty() ? u"repaying"_qs : u"overdue"_qs;
    const bool moved = status != loan->status;
    if (moved) {
        if (Status s = moveLoan(ctx, *loan, loan->outstandingFen, status, today); !s)
            return s;
        ++run.statusChanges;
    }
    if (!rows->isEmpty()) {
        ++run.loans;
        auto queued = queueReminder(ctx, *loan, limits.reminderDays, rows->constFirst(), overdueFen, today);
        if (!queued)
            return queued.error();
        run.reminders += *queued;
    }
    if (!moved && added == 0)
        return {};
    return ctx.audit(ctx.operation, u"loan:"_qs + loan->contract, u"ok"_qs, {{u"status"_qs, loan->status}},
                     {{u"status"_qs, status},
                      {u"day"_qs, day},
                      {u"overdueFen"_qs, overdueFen},
                      {u"penaltyAddedFen"_qs, added},
                      {u"penaltyPerDayPpm"_qs, limits.penaltyPerDay.ppm}});
}

QString reminderState(ServiceContext &ctx, qint64 loanId, QJsonObject &reminder)
{
    Query q(ctx.db,
            u"SELECT id, threshold_days, status, queued_on, COALESCE(channel, '') FROM loan_reminders "
            "WHERE loan_id = :l ORDER BY id DESC LIMIT 1"_qs);
    q.bind(u":l"_qs, loanId);
    if (!q.exec() || !q.next())
        return u"none"_qs;
    reminder = QJsonObject{{u"id"_qs, q.int64(0)},
                           {u"thresholdDays"_qs, q.int64(1)},
                           {u"status"_qs, q.str(2)},
                           {u"queuedOn"_qs, q.str(3)}};
    if (!q.str(4).isEmpty())
        reminder.insert(u"channel"_qs, q.str(4));
    return q.str(2);
}

} // namespace

qint64 dailyPenaltyFen(qint64 overdueFen, qint64 ppmPerDay)
{
    if (overdueFen <= 0 || ppmPerDay <= 0)
        return 0;
    return divideRounded(Int128(overdueFen) * ppmPerDay, finance::Rate::kScale, RoundingMode::HalfUp);
}

QString perTenThousand(qint64 overdueFen, qint64 totalFen)
{
    if (totalFen <= 0 || overdueFen <= 0)
        return u"0.00"_qs;
    // Hundredths of 1‱: overdue × 10 000 × 100 ÷ total.
    const qint64 hundredths = divideRounded(Int128(overdueFen) * 1'000'000, totalFen, RoundingMode::HalfUp);
    return QString::number(hundredths / 100) + u'.' +
           QStringLiteral("%1").arg(hundredths % 100, 2, 10, QChar(u'0'));
}

Result<OverdueRun> runOverdue(ServiceContext &ctx)
{
    const QDate today = ctx.now.toLocalTime().date();
    auto limits = ctx.server.policy.loanLimitsAt(today);
    if (!limits)
        return limits.error();
    // The loans in arrears today, and those still marked overdue that a payment may have cleared.
    Query q(ctx.db,
            u"SELECT l.id FROM loans l WHERE l.status = 'overdue' OR (l.status <> 'settled' AND EXISTS "
            "(SELECT 1 FROM loan_instalments i WHERE i.loan_id = l.id AND i.schedule_version = "
            "l.schedule_version AND i.paid_on IS NULL AND i.due_on < :t)) ORDER BY l.id"_qs);
    q.bind(u":t"_qs, today.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    q.finish();
    OverdueRun run;
    for (qint64 id : ids) {
        if (Status s = overdueLoan(ctx, id, *limits, today, run); !s)
            return s.error();
    }
    return run;
}

Result<QJsonObject> listOverdueLoans(ServiceContext &ctx, int page)
{
    const QDate today = ctx.now.toLocalTime().date();
    const Principal &u = ctx.user();
    const bool everyBranch = u.headOffice || u.role == access::role::auditor || u.role == access::role::admin;
    const QString branch = everyBranch ? QString() : u" AND l.branch_id = :b"_qs;
    const QString arrears =
        u"EXISTS (SELECT 1 FROM loan_instalments x WHERE x.loan_id = l.id AND "
        "x.schedule_version = l.schedule_version AND x.paid_on IS NULL AND x.due_on < :t)"_qs;
    const auto bindAll = [&](Query &query) {
        query.bind(u":t"_qs, today.toString(Qt::ISODate));
        if (!everyBranch)
            query.bind(u":b"_qs, u.branchId);
    };
    // The summary: 逾期率 over the loans the user may see.
    Query sum(ctx.db,
              u"SELECT COUNT(*), COALESCE(SUM(l.outstanding_fen), 0), "
              "COALESCE(SUM(CASE WHEN "_qs +
                  arrears + u" THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN "_qs + arrears +
                  u" THEN l.outstanding_fen ELSE 0 END), 0) FROM loans l WHERE l.status <> 'settled'"_qs +
                  branch);
    bindAll(sum);
    if (Status s = sum.exec(); !s)
        return s.error();
    sum.next();
    const qint64 loans = sum.int64(0);
    const qint64 balance = sum.int64(1);
    const qint64 overdueLoans = sum.int64(2);
    const qint64 overdueBalance = sum.int64(3);
    sum.finish();

    Query q(
        ctx.db,
        u"SELECT l.id, l.contract_number, l.status, l.outstanding_fen, b.code, p.name, MIN(i.due_on), "
        "COUNT(i.id), SUM(i.principal_fen - i.paid_principal_fen + i.interest_fen - i.paid_interest_fen), "
        "SUM(i.penalty_fen - i.paid_penalty_fen) FROM loans l JOIN loan_instalments i ON i.loan_id = l.id "
        "AND i.schedule_version = l.schedule_version AND i.paid_on IS NULL AND i.due_on < :t "
        "JOIN branches b ON b.id = l.branch_id JOIN persons p ON p.id = l.person_id "
        "WHERE l.status <> 'settled'"_qs +
            branch +
            u" GROUP BY l.id, l.contract_number, l.status, l.outstanding_fen, b.code, p.name "
            "ORDER BY MIN(i.due_on), l.id LIMIT :lim OFFSET :off"_qs);
    bindAll(q);
    q.bind(u":lim"_qs, kPageSize).bind(u":off"_qs, qint64(page - 1) * kPageSize);
    if (Status s = q.exec(); !s)
        return s.error();
    struct Item
    {
        qint64 loanId;
        QJsonObject json;
    };
    QList<Item> rows;
    while (q.next()) {
        const QDate oldest = QDate::fromString(q.str(6), Qt::ISODate);
        rows.append({q.int64(0), QJsonObject{{u"contractNumber"_qs, q.str(1)},
                                             {u"status"_qs, q.str(2)},
                                             {u"outstandingFen"_qs, q.int64(3)},
                                             {u"branchCode"_qs, q.str(4)},
                                             {u"borrowerName"_qs, identity::maskName(q.str(5))},
                                             {u"oldestDueOn"_qs, q.str(6)},
                                             {u"daysPastDue"_qs, oldest.daysTo(today)},
                                             {u"overdueInstalments"_qs, q.int64(7)},
                                             {u"overdueFen"_qs, q.int64(8)},
                                             {u"penaltyFen"_qs, q.int64(9)}}});
    }
    q.finish();
    QJsonArray items;
    for (Item &item : rows) {
        QJsonObject reminder;
        item.json.insert(u"reminderState"_qs, reminderState(ctx, item.loanId, reminder));
        item.json.insert(u"reminder"_qs,
                         reminder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reminder));
        items.append(item.json);
    }
    const QJsonObject summary{{u"asOf"_qs, today.toString(Qt::ISODate)},
                              {u"loans"_qs, loans},
                              {u"balanceFen"_qs, balance},
                              {u"overdueLoans"_qs, overdueLoans},
                              {u"overdueBalanceFen"_qs, overdueBalance},
                              {u"ratioPerTenThousand"_qs, perTenThousand(overdueBalance, balance)}};
    return QJsonObject{{u"items"_qs, items},
                       {u"page"_qs, page},
                       {u"pageSize"_qs, kPageSize},
                       {u"total"_qs, overdueLoans},
                       {u"summary"_qs, summary}};
}

Result<QJsonObject> completeReminder(ServiceContext &ctx, qint64 id, const ReminderDone &done)
{
    QString sql = u"SELECT r.branch_id, r.status, l.contract_number, r.threshold_days FROM loan_reminders r "
                  "JOIN loans l ON l.id = r.loan_id WHERE r.id = :id"_qs;
    if (ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE OF r"_qs;
    Query q(ctx.db, sql);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.reminder_not_found"_qs, u"id"_qs);
    const qint64 branchId = q.int64(0);
    const QString status = q.str(1);
    const QString contract = q.str(2);
    const qint64 threshold = q.int64(3);
    q.finish();
    if (Status s = ctx.checkBranch(branchId); !s)
        return s.error();
    if (status == u"done")
        return makeError(u"loan.reminder_done"_qs, u"id"_qs, u"the reminder is recorded already"_qs);
    Query u(ctx.db, u"UPDATE loan_reminders SET status = 'done', channel = :c, note = :n, done_by = :by, "
                    "done_at = :now WHERE id = :id AND status <> 'done'"_qs);
    u.bind(u":c"_qs, done.channel)
        .bind(u":n"_qs, done.note)
        .bind(u":by"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":id"_qs, id);
    if (Status s = u.exec(); !s)
        return s.error();
    if (u.rowsAffected() != 1)
        return makeError(u"loan.reminder_done"_qs, u"id"_qs, u"the reminder is recorded already"_qs);
    if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + contract, u"ok"_qs, {{u"reminder"_qs, status}},
                             {{u"reminder"_qs, u"done"_qs},
                              {u"reminderId"_qs, id},
                              {u"thresholdDays"_qs, threshold},
                              {u"channel"_qs, done.channel}});
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << contract << "reminder" << id << done.channel;
    return QJsonObject{{u"id"_qs, id},
                       {u"contractNumber"_qs, contract},
                       {u"status"_qs, u"done"_qs},
                       {u"channel"_qs, done.channel},
                       {u"thresholdDays"_qs, threshold}};
}

} // namespace hpf::server
