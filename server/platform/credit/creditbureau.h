#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The credit-system port (征信系统, issue 18 part G): a person's credit report, fetched only with
// the authorisation (征信授权) the person gave at the counter, and the monthly loan-data submission
// (征信报送) of every fund loan. Both are slow outside work: callers ask OUTSIDE any database
// transaction (a route between its read and write transactions, a job's prepare step) and store
// the answer afterwards (business/loan/outside/loanoutside.h). The training implementation is
// integration/credit/trainingcreditbureau.h; a real one talks to the credit system's front end.
namespace hpf::server {

// Who the report is about (the identity travels to the bureau, never into a log or URL).
struct CreditSubject
{
    QString documentType;
    QString documentNumber;
    QString name;
};

struct CreditReport
{
    bool found = false;
    QString summary;   // one line for the counter, personal data masked ("未结清贷款 1 笔 …")
    QJsonObject facts; // what the bureau said, e.g. {"openLoans": 1, "overdueAccounts": 0}
    QString provider;  // which bureau answered ("TRAINING credit bureau" for the training one)
};

// One loan's status row of a month's submission.
struct CreditStatusRow
{
    QString contract;           // the loan contract number
    qint64 balanceFen = 0;      // principal outstanding
    int instalmentsOverdue = 0; // due by the month's end and unpaid then
    QString status;             // repaying | overdue | settled (the loan's status)
    bool settled = false;
    QString settledOn; // ISO date or empty
    QJsonObject toJson() const;
};

struct CreditSubmissionReceipt
{
    QString reference; // the bureau's reference of the batch (stable for a month)
    QString provider;
};

class CreditBureau
{
public:
    virtual ~CreditBureau() = default;
    // `authorisation` names the recorded 征信授权 (never empty). Errors: credit.unavailable.
    // Thread-safe.
    virtual Result<CreditReport> fetchReport(const CreditSubject &subject,
                                             const QString &authorisation) const = 0;
    // The month's batch ("yyyy-MM"); idempotent on the month: submitting a month again replaces
    // the same batch and answers the same reference. Errors: credit.unavailable.
    virtual Result<CreditSubmissionReceipt> submitMonth(const QString &month,
                                                        const QList<CreditStatusRow> &rows) const = 0;
};

} // namespace hpf::server
