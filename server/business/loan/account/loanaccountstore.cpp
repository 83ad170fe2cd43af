// The loan account's rows (issue 18, part B): loans, loan_instalments, loan_postings, and their JSON.
#include "business/loan/account/loanaccount.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

const QString kLoanColumns =
    u"SELECT id, application_id, contract_number, account_id, person_id, branch_id, principal_fen, "
    "outstanding_fen, rate_ppm, method, term_months, first_due_on, status, from_fund_balance, "
    "schedule_version, COALESCE(disbursed_on, ''), COALESCE(settled_on, '') FROM loans "_qs;

LoanAccountRow readLoan(const Query &q)
{
    LoanAccountRow r;
    r.id = q.int64(0);
    r.applicationId = q.int64(1);
    r.contract = q.str(2);
    r.accountId = q.int64(3);
    r.personId = q.int64(4);
    r.branchId = q.int64(5);
    r.principalFen = q.int64(6);
    r.outstandingFen = q.int64(7);
    r.ratePpm = q.int64(8);
    r.method = q.str(9);
    r.termMonths = int(q.int64(10));
    r.firstDueOn = q.str(11);
    r.status = q.str(12);
    r.fromFundBalance = q.int64(13) != 0;
    r.scheduleVersion = int(q.int64(14));
    r.disbursedOn = q.str(15);
    r.settledOn = q.str(16);
    return r;
}

Result<LoanAccountRow> oneLoan(ServiceContext &ctx, const QString &where, const QVariant &value, bool lock)
{
    QString sql = kLoanColumns + where;
    if (lock && ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_qs;
    Query q(ctx.db, sql);
    q.bind(u":v"_qs, value);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.account_not_found"_qs, u"contract"_qs);
    LoanAccountRow row = readLoan(q);
    q.finish();
    return row;
}

QString rateText(qint64 ppm)
{
    // ppm of 1 → percent with up to four decimals: 26000 → "2.6"
    QString text =
        QString::number(ppm / 10000) + u'.' + QStringLiteral("%1").arg(ppm % 10000, 4, 10, QChar(u'0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

finance::RepaymentMethod repaymentMethodOf(const QString &name)
{
    return name == u"equal_principal" ? finance::RepaymentMethod::EqualPrincipal
                                      : finance::RepaymentMethod::EqualInstallment;
}

Result<LoanAccountRow> findLoanAccount(ServiceContext &ctx, const QString &contract, bool lock)
{
    auto row = oneLoan(ctx, u"WHERE contract_number = :v"_qs, contract, lock);
    if (!row)
        return row.error();
    if (Status s = ctx.checkBranch(row->branchId); !s)
        return s.error();
    return row;
}

Result<LoanAccountRow> findLoanAccountById(ServiceContext &ctx, qint64 id)
{
    return oneLoan(ctx, u"WHERE id = :v"_qs, id, false);
}

Result<QList<InstalmentRow>> unpaidInstalments(ServiceContext &ctx, const LoanAccountRow &loan)
{
    Query q(ctx.db, u"SELECT id, number, due_on, principal_fen, interest_fen, paid_principal_fen, "
                    "paid_interest_fen, penalty_fen, paid_penalty_fen, days_past_due FROM loan_instalments "
                    "WHERE loan_id = :l AND schedule_version = :v AND paid_on IS NULL ORDER BY number"_qs);
    q.bind(u":l"_qs, loan.id).bind(u":v"_qs, loan.scheduleVersion);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<InstalmentRow> rows;
    while (q.next()) {
        InstalmentRow r;
        r.id = q.int64(0);
        r.number = int(q.int64(1));
        r.dueOn = q.str(2);
        r.principalFen = q.int64(3);
        r.interestFen = q.int64(4);
        r.paidPrincipalFen = q.int64(5);
        r.paidInterestFen = q.int64(6);
        r.penaltyFen = q.int64(7);
        r.paidPenaltyFen = q.int64(8);
        r.daysPastDue = int(q.int64(9));
        rows.append(r);
    }
    return rows;
}

Status storeSchedule(ServiceContext &ctx, qint64 loanId, int version, const finance::Schedule &schedule,
                     int numberOffset)
{
    for (const finance::Installment &i : schedule.installments) {
        Query q(ctx.db, u"INSERT INTO loan_instalments (loan_id, schedule_version, number, due_on, "
                        "principal_fen, interest_fen) VALUES (:l, :v, :n, :d, :p, :i)"_qs);
        q.bind(u":l"_qs, loanId)
            .bind(u":v"_qs, version)
            .bind(u":n"_qs, numberOffset + i.number)
            .bind(u":d"_qs, i.dueDate.toString(Qt::ISODate))
            .bind(u":p"_qs, i.principal)
            .bind(u":i"_qs, i.interest);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Status storePosting(ServiceContext &ctx, qint64 loanId, const LoanPostingRow &p)
{
    Query q(ctx.db,
            u"INSERT INTO loan_postings (loan_id, serial, kind, source, instalment_number, "
            "principal_fen, interest_fen, penalty_fen, outstanding_after_fen, value_date, "
            "operator_id, created_at) VALUES (:l, :s, :k, :src, :n, :p, :i, :pen, :o, :d, :u, :now)"_qs);
    q.bind(u":l"_qs, loanId)
        .bind(u":s"_qs, p.serial)
        .bind(u":k"_qs, p.kind)
        .bind(u":src"_qs, p.source)
        .bind(u":n"_qs,
              p.instalmentNumber > 0 ? QVariant(p.instalmentNumber) : QVariant(QMetaType::fromType<int>()))
        .bind(u":p"_qs, p.principalFen)
        .bind(u":i"_qs, p.interestFen)
        .bind(u":pen"_qs, p.penaltyFen)
        .bind(u":o"_qs, p.outstandingAfterFen)
        .bind(u":d"_qs, p.valueDate)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    return q.exec();
}

Status moveLoan(ServiceContext &ctx, const LoanAccountRow &loan, qint64 outstandingFen, const QString &status,
                QDate today)
{
    const bool settled = status == u"settled";
    Query q(ctx.db, u"UPDATE loans SET outstanding_fen = :o, status = :s, settled_on = :d WHERE id = :id "
                    "AND outstanding_fen = :before"_qs);
    q.bind(u":o"_qs, outstandingFen)
        .bind(u":s"_qs, status)
        .bind(u":d"_qs,
              settled ? QVariant(today.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":id"_qs, loan.id)
        .bind(u":before"_qs, loan.outstandingFen);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return makeError(u"db.conflict"_qs, {}, u"the loan changed meanwhile"_qs);
    if (!settled)
        return {};
    Query r(ctx.db, u"UPDATE loan_records SET settled_on = :d WHERE contract_number = :c"_qs);
    r.bind(u":d"_qs, today.toString(Qt::ISODate)).bind(u":c"_qs, loan.contract);
    return r.exec();
}

QJsonObject postingJson(const LoanPostingRow &p)
{
    QJsonObject o{{u"serial"_qs, p.serial},
                  {u"kind"_qs, p.kind},
                  {u"source"_qs, p.source},
                  {u"principalFen"_qs, p.principalFen},
                  {u"interestFen"_qs, p.interestFen},
                  {u"penaltyFen"_qs, p.penaltyFen},
                  {u"amountFen"_qs, p.principalFen + p.interestFen + p.penaltyFen},
                  {u"outstandingAfterFen"_qs, p.outstandingAfterFen},
                  {u"valueDate"_qs, p.valueDate}};
    if (p.instalmentNumber > 0)
        o.insert(u"instalmentNumber"_qs, p.instalmentNumber);
    return o;
}

Result<QJsonObject> loanAccountJson(ServiceContext &ctx, qint64 loanId)
{
    auto loan = findLoanAccountById(ctx, loanId);
    if (!loan)
        return loan.error();
    Query q(ctx.db, u"SELECT number, due_on, principal_fen, interest_fen, paid_principal_fen, "
                    "paid_interest_fen, penalty_fen, paid_penalty_fen, days_past_due, "
                    "COALESCE(paid_on, '') FROM loan_instalments "
                    "WHERE loan_id = :l AND schedule_version = :v ORDER BY number"_qs);
    q.bind(u":l"_qs, loan->id).bind(u":v"_qs, loan->scheduleVersion);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray instalments;
    while (q.next()) {
        const QString paidOn = q.str(9);
        instalments.append(QJsonObject{{u"number"_qs, q.int64(0)},
                                       {u"dueOn"_qs, q.str(1)},
                                       {u"principalFen"_qs, q.int64(2)},
                                       {u"interestFen"_qs, q.int64(3)},
                                       {u"paymentFen"_qs, q.int64(2) + q.int64(3)},
                                       {u"paidPrincipalFen"_qs, q.int64(4)},
                                       {u"paidInterestFen"_qs, q.int64(5)},
                                       {u"penaltyFen"_qs, q.int64(6)},
                                       {u"paidPenaltyFen"_qs, q.int64(7)},
                                       {u"daysPastDue"_qs, q.int64(8)},
                                       {u"paidOn"_qs, paidOn.isEmpty() ? QJsonValue() : QJsonValue(paidOn)}});
    }
    q.finish();
    Query app(ctx.db, u"SELECT serial FROM loan_applications WHERE id = :a"_qs);
    app.bind(u":a"_qs, loan->applicationId);
    if (Status s = app.exec(); !s)
        return s.error();
    const QString applicationSerial = app.next() ? app.str(0) : QString();
    app.finish();
    const auto dateOrNull = [](const QString &d) { return d.isEmpty() ? QJsonValue() : QJsonValue(d); };
    return QJsonObject{{u"contractNumber"_qs, loan->contract},
                       {u"applicationSerial"_qs, applicationSerial},
                       {u"status"_qs, loan->status},
                       {u"principalFen"_qs, loan->principalFen},
                       {u"outstandingFen"_qs, loan->outstandingFen},
                       {u"rate"_qs, rateText(loan->ratePpm)},
                       {u"ratePpm"_qs, loan->ratePpm},
                       {u"method"_qs, loan->method},
                       {u"termMonths"_qs, loan->termMonths},
                       {u"firstDueOn"_qs, loan->firstDueOn},
                       {u"fromFundBalance"_qs, loan->fromFundBalance},
                       {u"scheduleVersion"_qs, loan->scheduleVersion},
                       {u"disbursedOn"_qs, dateOrNull(loan->disbursedOn)},
                       {u"settledOn"_qs, dateOrNull(loan->settledOn)},
                       {u"instalments"_qs, instalments}};
}

} // namespace hpf::server
