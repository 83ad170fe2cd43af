#pragma once

#include "base/result.h"
#include "business/accounts/sharedanswers.h"
#include "finance/loaneligibility.h"
#include "platform/credit/creditbureau.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Outside systems of a loan application (issue 18, part G). Nothing here talks to another system
// inside a transaction: the routes and the job ask the ports (platform/sharing, platform/credit)
// between their own read and write transactions, or in a job's prepare step.
//  - Sharing interfaces (零要件): POST /loans/check with "queryShared" asks 公安 identity, 民政
//    marriage and 不动产 property about the borrower and stores the answers (shared_answers, 24 h
//    fresh); the check and acceptance judge with the fresh answers: the registry's home count
//    raises the home order (0 first, 1 second, 2+ third: refused), a married borrower without a
//    spouse party is refused (loan.spouse_missing on "parties"). Acceptance keeps the answers with
//    the application (loan_outside_answers) and the application lists which material each satisfies.
//  - Credit reports (征信): POST /loans/applications/{serial}/credit-reports fetches a party's
//    report only with the recorded 征信授权, stores it with the application and audits the fetch.
//  - 征信报送: the monthly job loan.creditReport submits every loan's status row through the port,
//    once per month.
namespace hpf::server {

class JobRunner;
struct LoanRequest;
struct ServerContext;
struct ServiceContext;

inline constexpr char kLoanCreditReportJob[] = "loan.creditReport";

// ---- sharing interfaces at the check and acceptance ----------------------------------------------

// Who the check asks about: the borrower (in a read transaction). Errors: loan.borrower_account.
struct ShareAsk
{
    qint64 personId = 0;
    SharedSubject subject;
};
Result<ShareAsk> loanShareAsk(ServiceContext &ctx, const LoanRequest &request);
// The sources a loan check asks, in order.
QStringList loanShareSources();

// What the fresh stored answers of the borrower say, applied to the facts before judging (inside
// the caller's transaction): the home count raises facts.declaredOrder; a married borrower without
// a spouse party is loan.spouse_missing (field "parties"). `used` gets the answers judged with.
Status applySharedFacts(ServiceContext &ctx, const LoanRequest &request, qint64 borrowerPersonId,
                        finance::LoanFacts &facts, QList<StoredAnswer> &used);

// At acceptance (the dispatcher's transaction): the answers judged with become the application's
// (loan_outside_answers, party position of the borrower) and are marked used by `serial`.
Status keepSharedAnswers(ServiceContext &ctx, qint64 applicationId, const QString &serial,
                         int borrowerPosition, const QList<StoredAnswer> &answers);

// {"outsideAnswers": [...], "materials": [...]} of an application (openapi LoanOutsideAnswer,
// LoanMaterial), merged into the application's JSON.
Result<QJsonObject> outsideAnswersJson(ServiceContext &ctx, qint64 applicationId);
// The answers a check judged with (openapi SharedAnswer).
QJsonArray checkedAnswersJson(const QList<StoredAnswer> &answers);
// POST /loans/check with "queryShared", run outside the dispatcher's transaction: the borrower is
// read, the sharing interfaces are asked outside any transaction, the answers stored (audited
// sharing.query) and the check judged with them in one short write transaction (the answers are
// kept even when the check then refuses). Errors: sharing.unavailable (422), sharing.*, checkLoan's.
Result<QJsonObject> checkLoanWithSharing(ServiceContext &ctx, const LoanRequest &request);

// ---- credit reports -------------------------------------------------------------------------------

struct CreditQuestion
{
    QString serial;
    qint64 applicationId = 0;
    int position = 0;
    QString role;
    QString authorisation; // "CA-<serial>-<position>-<authorised at, ms>"
    CreditSubject subject;
};
// In a read transaction. Errors: loan.not_found, auth.branch_denied, request.field_range
// (position: no such party), loan.credit_unauthorised (parties[i].creditAuthorised: no recorded
// authorisation).
Result<CreditQuestion> creditQuestion(ServiceContext &ctx, const QString &serial, int position);
// In a write transaction: the report stored (source credit) and the fetch audited
// (loans.creditReport, object loan:<serial>: position, role, authorisation, provider; no identity).
Result<QJsonObject> storeCreditReport(ServiceContext &ctx, const CreditQuestion &question,
                                      const CreditReport &report);
// POST /loans/applications/{serial}/credit-reports, outside the dispatcher's transaction: the
// question in a read transaction, the bureau asked outside any, the report stored in a short write
// transaction. Errors: creditQuestion's, credit.unavailable (503).
Result<QJsonObject> fetchCreditReport(ServiceContext &ctx, const QString &serial, int position);

// ---- 征信报送 -------------------------------------------------------------------------------------

// Every loan's status row for `month` ("yyyy-MM"): loans disbursed by the month's end and not
// settled before it began, in contract order.
Result<QList<CreditStatusRow>> creditMonthRows(ServiceContext &ctx, const QString &month);
// Queues the submission of the last complete month before `nowMs` (a no-op once queued); serve
// calls it in its start-up transaction, each run queues the next month.
Status scheduleLoanCreditReport(const QSqlDatabase &db, qint64 nowMs);
void registerLoanCreditJobs(JobRunner &runner, ServerContext &context);

} // namespace hpf::server
