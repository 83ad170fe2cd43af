// The list of loans (issue 18, part J): GET /loans/accounts?status=&page=, the loan officer's way
// back to a loan without typing its contract number. Same branch rule as the application list.
#include "business/loan/account/loanaccount.h"
#include "domain/access.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

constexpr int kLoanPageSize = 20;

} // namespace

bool isLoanAccountStatus(const QString &status)
{
    return status == u"repaying" || status == u"overdue" || status == u"settled";
}

Result<QJsonObject> listLoanAccounts(ServiceContext &ctx, const QString &status, int page)
{
    const Principal &u = ctx.user();
    // Officers and supervisors see their branch; the head office, auditors and admins every branch.
    const bool everyBranch = u.headOffice || u.role == access::role::auditor || u.role == access::role::admin;
    QString where = u" WHERE 1 = 1"_qs;
    if (!everyBranch)
        where += u" AND l.branch_id = :b"_qs;
    if (!status.isEmpty())
        where += u" AND l.status = :st"_qs;
    const auto bindAll = [&](Query &q) {
        if (!everyBranch)
            q.bind(u":b"_qs, u.branchId);
        if (!status.isEmpty())
            q.bind(u":st"_qs, status);
    };
    Query count(ctx.db, u"SELECT COUNT(*) FROM loans l"_qs + where);
    bindAll(count);
    if (Status s = count.exec(); !s)
        return s.error();
    const qint64 total = count.next() ? count.int64(0) : 0;
    count.finish();
    Query q(
        ctx.db,
        u"SELECT l.contract_number, a.serial, l.status, l.principal_fen, l.outstanding_fen, l.term_months, "
        "COALESCE(l.disbursed_on, ''), p.name, b.code FROM loans l "
        "JOIN loan_applications a ON a.id = l.application_id JOIN branches b ON b.id = l.branch_id "
        "JOIN loan_parties p ON p.application_id = a.id AND p.role = 'borrower'"_qs +
            where + u" ORDER BY l.id DESC LIMIT :lim OFFSET :off"_qs);
    bindAll(q);
    q.bind(u":lim"_qs, kLoanPageSize).bind(u":off"_qs, qint64(page - 1) * kLoanPageSize);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        const QString disbursedOn = q.str(6);
        items.append(
            QJsonObject{{u"contractNumber"_qs, q.str(0)},
                        {u"applicationSerial"_qs, q.str(1)},
                        {u"status"_qs, q.str(2)},
                        {u"principalFen"_qs, q.int64(3)},
                        {u"outstandingFen"_qs, q.int64(4)},
                        {u"termMonths"_qs, q.int64(5)},
                        {u"disbursedOn"_qs, disbursedOn.isEmpty() ? QJsonValue() : QJsonValue(disbursedOn)},
                        {u"borrowerName"_qs, identity::maskName(q.str(7))},
                        {u"branchCode"_qs, q.str(8)}});
    }
    return QJsonObject{
        {u"items"_qs, items}, {u"page"_qs, page}, {u"pageSize"_qs, kLoanPageSize}, {u"total"_qs, total}};
}

} // namespace hpf::server
