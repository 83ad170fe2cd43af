#pragma once

#include "base/result.h"
#include "business/accounts/interesttodate.h"
#include "business/opening/openingcommon.h"
#include "finance/withdrawalrules.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <optional>

// Withdrawals (提取) and closure (销户提取), issue 17: the check the counter shows before it takes
// the application (rules, maximum, materials, shared answers), the withdrawal itself and its read
// back. The rules are core's (finance/withdrawalrules.h); this file gathers their facts, moves the
// money through the journal and keeps the record. The JSON shapes are docs/api/openapi.yaml's
// WithdrawalCheck and Withdrawal.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcWithdrawal)

struct ServiceContext;
struct AccountRow;
struct StoredAnswer;

struct Payee
{
    QString bankCode;      // 3 digits of the entrusted banks (business/reference/banks.h)
    QString accountNumber; // 8..32 digits once full-width digits and spaces are normalised
    QString name;          // 1..60
    // {"bankCode", "bankName", "accountMasked", "name"}
    QJsonObject maskedJson() const;
};

// "6222 0212 3456 7890" → "6222********7890" (first 4 and last 4 kept).
QString maskBankAccount(const QString &digits);

// Normalises `payee` in place. Errors: payee.bank (bankCode), payee.account (accountNumber),
// payee.name (name); fields under `prefix` ("payee.").
Status normalizePayee(Payee &payee, const QString &prefix = QStringLiteral("payee."));

struct WithdrawalRequest
{
    QString accountNumber;
    QString type;
    std::optional<qint64> amountFen;
    finance::WithdrawalEvidence evidence;
    QJsonObject evidenceJson; // as sent (stored with the record)
    QStringList sharedAnswerIds;
    Payee payee;              // create only
    QString memo;             // create only, ≤ 200
    bool queryShared = false; // check only
};

// Before any transaction: account_number.* (accountNumber), withdrawal.type (type), and for a
// create the payee (payee.*) and amountFen required unless the type closes the account.
Status checkWithdrawalRequest(ServiceContext &ctx, WithdrawalRequest &request, bool create);

// The person a check asks the sharing interfaces about, read in a read transaction (branch checked).
struct ShareQuestion
{
    qint64 personId = 0;
    QString documentType;
    QString documentNumber;
    QString name;
    QStringList sources; // the type's sharedSources
};
Result<ShareQuestion> shareQuestion(ServiceContext &ctx, const WithdrawalRequest &request);

// POST /withdrawals/check, in a read (or the answers' write) transaction. Errors: account.not_found,
// auth.branch_denied, withdrawal.type, policy.not_in_effect.
Result<QJsonObject> checkWithdrawal(ServiceContext &ctx, const WithdrawalRequest &request);

// POST /withdrawals, in the dispatcher's write transaction. Refusals as the contract lists them;
// withdrawal.not_eligible (and account.state / account.frozen / account.insufficient_available
// when a rule refuses) carry the problem member "rules" in `refusal`.
Result<QJsonObject> withdraw(ServiceContext &ctx, const WithdrawalRequest &request, Refusal *refusal);

// GET /withdrawals/{serial}: the answer as given. Errors withdrawal.not_found, auth.branch_denied.
Result<QJsonObject> getWithdrawal(ServiceContext &ctx, const QString &serial);

// ---- shared with the standing instructions (instructionservice.cpp) ---------------------------

// Everything the rules need about an account (locked by the caller for a write) on ctx's today;
// for a type that closes the account, the interest owed also into `owed` when given.
Result<finance::WithdrawalFacts> gatherFacts(ServiceContext &ctx, const AccountRow &account,
                                             const QString &type, const finance::WithdrawalEvidence &evidence,
                                             const QList<StoredAnswer> &answers,
                                             InterestOwed *owed = nullptr);

// Stores a paid withdrawal row (GET /withdrawals/{serial} reads `body` back).
struct WithdrawalRecord
{
    QString serial;
    qint64 accountId = 0;
    qint64 personId = 0;
    qint64 branchId = 0;
    QString type;
    QString reason;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 amountFen = 0;
    bool closed = false;
    QString contractNumber;
    Payee payee;
    QJsonObject evidence;
    QStringList sharedAnswerIds;
    qint64 instructionId = 0;
    QString valueDate;
    QJsonObject body;
};
Status storeWithdrawal(ServiceContext &ctx, const WithdrawalRecord &record);

} // namespace hpf::server
