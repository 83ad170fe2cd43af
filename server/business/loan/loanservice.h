#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"
#include "finance/loaneligibility.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <optional>

// Loan applications (issue 18, part A): the check the loan officer's desk shows before it takes
// the application (every rule's verdict, the limit and its binding bound, the rate in force and
// a schedule preview), acceptance (受理), review (审核) and the decision (审批: approved or
// refused). The rules are core's (finance/loaneligibility.h); this area gathers their facts from
// the ledger, keeps the application and enforces the separation of duties. JSON shapes:
// docs/api/openapi.yaml LoanCheck, LoanApplication, LoanApplicationPage.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcLoan)

struct ServiceContext;

struct LoanParty
{
    QString role; // borrower | spouse | co_borrower | guarantor
    QString documentType = QStringLiteral("01");
    QString documentNumber; // normalised by checkLoanRequest
    QString name;
    qint64 monthlyIncomeFen = 0;
    qint64 monthlyDebtFen = 0;
    bool creditAuthorised = false; // 征信授权 recorded at the counter
};

struct LoanRequest
{
    QString kind = QStringLiteral("fund"); // fund | combination | conversion
    qint64 amountFen = 0;
    int termMonths = 0;
    finance::RepaymentMethod method = finance::RepaymentMethod::EqualInstallment;
    QString methodName;      // equal_installment | equal_principal (as sent)
    int homeOrder = 1;       // declared: 1 first home, 2 second home
    QString propertyAddress; // ≤ 200
    qint64 priceFen = 0;
    QString purchaseContract; // ≤ 60
    QString bankCode;         // the entrusted bank that disburses (3 digits)
    QList<LoanParty> parties; // exactly one borrower (any position), at most one spouse
    // 组合贷: the bank's commercial part (kind combination only).
    std::optional<qint64> commercialAmountFen;
    QString commercialBank;
    int commercialTermMonths = 0;
    qint64 commercialRatePpm = 0;
    // 商转公: the commercial loan the fund loan pays off (kind conversion only).
    QString conversionBank;
    QString conversionContract;
    std::optional<qint64> conversionOutstandingFen;
    // issue 18: the check asks the sharing interfaces first (business/loan/outside/loanoutside.h);
    // acceptance judges with the answers the check stored.
    bool queryShared = false;
};

// Before any transaction: loan.kind (kind), loan.method (method), loan.home_order (homeOrder),
// payee.bank-like bank checks (bankCode), identity.* (parties[i].documentNumber), loan.party
// (parties), loan.party_duplicate, loan.commercial (commercial.*), loan.conversion (conversion.*).
Status checkLoanRequest(ServiceContext &ctx, LoanRequest &request);

// POST /loans/check in a read transaction. Errors: loan.borrower_account, auth.branch_denied,
// policy.not_in_effect, the malformed-fact codes of judgeLoan.
Result<QJsonObject> checkLoan(ServiceContext &ctx, const LoanRequest &request);

// POST /loans/applications in the dispatcher's write transaction: stores the application, its
// parties and the judgement, audited. A failed rule refuses with loan.not_eligible (field: the
// first failed rule's) and the problem member "rules" in `refusal`.
Result<QJsonObject> applyLoan(ServiceContext &ctx, const LoanRequest &request, Refusal *refusal);

// GET /loans/applications/{serial}. Errors: loan.not_found, auth.branch_denied.
Result<QJsonObject> getLoanApplication(ServiceContext &ctx, const QString &serial);

// GET /loans/applications?status=&page= (page from 1, 20 a page, newest first): the user's branch,
// every branch for the head office and auditors.
Result<QJsonObject> listLoanApplications(ServiceContext &ctx, const QString &status, int page);

// The lifecycle, each audited with the status before and after. Errors: loan.not_found,
// auth.branch_denied, loan.step (409: not at this step), loan.same_officer (403: the reviewer
// accepted it), loan.same_person (403: the approver accepted or reviewed it).
Result<QJsonObject> reviewLoan(ServiceContext &ctx, const QString &serial);
Result<QJsonObject> approveLoan(ServiceContext &ctx, const QString &serial);
Result<QJsonObject> refuseLoan(ServiceContext &ctx, const QString &serial, const QString &reason);

// The statuses a list may filter on.
bool isLoanStatus(const QString &status);

} // namespace hpf::server
