#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 提取 (issue 17): the eligibility check with the sharing interfaces' answers, the withdrawal itself
// (partial or closing the account), and the standing rent instruction (租房提取委托). The only
// client code knowing their URLs and JSON. Personal account numbers, payee accounts and heirs'
// document numbers travel in bodies only; a withdrawal serial and an instruction id may be path
// segments.
namespace hpf::client::api {

struct WithdrawalHeir
{
    QString name;
    QString documentType; // code table document_type
    QString documentNumber;
    QString relation;
};

// What the teller typed as evidence; unset members are not sent (the type's rule decides which
// ones it needs and names the missing one as "evidence.<key>").
struct WithdrawalEvidence
{
    std::optional<QDate> eventDate;
    QString contractNumber;
    std::optional<qint64> priceFen;
    QString propertyAddress;
    QString loanBank;
    QString loanContractNumber;
    std::optional<qint64> loanOutstandingFen;
    std::optional<qint64> loanMonthlyFen;
    std::optional<qint64> monthlyRentFen;
    std::optional<WithdrawalHeir> heir;
    bool isEmpty() const;
    QJsonObject toJson() const;
    // The evidence as one line (equal evidence, equal text): what a check was made for.
    QString fingerprint() const;
};

// The bank account the money goes to, as typed (the builder normalises full-width digits and spaces).
struct PayeeInput
{
    QString bankCode;
    QString accountNumber;
    QString name;
    QJsonObject toJson() const;
};

// A payee as the server shows it: the account masked (first 4 and last 4).
struct Payee
{
    QString bankCode;
    QString bankName;
    QString accountMasked;
    QString name;
    static Payee read(Reader &reader);
};

// One eligibility rule and its verdict; `rule` is one of account_state, event_age, interval, age,
// no_home, evidence_limit, monthly_cap, keep_balance, available, heir, loan_open.
struct WithdrawalRuleVerdict
{
    QString rule;
    bool passed = false;
    QString code;  // the error code when refused
    QString field; // the request field it concerns ("evidence.eventDate"), may be empty
    static WithdrawalRuleVerdict read(Reader &reader);
};

struct SatisfiedBy
{
    QString answerId;
    QString source; // property | bank_loan | marriage
};

struct WithdrawalMaterial
{
    QString code;
    QString name;
    QString nameEn;
    bool required = false;
    int minPages = 0;
    std::optional<SatisfiedBy> satisfiedBy; // a stored sharing answer stands in for the scan
};

struct SharedAnswer
{
    QString id;
    QString source; // property | bank_loan | marriage
    QString provider;
    bool found = false;
    QString summary; // one line, masked by the server
    QDateTime fetchedAt;
};

// POST /withdrawals/check.
struct WithdrawalCheck
{
    QString accountNumber;
    QString type;
    QString typeName;
    QString reason; // TQYY
    bool closesAccount = false;
    QString state;
    QString stateLabel;
    qint64 balanceFen = 0;
    qint64 availableFen = 0;
    bool restricted = false; // a judicial hold exists (details are never shown here)
    QList<WithdrawalRuleVerdict> rules;
    bool eligible = false;
    qint64 maxAmountFen = 0;
    qint64 interestFen = 0;      // closure types: interest to today
    qint64 closingAmountFen = 0; // closure types: balance + interest
    qint64 grantAboveFen = 0;    // 0: no grant needed whatever the amount
    QList<WithdrawalMaterial> materials;
    QList<SharedAnswer> sharedAnswers;
    // The first refused rule, or null when every rule passed.
    const WithdrawalRuleVerdict *firstRefusal() const;
    // Whether withdrawing `amountFen` needs a supervisor's grant.
    bool needsGrant(qint64 amountFen) const { return grantAboveFen > 0 && amountFen > grantAboveFen; }
    static Result<WithdrawalCheck> fromJson(const QJsonObject &json);
};

// POST /withdrawals, GET /withdrawals/{serial}.
struct Withdrawal
{
    QString serial;
    QString type;
    QString typeName;
    QString reason;
    QString accountNumber;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 amountFen = 0;
    qint64 balanceFen = 0;
    qint64 availableFen = 0;
    bool closed = false;
    QString closeReason; // close_reason code when closed
    QDate valueDate;
    Payee payee;
    struct Material
    {
        QString code;
        QString satisfiedBy; // the answer id, empty: to be scanned
    };
    QList<Material> materials;
    Receipt receipt;
    // The material codes a stored sharing answer satisfied (the archive desk treats them as done).
    QStringList satisfiedMaterials() const;
    static Result<Withdrawal> fromJson(const QJsonObject &json);
};

// The 422 withdrawal.not_eligible problem: the rules as in the check.
struct WithdrawalRefusal
{
    QList<WithdrawalRuleVerdict> rules;
    static Result<WithdrawalRefusal> fromJson(const QJsonObject &json);
};

struct WithdrawalCheckQuery
{
    QString accountNumber;
    QString type;
    std::optional<qint64> amountFen;
    WithdrawalEvidence evidence;
    bool queryShared = false;
};

struct WithdrawalApplication
{
    QString accountNumber;
    QString type;
    std::optional<qint64> amountFen; // closure types may leave it out (the server pays balance + interest)
    WithdrawalEvidence evidence;
    QStringList sharedAnswerIds;
    PayeeInput payee;
    QString memo;
};

struct InstructionPayment
{
    QDate dueOn;
    QString serial; // empty when skipped
    qint64 amountFen = 0;
    QString outcome; // paid | skipped
    QString reason;
    QDateTime at;
};

// A standing rent instruction (租房提取委托).
struct Instruction
{
    QString id;
    QString accountNumber;
    QString status; // active | suspended | ended
    QString statusReason;
    QString frequency; // monthly | quarterly
    qint64 amountFen = 0;
    QString startMonth;
    QString endMonth; // empty: open-ended
    std::optional<QDate> nextDue;
    Payee payee;
    QDateTime createdAt;
    QList<InstructionPayment> payments; // GET only
    static Instruction read(Reader &reader);
};

// POST /withdrawals/instructions: {"instruction", "receipt"}; GET and end: {"instruction"}.
struct InstructionAnswer
{
    Instruction instruction;
    std::optional<Receipt> receipt;
    static Result<InstructionAnswer> fromJson(const QJsonObject &json);
};

struct InstructionList
{
    QList<Instruction> items;
    static Result<InstructionList> fromJson(const QJsonObject &json);
};

struct InstructionApplication
{
    QString accountNumber;
    QString frequency;
    qint64 amountFen = 0;
    QString startMonth;
    QString endMonth; // empty: not sent
    WithdrawalEvidence evidence;
    QStringList sharedAnswerIds;
    PayeeInput payee;
};

namespace withdrawals {

// Half-width digits without spaces, as the server normalises a bank account ("６２２２ ０２…").
QString normaliseDigits(const QString &text);

// A read POSTed (the account number stays out of the URL); queryShared makes the server ask the
// sharing interfaces first. Answer: WithdrawalCheck.
ApiRequest checkRequest(const WithdrawalCheckQuery &query);
void check(ApiClient *api, const WithdrawalCheckQuery &query, QObject *context,
           std::function<void(const Reply<WithdrawalCheck> &)> done);
// Answer: Withdrawal; 422 withdrawal.not_eligible → WithdrawalRefusal.
ops::Request create(const WithdrawalApplication &application, const QString &summary);
void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<Withdrawal> &)> done);

// Standing rent instructions.
ops::Request instruct(const InstructionApplication &application, const QString &summary); // + receipt
ApiRequest instructionsRequest(const QString &accountNumber);
void instructions(ApiClient *api, const QString &accountNumber, QObject *context,
                  std::function<void(const Reply<InstructionList> &)> done);
void instruction(ApiClient *api, const QString &id, QObject *context,
                 std::function<void(const Reply<InstructionAnswer> &)> done);
ops::Request endInstruction(const QString &id, const QString &reason, const QString &summary);

} // namespace withdrawals

} // namespace hpf::client::api
