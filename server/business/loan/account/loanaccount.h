#pragma once

#include "base/result.h"
#include "finance/loan.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// The loan account (issue 18, part B): disbursement of a signed application, the instalments by
// schedule version, repayments posted by hand from the bank's payment and the postings, each
// under its own 业务流水号, audited and with a receipt. The schedule is core's
// (finance::buildSchedule); this area stores it and moves the loan along it. JSON shapes:
// docs/api/openapi.yaml LoanAccount, LoanPosting.
namespace hpf::server {

struct AccountRow;
class JobRunner;
struct ServerContext;
struct ServiceContext;

// POST /loans/applications/{serial}/disburse (a supervisor's grant, checked by the dispatcher):
// the application must be `signed` (面签 done); it becomes `disbursed` and the loan `repaying`
// with schedule version 1 from the day after a month (first due date = disbursement + 1 month),
// a loan_records row (certificates, transfers and the eligibility of a next loan see it), a
// disbursement posting, a receipt and an audit record. Errors: loan.not_found,
// auth.branch_denied, loan.step (409: not signed), loan.borrower_account (the borrower has no
// live account).
Result<QJsonObject> disburseLoan(ServiceContext &ctx, const QString &serial, bool fromFundBalance);

// POST /loans/accounts/{contract}/repayments: the bank's payment of `amountFen` applied to the earliest
// unpaid instalments of the current schedule, each penalty first, then interest, then principal.
// It may pay what is due up to today and the next instalment not yet due, nothing more (the rest
// is a prepayment). When the outstanding reaches zero the loan is settled. Errors:
// loan.account_not_found, auth.branch_denied, loan.settled (409), loan.repay_above_due
// (amountFen; the detail names the most that can be paid).
Result<QJsonObject> repayLoan(ServiceContext &ctx, const QString &contract, qint64 amountFen);

// POST /loans/accounts/{contract}/prepayments (提前还款). kind partial: amountFen of principal
// (below the outstanding) plus its interest to the day, then a new schedule version on the rest,
// keep "term" (a lower payment) or "payment" (a shorter term); kind full: the outstanding plus its
// interest to the day, which settles the loan. Errors: loan.account_not_found, auth.branch_denied,
// loan.settled (409), loan.prepay_blocked (409: an instalment is due or partly paid — pay it
// first), loan.prepay_amount (amountFen).
struct PrepaymentRequest
{
    QString kind;         // partial | full
    qint64 amountFen = 0; // partial only
    QString keep;         // term | payment (partial only)
};
Result<QJsonObject> prepayLoan(ServiceContext &ctx, const QString &contract,
                               const PrepaymentRequest &request);

// The loan.instalment job (提取还贷): one job per due date of a loan whose borrower repays from
// the fund account, queued at disbursement for the first due date and by each run for the next.
inline constexpr char kLoanInstalmentJob[] = "loan.instalment";
void registerLoanJobs(JobRunner &runner, ServerContext &context);

// ---- internal to business/loan (loanaccountstore.cpp) ----

struct LoanAccountRow
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString contract;
    qint64 accountId = 0;
    qint64 personId = 0;
    qint64 branchId = 0;
    qint64 principalFen = 0;
    qint64 outstandingFen = 0;
    qint64 ratePpm = 0;
    QString method; // equal_installment | equal_principal
    int termMonths = 0;
    QString firstDueOn;
    QString status; // repaying | overdue | settled
    bool fromFundBalance = false;
    int scheduleVersion = 1;
    QString disbursedOn;
    QString settledOn;
};

struct InstalmentRow
{
    qint64 id = 0;
    int number = 0;
    QString dueOn;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 paidPrincipalFen = 0;
    qint64 paidInterestFen = 0;
    qint64 penaltyFen = 0;
    qint64 paidPenaltyFen = 0;
    int daysPastDue = 0;
    QString paidOn;
    qint64 dueFen() const
    {
        return principalFen - paidPrincipalFen + interestFen - paidInterestFen + penaltyFen - paidPenaltyFen;
    }
};

// The loan by contract number (FOR UPDATE on PostgreSQL when `lock`), branch checked.
// Errors: loan.account_not_found (field contract), auth.branch_denied.
Result<LoanAccountRow> findLoanAccount(ServiceContext &ctx, const QString &contract, bool lock);
Result<LoanAccountRow> findLoanAccountById(ServiceContext &ctx, qint64 id);
// The unpaid instalments of the loan's current schedule version, by number.
Result<QList<InstalmentRow>> unpaidInstalments(ServiceContext &ctx, const LoanAccountRow &loan);
// Stores the schedule as version `version` of the loan.
// Instalment k is stored as number numberOffset + k (a new version continues the numbering).
Status storeSchedule(ServiceContext &ctx, qint64 loanId, int version, const finance::Schedule &schedule,
                     int numberOffset = 0);
// Records one posting of the loan.
struct LoanPostingRow
{
    QString serial;
    QString kind;   // disbursement | instalment | prepayment | penalty
    QString source; // bank | fund | center
    int instalmentNumber = 0;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 penaltyFen = 0;
    qint64 outstandingAfterFen = 0;
    QString valueDate;
};
Status storePosting(ServiceContext &ctx, qint64 loanId, const LoanPostingRow &posting);
// Sets the loan's outstanding principal and status; on `settled` also settled_on of the loan and
// of its loan_records row (the 贷款结清证明 and the next application read it there).
Status moveLoan(ServiceContext &ctx, const LoanAccountRow &loan, qint64 outstandingFen, const QString &status,
                QDate today);
// The loan as the API shows it: contract, status, amounts, rate, method, dates and the current
// schedule's instalments with what is paid of each (openapi LoanAccount).
Result<QJsonObject> loanAccountJson(ServiceContext &ctx, qint64 loanId);
QJsonObject postingJson(const LoanPostingRow &posting);

finance::RepaymentMethod repaymentMethodOf(const QString &name);

// Applies `amountFen` to `unpaid` in order (penalty, interest, principal of each), stores the
// posting under `serial`, moves the loan (settled at zero), issues the receipt and audits. With
// `fundAccount` the money came from the borrower's fund account (the caller posted the journal
// under the same serial): source fund and a 提取还贷 receipt.
Result<QJsonObject> postRepayment(ServiceContext &ctx, const LoanAccountRow &loan,
                                  const QList<InstalmentRow> &unpaid, qint64 amountFen, const QString &serial,
                                  const AccountRow *fundAccount);
// Queues the loan.instalment job of the loan's next unpaid due date after `after` (none when the
// borrower pays through the bank or nothing is left), deduplicated per loan and date.
Status queueLoanInstalment(ServiceContext &ctx, const LoanAccountRow &loan, QDate after);

} // namespace hpf::server
