#pragma once

#include "api/call.h"
#include "ops/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 贷款 (issue 18, client part D): the loan check (every eligibility rule with its verdict, the
// limit with its binding bound, the rate in force, a schedule preview), acceptance (受理), the
// branch's queue and the lifecycle steps 审核 / 审批. The only client code knowing their URLs and
// JSON. Identities and incomes travel in bodies only (the check is a read sent as POST); a loan
// serial may be a path segment. Shapes: server/business/loan/loanstore.cpp (judgementJson,
// scheduleJson, applicationJson) and routes.cpp.
namespace hpf::client::api {

// One eligibility rule; `rule` is one of deposit_months, household_loan, third_home,
// second_after_settled, age_term, term, income_share, amount (finance/loaneligibility.h).
struct LoanRuleVerdict
{
    QString rule;
    bool passed = false;
    QString code;   // the error code when refused (loan.deposit_months …), its text is shown
    QString field;  // the request field it concerns ("termMonths", "parties[0]"), may be empty
    QString detail; // English, for the log of a decision; never shown as the reason
    static LoanRuleVerdict read(Reader &reader);
};

// The limit = the smallest of four bounds; boundBy names the binding one.
struct LoanLimit
{
    qint64 amountFen = 0;
    QString boundBy; // center_cap | price_ratio | balance_multiple | repayment_ability
    qint64 byCapFen = 0;
    qint64 byPriceFen = 0;
    qint64 byBalanceFen = 0;
    qint64 byRepaymentFen = 0;
    // The bound named by boundBy (the smallest; the limit is it rounded down to the policy's step).
    qint64 boundFen(const QString &bound) const;
};

struct LoanInstallment
{
    int number = 0;
    QDate dueDate;
    qint64 paymentFen = 0;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 remainingFen = 0;
};

struct LoanSchedule
{
    QString method; // equal_installment | equal_principal
    qint64 principalFen = 0;
    QString rate; // "2.85"
    int termMonths = 0;
    qint64 totalInterestFen = 0;
    qint64 totalPaymentFen = 0;
    QList<LoanInstallment> installments;
    static LoanSchedule read(Reader &reader);
};

// The judgement the check answers and the application stores.
struct LoanJudgement
{
    QList<LoanRuleVerdict> rules;
    bool eligible = false;
    int homeOrder = 1; // the order it is priced at (a settled loan makes a declared first a second)
    bool priced = false;
    int continuousDepositMonths = 0;
    qint64 depositBalanceFen = 0;
    qint64 monthlyIncomeFen = 0;
    qint64 monthlyDebtFen = 0;
    int openLoans = 0;
    int settledLoans = 0;
    // Only when priced (not for a third home).
    QString rate;
    std::optional<LoanLimit> limit;
    qint64 firstPaymentFen = 0;
    qint64 maxPaymentFen = 0; // income × share − debts, may be negative
    qint64 commercialFirstPaymentFen = 0;
    // The first refused rule, or null when every rule passed.
    const LoanRuleVerdict *firstRefusal() const;
    static LoanJudgement read(Reader &reader);
};

// POST /loans/check.
struct LoanCheck
{
    LoanJudgement judgement;
    QDate appliedOn;
    QDate dueOn; // appliedOn + the policy's approval days (15: 条例 第二十六条)
    QString borrowerAccount;
    qint64 borrowerBalanceFen = 0;
    int borrowerDepositMonths = 0;
    std::optional<LoanSchedule> schedule; // when priced
    static Result<LoanCheck> fromJson(const QJsonObject &json);
};

// One person on the application, as typed (the builder normalises full-width digits).
struct LoanPartyInput
{
    QString role; // borrower | spouse | co_borrower | guarantor
    QString documentType = QStringLiteral("01");
    QString documentNumber;
    QString name;
    qint64 monthlyIncomeFen = 0;
    qint64 monthlyDebtFen = 0;
    bool creditAuthorised = false; // 征信授权 recorded at the counter
    QJsonObject toJson() const;
};

// The LoanApplicationRequest of POST /loans/check and POST /loans/applications.
struct LoanRequestInput
{
    QString kind = QStringLiteral("fund"); // fund | combination | conversion
    qint64 amountFen = 0;
    int termMonths = 0;
    QString method = QStringLiteral("equal_installment");
    int homeOrder = 1;
    QString bankCode;
    QString propertyAddress;
    qint64 priceFen = 0;
    QString purchaseContract;
    QList<LoanPartyInput> parties;
    // combination only
    qint64 commercialAmountFen = 0;
    QString commercialBank;
    int commercialTermMonths = 0;
    QString commercialRate; // "4.2"
    // conversion only
    QString conversionBank;
    QString conversionContract;
    qint64 conversionOutstandingFen = 0;
    QJsonObject toJson() const;
    // The request as one line (equal input, equal text): what a check was made for.
    QString fingerprint() const;
};

struct LoanPartyRecord
{
    QString role;
    QString documentType;
    QString documentNumber;
    QString name;
    qint64 monthlyIncomeFen = 0;
    qint64 monthlyDebtFen = 0;
    bool hasAccount = false;
    bool creditAuthorised = false;
};

// POST /loans/applications (201), GET /loans/applications/{serial} and every lifecycle step.
struct LoanApplication
{
    QString serial;
    QString kind;
    QString status; // accepted | reviewed | approved | refused
    QString officer;
    QString reviewer; // empty until reviewed
    QString approver; // empty until decided
    QString branchCode;
    QDate appliedOn;
    QDate dueOn;
    qint64 amountFen = 0;
    int termMonths = 0;
    QString method;
    int homeOrder = 1;
    QString rate;
    QString propertyAddress;
    qint64 priceFen = 0;
    QString purchaseContract;
    QString bankCode;
    QString bankName;
    LoanJudgement judgement;
    QString refusalReason;
    std::optional<QDateTime> decidedAt;
    std::optional<qint64> commercialAmountFen;
    std::optional<qint64> conversionOutstandingFen;
    QList<LoanPartyRecord> parties;
    static Result<LoanApplication> fromJson(const QJsonObject &json);
};

// The 422 loan.not_eligible problem: the rules as in the check.
struct LoanRefusal
{
    QList<LoanRuleVerdict> rules;
    static Result<LoanRefusal> fromJson(const QJsonObject &json);
};

struct LoanApplicationSummary
{
    QString serial;
    QString kind;
    QString status;
    QDate appliedOn;
    QDate dueOn;
    qint64 amountFen = 0;
    int termMonths = 0;
    QString borrowerName; // masked by the server
    QString branchCode;
    // Not decided and past its due date on `today`.
    bool overdue(QDate today) const;
};

// GET /loans/applications?status=&page=.
struct LoanApplicationPage
{
    QList<LoanApplicationSummary> items;
    int page = 1;
    int pageSize = 20;
    qint64 total = 0;
    static Result<LoanApplicationPage> fromJson(const QJsonObject &json);
};

namespace loans {

bool isStatus(const QString &status);
bool isDecided(const QString &status);

// A read POSTed (identities and incomes stay out of the URL). Answer: LoanCheck.
ApiRequest checkRequest(const LoanRequestInput &input);
void check(ApiClient *api, const LoanRequestInput &input, QObject *context,
           std::function<void(const Reply<LoanCheck> &)> done);
// Answer: LoanApplication; 422 loan.not_eligible → LoanRefusal.
ops::Request apply(const LoanRequestInput &input, const QString &summary);
void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<LoanApplication> &)> done);
// An empty status lists every status.
ApiRequest listRequest(const QString &status, int page);
void list(ApiClient *api, const QString &status, int page, QObject *context,
          std::function<void(const Reply<LoanApplicationPage> &)> done);
// Answer: LoanApplication. 403 loan.same_officer / loan.same_person, 409 loan.step.
ops::Request review(const QString &serial, const QString &summary);
ops::Request approve(const QString &serial, const QString &summary);
ops::Request refuse(const QString &serial, const QString &reason, const QString &summary);

} // namespace loans

} // namespace hpf::client::api
