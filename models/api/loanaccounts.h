#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QDate>
#include <QList>
#include <optional>

// The loan account on the client (issue 18, part J): disbursement of a signed application, the
// loan with its current schedule, the list of loans, repayments posted by hand and prepayments.
// The only client code knowing their URLs and JSON (docs/api/openapi.yaml LoanAccount,
// LoanPosting, LoanDisbursed, LoanRepaid, LoanAccountList). Contract numbers and application
// serials may be path segments; nothing personal is ever in a URL.
namespace hpf::client::api {

// One instalment of the current schedule version, with what is paid of it.
struct LoanAccountInstalment
{
    int number = 0;
    QDate dueOn;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 paymentFen = 0;
    qint64 paidPrincipalFen = 0;
    qint64 paidInterestFen = 0;
    qint64 penaltyFen = 0;
    qint64 paidPenaltyFen = 0;
    int daysPastDue = 0;
    std::optional<QDate> paidOn;

    bool paid() const { return paidOn.has_value(); }
    // What is still owed on it: principal, interest and penalty not yet paid.
    qint64 dueFen() const
    {
        return principalFen - paidPrincipalFen + interestFen - paidInterestFen + penaltyFen - paidPenaltyFen;
    }
    // Unpaid after its due date (the server's days-past-due, or the client's date when the daily
    // overdue run has not been yet).
    bool overdue(QDate today) const
    {
        return !paid() && (daysPastDue > 0 || (today.isValid() && today > dueOn));
    }
    bool partlyPaid() const { return !paid() && paidPrincipalFen + paidInterestFen + paidPenaltyFen > 0; }
};

struct LoanAccount
{
    QString contractNumber;
    QString applicationSerial;
    QString status; // repaying | overdue | settled (awaiting_disbursement is never read back)
    qint64 principalFen = 0;
    qint64 outstandingFen = 0;
    QString rate; // percent as the server writes it, "2.6"
    qint64 ratePpm = 0;
    QString method; // equal_installment | equal_principal
    int termMonths = 0;
    QDate firstDueOn;
    bool fromFundBalance = false;
    int scheduleVersion = 1;
    std::optional<QDate> disbursedOn;
    std::optional<QDate> settledOn;
    QList<LoanAccountInstalment> instalments;

    bool settled() const { return status == u"settled"; }
    // The first unpaid instalment, or null when every one is paid.
    const LoanAccountInstalment *nextDue() const;
    // What a repayment may pay today (mirrors the server's rule: what is due up to `today` plus the
    // next instalment not yet due); the server decides, this only guides the input.
    qint64 repayableFen(QDate today) const;
    static LoanAccount read(Reader &reader);
    static Result<LoanAccount> fromJson(const QJsonObject &json);
};

struct LoanAccountPosting
{
    QString serial;
    QString kind;   // disbursement | instalment | prepayment | penalty
    QString source; // bank | fund | center
    int instalmentNumber = 0;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 penaltyFen = 0;
    qint64 amountFen = 0;
    qint64 outstandingAfterFen = 0;
    QDate valueDate;
    static LoanAccountPosting read(Reader &reader);
};

// POST …/disburse.
struct LoanDisbursed
{
    QString serial;
    LoanAccount loan;
    Receipt receipt;
    static Result<LoanDisbursed> fromJson(const QJsonObject &json);
};

// POST …/repayments and …/prepayments.
struct LoanRepaid
{
    LoanAccountPosting posting;
    LoanAccount loan;
    Receipt receipt;
    static Result<LoanRepaid> fromJson(const QJsonObject &json);
};

struct LoanAccountSummary
{
    QString contractNumber;
    QString applicationSerial;
    QString status;
    qint64 principalFen = 0;
    qint64 outstandingFen = 0;
    int termMonths = 0;
    std::optional<QDate> disbursedOn;
    QString borrowerName; // masked by the server
    QString branchCode;
};

// GET /loans/accounts?status=&page=.
struct LoanAccountList
{
    QList<LoanAccountSummary> items;
    int page = 1;
    int pageSize = 20;
    qint64 total = 0;
    static Result<LoanAccountList> fromJson(const QJsonObject &json);
};

// What the desk needs of an application to find its loan: GET /loans/applications/{serial}.
struct LoanApplicationRef
{
    QString serial;
    QString status;         // accepted … signed | disbursed
    QString contractNumber; // empty until disbursed
    qint64 amountFen = 0;
    int termMonths = 0;
    static Result<LoanApplicationRef> fromJson(const QJsonObject &json);
};

struct PrepaymentInput
{
    enum class Kind { Partial, Full };
    Kind kind = Kind::Partial;
    qint64 amountFen = 0; // partial only
    bool keepTerm = true; // partial: keep the term (lower payment) or keep the payment (shorter term)
};

namespace loanaccounts {

bool isStatus(const QString &status); // repaying | overdue | settled

// An application serial (YW + 16 digits) or a contract number (DK + 16 digits) as typed: full-width
// forms and spaces are normalised, letters upper-cased. Errors loan.lookup_format (field "lookup").
struct LookupKey
{
    bool contract = false; // else an application serial
    QString value;
};
Result<LookupKey> parseLookup(const QString &typed);

// A repayment or prepayment amount as typed, checked before it is sent: money.* codes for the
// format (more than two decimals, too many digits), loan.amount_zero for zero, and
// loan.repay_above_due when it is above `maximumFen` (0: no local maximum). The field is
// `amountFen` as the server names it.
Result<qint64> parseAmount(const QString &typed, qint64 maximumFen = 0);

ops::Request disburse(const QString &serial, bool fromFundBalance, const QString &summary);
ApiRequest getRequest(const QString &contract);
void get(ApiClient *api, const QString &contract, QObject *context,
         std::function<void(const Reply<LoanAccount> &)> done);
ApiRequest applicationRequest(const QString &serial);
void application(ApiClient *api, const QString &serial, QObject *context,
                 std::function<void(const Reply<LoanApplicationRef> &)> done);
ApiRequest listRequest(const QString &status, int page);
void list(ApiClient *api, const QString &status, int page, QObject *context,
          std::function<void(const Reply<LoanAccountList> &)> done);
ops::Request repay(const QString &contract, qint64 amountFen, const QString &summary);
ops::Request prepay(const QString &contract, const PrepaymentInput &input, const QString &summary);

} // namespace loanaccounts

} // namespace hpf::client::api
