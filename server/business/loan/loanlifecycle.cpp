// After acceptance: the read back, the branch's list, review (审核) and the decision (审批). Every
// step is audited with the status before and after; the separation of duties is checked here
// (the role table only says who may do a step at all).
#include "business/loan/loanservice.h"
#include "business/loan/loanstore.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

constexpr int kPageSize = 20;

struct ApplicationRow
{
    qint64 id = 0;
    QString status;
    qint64 branchId = 0;
    qint64 officerId = 0;
    qint64 reviewerId = 0;
};

// The application's row, locked for a write (FOR UPDATE on PostgreSQL), branch checked.
Result<ApplicationRow> findApplication(ServiceContext &ctx, const QString &serial, bool lock)
{
    QString sql =
        u"SELECT id, status, branch_id, officer_id, COALESCE(reviewer_id, 0) FROM loan_applications "
        "WHERE serial = :s"_qs;
    if (lock && ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_qs;
    Query q(ctx.db, sql);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    ApplicationRow row{q.int64(0), q.str(1), q.int64(2), q.int64(3), q.int64(4)};
    q.finish();
    if (Status s = ctx.checkBranch(row.branchId); !s)
        return s.error();
    return row;
}

// Moves the application from `from` to `to` with the actor in `column`, audited.
Result<QJsonObject> step(ServiceContext &ctx, const QString &serial, const ApplicationRow &row,
                         const QString &to, const QString &column, const QString &reason = {})
{
    const bool decided = to == u"approved" || to == u"refused";
    QString set = u"status = :to, "_qs + column + u" = :u, updated_at = :now"_qs;
    if (decided)
        set += u", decided_at = :d"_qs;
    if (!reason.isEmpty())
        set += u", refusal_reason = :r"_qs;
    Query q(ctx.db, u"UPDATE loan_applications SET "_qs + set + u" WHERE id = :id AND status = :from"_qs);
    q.bind(u":to"_qs, to)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":id"_qs, row.id)
        .bind(u":from"_qs, row.status);
    if (decided)
        q.bind(u":d"_qs, ctx.nowMs);
    if (!reason.isEmpty())
        q.bind(u":r"_qs, reason);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() != 1)
        return makeError(u"loan.step"_qs, u"serial"_qs, u"the application changed meanwhile"_qs);
    QJsonObject after{{u"status"_qs, to}};
    if (!reason.isEmpty())
        after.insert(u"reason"_qs, reason);
    if (Status s =
            ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs, {{u"status"_qs, row.status}}, after);
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << serial << row.status << "->" << to;
    return applicationJson(ctx, serial);
}

Error wrongStep(const ApplicationRow &row, const QString &expected)
{
    return makeError(u"loan.step"_qs, u"serial"_qs,
                     u"the application is "_qs + row.status + u", not "_qs + expected);
}

} // namespace

bool isLoanStatus(const QString &status)
{
    static const QStringList statuses{u"accepted"_qs, u"reviewed"_qs, u"approved"_qs,
                                      u"refused"_qs,  u"signed"_qs,   u"disbursed"_qs};
    return statuses.contains(status);
}

Result<QJsonObject> getLoanApplication(ServiceContext &ctx, const QString &serial)
{
    auto row = findApplication(ctx, serial, false);
    if (!row)
        return row.error();
    return applicationJson(ctx, serial);
}

Result<QJsonObject> listLoanApplications(ServiceContext &ctx, const QString &status, int page)
{
    const Principal &u = ctx.user();
    const bool everyBranch = u.headOffice || u.role == access::role::auditor || u.role == access::role::admin;
    QString where = u" WHERE 1 = 1"_qs;
    if (!everyBranch)
        where += u" AND a.branch_id = :b"_qs;
    if (!status.isEmpty())
        where += u" AND a.status = :st"_qs;
    const auto bindAll = [&](Query &q) {
        if (!everyBranch)
            q.bind(u":b"_qs, u.branchId);
        if (!status.isEmpty())
            q.bind(u":st"_qs, status);
    };
    Query count(ctx.db, u"SELECT COUNT(*) FROM loan_applications a"_qs + where);
    bindAll(count);
    if (Status s = count.exec(); !s)
        return s.error();
    const qint64 total = count.next() ? count.int64(0) : 0;
    count.finish();
    Query q(ctx.db,
            u"SELECT a.serial, a.kind, a.status, a.applied_on, a.due_on, a.amount_fen, a.term_months, "
            "p.name, b.code FROM loan_applications a JOIN branches b ON b.id = a.branch_id "
            "JOIN loan_parties p ON p.application_id = a.id AND p.role = 'borrower'"_qs +
                where + u" ORDER BY a.id DESC LIMIT :lim OFFSET :off"_qs);
    bindAll(q);
    q.bind(u":lim"_qs, kPageSize).bind(u":off"_qs, qint64(page - 1) * kPageSize);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{u"serial"_qs, q.str(0)},
                                 {u"kind"_qs, q.str(1)},
                                 {u"status"_qs, q.str(2)},
                                 {u"appliedOn"_qs, q.str(3)},
                                 {u"dueOn"_qs, q.str(4)},
                                 {u"amountFen"_qs, q.int64(5)},
                                 {u"termMonths"_qs, q.int64(6)},
                                 {u"borrowerName"_qs, identity::maskName(q.str(7))},
                                 {u"branchCode"_qs, q.str(8)}});
    return QJsonObject{
        {u"items"_qs, items}, {u"page"_qs, page}, {u"pageSize"_qs, kPageSize}, {u"total"_qs, total}};
}

Result<QJsonObject> reviewLoan(ServiceContext &ctx, const QString &serial)
{
    auto row = findApplication(ctx, serial, true);
    if (!row)
        return row.error();
    if (row->status != u"accepted")
        return wrongStep(*row, u"accepted"_qs);
    if (row->officerId == ctx.user().userId)
        return makeError(u"loan.same_officer"_qs, u"serial"_qs, u"the accepting officer cannot review"_qs);
    return step(ctx, serial, *row, u"reviewed"_qs, u"reviewer_id"_qs);
}

namespace {

Result<ApplicationRow> decidable(ServiceContext &ctx, const QString &serial)
{
    auto row = findApplication(ctx, serial, true);
    if (!row)
        return row.error();
    if (row->status != u"reviewed")
        return wrongStep(*row, u"reviewed"_qs);
    if (row->officerId == ctx.user().userId || row->reviewerId == ctx.user().userId)
        return makeError(u"loan.same_person"_qs, u"serial"_qs, u"the approver accepted or reviewed it"_qs);
    return row;
}

} // namespace

Result<QJsonObject> approveLoan(ServiceContext &ctx, const QString &serial)
{
    auto row = decidable(ctx, serial);
    if (!row)
        return row.error();
    return step(ctx, serial, *row, u"approved"_qs, u"approver_id"_qs);
}

Result<QJsonObject> refuseLoan(ServiceContext &ctx, const QString &serial, const QString &reason)
{
    auto row = decidable(ctx, serial);
    if (!row)
        return row.error();
    return step(ctx, serial, *row, u"refused"_qs, u"approver_id"_qs, reason);
}

} // namespace hpf::server
