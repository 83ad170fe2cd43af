// Disbursement (发放) and repayments posted by hand (正常还款 from the bank's payment). Every step
// under its own 业务流水号 with a loan_postings row, a receipt and an audit record in the
// dispatcher's transaction; a refusal rolls back to its savepoint.
#include "business/accounts/accountrecords.h"
#include "business/loan/account/loanaccount.h"
#include "business/loan/loanservice.h"
#include "business/opening/openingcommon.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

struct SignedApplication
{
    qint64 id = 0;
    QString status;
    qint64 branchId = 0;
    qint64 amountFen = 0;
    int termMonths = 0;
    QString method;
    qint64 ratePpm = 0;
    qint64 borrowerAccountId = 0;
};

Result<SignedApplication> findSigned(ServiceContext &ctx, const QString &serial)
{
    QString sql = u"SELECT a.id, a.status, a.branch_id, a.amount_fen, a.term_months, a.method, a.rate_ppm, "
                  "COALESCE(p.account_id, 0) FROM loan_applications a LEFT JOIN loan_parties p "
                  "ON p.application_id = a.id AND p.role = 'borrower' WHERE a.serial = :s"_qs;
    if (ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE OF a"_qs;
    Query q(ctx.db, sql);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    SignedApplication a{q.int64(0),      q.str(1), q.int64(2), q.int64(3),
                        int(q.int64(4)), q.str(5), q.int64(6), q.int64(7)};
    q.finish();
    if (Status s = ctx.checkBranch(a.branchId); !s)
        return s.error();
    if (a.status != u"signed")
        return makeError(u"loan.step"_qs, u"serial"_qs,
                         u"the application is "_qs + a.status + u", not signed"_qs);
    if (a.borrowerAccountId == 0)
        return makeError(u"loan.borrower_account"_qs, u"serial"_qs, u"the borrower has no fund account"_qs);
    return a;
}

QString methodLabel(const QString &method)
{
    return method == u"equal_principal" ? u"等额本金"_qs : u"等额本息"_qs;
}

// After a payment: settled when nothing is owed, overdue while an instalment past due is unpaid.
Result<QString> statusAfter(ServiceContext &ctx, const LoanAccountRow &loan, qint64 outstanding, QDate today)
{
    if (outstanding == 0)
        return u"settled"_qs;
    auto rows = unpaidInstalments(ctx, loan);
    if (!rows)
        return rows.error();
    for (const InstalmentRow &r : *rows) {
        if (QDate::fromString(r.dueOn, Qt::ISODate) < today)
            return u"overdue"_qs;
    }
    return u"repaying"_qs;
}

} // namespace

Result<QJsonObject> disburseLoan(ServiceContext &ctx, const QString &serial, bool fromFundBalance)
{
    const QDate today = ctx.now.toLocalTime().date();
    auto app = findSigned(ctx, serial);
    if (!app)
        return app.error();
    auto account = findAccountById(ctx, app->borrowerAccountId);
    if (!account)
        return makeError(u"loan.borrower_account"_qs, u"serial"_qs, account.error().detail);
    const QDate firstDue = today.addMonths(1);
    auto schedule = finance::buildSchedule(repaymentMethodOf(app->method), app->amountFen,
                                           finance::Rate::fromPpm(app->ratePpm), app->termMonths, firstDue);
    if (!schedule)
        return schedule.error();
    auto posting = nextSerial(ctx);
    if (!posting)
        return posting.error();
    // The contract number is the disbursement's serial under the loan prefix: unique and dated.
    const QString contract = u"DK"_qs + posting->mid(2);
    const QString day = today.toString(Qt::ISODate);
    Query insert(ctx.db,
                 u"INSERT INTO loans (application_id, contract_number, account_id, person_id, "
                 "branch_id, principal_fen, outstanding_fen, rate_ppm, method, term_months, "
                 "first_due_on, status, from_fund_balance, schedule_version, disbursed_on, created_at) "
                 "VALUES (:a, :c, :acc, :p, :b, :pr, :o, :r, :m, :t, :f, 'repaying', :ffb, 1, :d, :now)"_qs);
    insert.bind(u":a"_qs, app->id)
        .bind(u":c"_qs, contract)
        .bind(u":acc"_qs, account->id)
        .bind(u":p"_qs, account->personId)
        .bind(u":b"_qs, app->branchId)
        .bind(u":pr"_qs, app->amountFen)
        .bind(u":o"_qs, app->amountFen)
        .bind(u":r"_qs, app->ratePpm)
        .bind(u":m"_qs, app->method)
        .bind(u":t"_qs, app->termMonths)
        .bind(u":f"_qs, firstDue.toString(Qt::ISODate))
        .bind(u":ffb"_qs, fromFundBalance ? 1 : 0)
        .bind(u":d"_qs, day)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = insert.exec(); !s)
        return s.error();
    auto loan = findLoanAccount(ctx, contract, false);
    if (!loan)
        return loan.error();
    if (Status s = storeSchedule(ctx, loan->id, 1, *schedule); !s)
        return s.error();
    Query step(ctx.db, u"UPDATE loan_applications SET status = 'disbursed', updated_at = :now "
                       "WHERE id = :id AND status = 'signed'"_qs);
    step.bind(u":now"_qs, ctx.nowMs).bind(u":id"_qs, app->id);
    if (Status s = step.exec(); !s)
        return s.error();
    if (step.rowsAffected() != 1)
        return makeError(u"loan.step"_qs, u"serial"_qs, u"the application changed meanwhile"_qs);
    // Certificates, transfers and the next application's 一人多贷 rule read loan_records.
    Query record(ctx.db, u"INSERT INTO loan_records (person_id, contract_number, granted_on, created_at) "
                         "VALUES (:p, :c, :d, :now)"_qs);
    record.bind(u":p"_qs, account->personId)
        .bind(u":c"_qs, contract)
        .bind(u":d"_qs, day)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = record.exec(); !s)
        return s.error();
    const LoanPostingRow row{*posting, u"disbursement"_qs, u"center"_qs, 0, app->amountFen, 0,
                             0,        app->amountFen,     day};
    if (Status s = storePosting(ctx, loan->id, row); !s)
        return s.error();
    if (Status s = queueLoanInstalment(ctx, *loan, today); !s)
        return s.error();

    auto body = loanAccountJson(ctx, loan->id);
    if (!body)
        return body.error();
    const finance::Installment &first = schedule->installments.constFirst();
    ReceiptDraft draft;
    draft.serial = *posting;
    draft.business = u"loan_disbursement"_qs;
    draft.businessLabel = u"贷款发放"_qs;
    draft.object = u"loan:"_qs + contract;
    draft.line(u"借款合同号"_qs, contract);
    draft.line(u"借款人"_qs, identity::maskName(account->name));
    draft.line(u"个人账号"_qs, account->accountNumber);
    draft.line(u"贷款期限"_qs, QString::number(app->termMonths) + u"个月"_qs);
    draft.line(u"年利率"_qs, body->value(u"rate"_qs).toString() + u'%');
    draft.line(u"还款方式"_qs, methodLabel(app->method));
    draft.line(u"首期还款日"_qs, first.dueDate.toString(Qt::ISODate));
    draft.line(u"还款来源"_qs, fromFundBalance ? u"公积金账户余额"_qs : u"银行还款"_qs);
    draft.amounts.append(amount(u"贷款金额"_qs, app->amountFen));
    draft.amounts.append(amount(u"首期还款额"_qs, first.payment));
    draft.fields = QJsonObject{{u"contractNumber"_qs, contract}, {u"serial"_qs, *posting}};
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs, {{u"status"_qs, app->status}},
                             QJsonObject{{u"status"_qs, u"disbursed"_qs},
                                         {u"contractNumber"_qs, contract},
                                         {u"serial"_qs, *posting},
                                         {u"principalFen"_qs, app->amountFen},
                                         {u"grantedBy"_qs, ctx.grantedBy}});
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << serial << "->" << contract;
    return QJsonObject{{u"serial"_qs, *posting}, {u"loan"_qs, *body}, {u"receipt"_qs, *receipt}};
}

Result<QJsonObject> repayLoan(ServiceContext &ctx, const QString &contract, qint64 amountFen)
{
    const QDate today = ctx.now.toLocalTime().date();
    auto loan = findLoanAccount(ctx, contract, true);
    if (!loan)
        return loan.error();
    if (loan->status == u"settled")
        return makeError(u"loan.settled"_qs, u"contract"_qs);
    auto rows = unpaidInstalments(ctx, *loan);
    if (!rows)
        return rows.error();
    // What may be paid now: everything due up to today and the next instalment not yet due.
    qint64 payable = 0;
    for (const InstalmentRow &r : *rows) {
        payable += r.dueFen();
        if (QDate::fromString(r.dueOn, Qt::ISODate) > today)
            break;
    }
    if (amountFen > payable)
        return makeError(u"loan.repay_above_due"_qs, u"amountFen"_qs,
                         u"at most "_qs + money::format(payable) + u" is due; more is a prepayment"_qs);

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    return postRepayment(ctx, *loan, *rows, amountFen, *serial, nullptr);
}

Result<QJsonObject> postRepayment(ServiceContext &ctx, const LoanAccountRow &loan,
                                  const QList<InstalmentRow> &unpaid, qint64 amountFen, const QString &serial,
                                  const AccountRow *fundAccount)
{
    const QDate today = ctx.now.toLocalTime().date();
    LoanPostingRow posting;
    posting.serial = serial;
    posting.kind = u"instalment"_qs;
    posting.source = fundAccount ? u"fund"_qs : u"bank"_qs;
    posting.valueDate = today.toString(Qt::ISODate);
    qint64 left = amountFen;
    for (InstalmentRow r : unpaid) {
        if (left == 0)
            break;
        if (posting.instalmentNumber == 0)
            posting.instalmentNumber = r.number;
        // The penalty first, then the interest, then the principal (the usual 先罚息后利息再本金).
        const qint64 penalty = qMin(left, r.penaltyFen - r.paidPenaltyFen);
        left -= penalty;
        const qint64 interest = qMin(left, r.interestFen - r.paidInterestFen);
        left -= interest;
        const qint64 principal = qMin(left, r.principalFen - r.paidPrincipalFen);
        left -= principal;
        r.paidPenaltyFen += penalty;
        r.paidInterestFen += interest;
        r.paidPrincipalFen += principal;
        posting.penaltyFen += penalty;
        posting.interestFen += interest;
        posting.principalFen += principal;
        Query u(ctx.db, u"UPDATE loan_instalments SET paid_penalty_fen = :pp, paid_interest_fen = :pi, "
                        "paid_principal_fen = :pr, paid_on = :d WHERE id = :id"_qs);
        u.bind(u":pp"_qs, r.paidPenaltyFen)
            .bind(u":pi"_qs, r.paidInterestFen)
            .bind(u":pr"_qs, r.paidPrincipalFen)
            .bind(u":d"_qs,
                  r.dueFen() == 0 ? QVariant(posting.valueDate) : QVariant(QMetaType::fromType<QString>()))
            .bind(u":id"_qs, r.id);
        if (Status s = u.exec(); !s)
            return s.error();
    }
    const qint64 outstanding = loan.outstandingFen - posting.principalFen;
    posting.outstandingAfterFen = outstanding;
    auto status = statusAfter(ctx, loan, outstanding, today);
    if (!status)
        return status.error();
    if (Status s = storePosting(ctx, loan.id, posting); !s)
        return s.error();
    if (Status s = moveLoan(ctx, loan, outstanding, *status, today); !s)
        return s.error();

    auto body = loanAccountJson(ctx, loan.id);
    if (!body)
        return body.error();
    ReceiptDraft draft;
    draft.serial = serial;
    draft.business = fundAccount ? u"loan_repayment_fund"_qs : u"loan_repayment"_qs;
    draft.businessLabel = fundAccount ? u"提取还贷"_qs : u"贷款还款"_qs;
    draft.object = u"loan:"_qs + loan.contract;
    draft.line(u"借款合同号"_qs, loan.contract);
    draft.line(u"还款来源"_qs, fundAccount ? u"公积金账户余额"_qs : u"银行还款"_qs);
    if (fundAccount) {
        // The borrower's own account: the receipt is theirs (as a withdrawal's receipt).
        draft.line(u"个人账号"_qs, fundAccount->accountNumber);
        draft.line(u"姓名"_qs, identity::maskName(fundAccount->name));
        draft.line(u"提取原因"_qs, u"偿还购房贷款本息"_qs);
    }
    draft.line(u"期次"_qs, QString::number(posting.instalmentNumber));
    draft.amounts.append(amount(u"还款金额"_qs, amountFen));
    draft.amounts.append(amount(u"其中本金"_qs, posting.principalFen));
    draft.amounts.append(amount(u"其中利息"_qs, posting.interestFen));
    if (posting.penaltyFen > 0)
        draft.amounts.append(amount(u"其中罚息"_qs, posting.penaltyFen));
    draft.amounts.append(amount(u"剩余本金"_qs, outstanding));
    draft.fields = postingJson(posting);
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s =
            ctx.audit(ctx.operation, u"loan:"_qs + loan.contract, u"ok"_qs,
                      {{u"outstandingFen"_qs, loan.outstandingFen}, {u"status"_qs, loan.status}},
                      {{u"outstandingFen"_qs, outstanding}, {u"status"_qs, *status}, {u"serial"_qs, serial}});
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << loan.contract << serial << *status;
    return QJsonObject{{u"posting"_qs, postingJson(posting)}, {u"loan"_qs, *body}, {u"receipt"_qs, *receipt}};
}

} // namespace hpf::server
