#pragma once

#include "finance/policy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// Whether a member may withdraw (提取) and how much, judged purely from facts the server gathers
// (account, identity, history, evidence, shared answers) against the withdrawal type's policy row
// in effect today. No database, no clock: the same facts give the same judgement, which is what the
// check route shows and what the create route enforces.
namespace hpf::finance {

// What the member brings (the API's Evidence object); absent values are unset.
struct WithdrawalEvidence
{
    QDate eventDate; // contract signing, permit, 认定, 出境, death
    QString contractNumber;
    std::optional<qint64> priceFen; // price, cost or the lease's total
    QString propertyAddress;
    QString loanBank;
    QString loanContractNumber;
    std::optional<qint64> loanOutstandingFen;
    std::optional<qint64> loanMonthlyFen;
    std::optional<qint64> monthlyRentFen;
    bool heir = false; // an heir object was given (its fields are checked by the reader)
};

enum class MemberSex { Unknown, Male, Female };

struct WithdrawalFacts
{
    QDate today;
    QString accountState;
    qint64 balanceFen = 0;
    qint64 availableFen = 0;   // balance − active holds
    bool judicialHold = false; // a court's freeze (active or waiting) on the account
    bool anyHold = false;      // any active hold (a closure takes the whole balance)
    qint64 interestFen = 0;    // closure: interest to today
    QDate birthDate;           // null when the document does not carry one
    MemberSex sex = MemberSex::Unknown;
    QDate lastOfType;                  // the last withdrawal of this type (null: none)
    qint64 withdrawnOnContractFen = 0; // by anyone on evidence.contractNumber, same type
    WithdrawalEvidence evidence;
    bool ownHome = false;  // a stored property answer found a home of the member
    bool loanOpen = false; // a fund loan of the member is unsettled, or a bank-loan answer found one
    int months = 1;        // periods judged at once (a standing instruction: months per payment)
};

struct RuleOutcome
{
    QString rule; // account_state, event_age, interval, age, no_home, evidence_limit, monthly_cap,
                  // keep_balance, available, heir, loan_open
    bool passed = true;
    QString code;  // the error code when refused
    QString field; // the JSON field it names (e.g. "evidence.eventDate")
    QJsonObject toJson() const;
    bool operator==(const RuleOutcome &) const = default;
};

struct WithdrawalJudgement
{
    QList<RuleOutcome> rules;
    bool eligible = false;
    qint64 maxAmountFen = 0; // closure: balance + interest; else what the rules allow (0 refused)
    // The first failed rule (eligible == false), else null.
    const RuleOutcome *firstFailure() const;
};

// Age in full years on `on` (a 29 February birthday counts on 28 February in common years).
int fullYears(QDate birthDate, QDate on);

WithdrawalJudgement judgeWithdrawal(const WithdrawalType &type, const WithdrawalRule &rule,
                                    const WithdrawalFacts &facts);

} // namespace hpf::finance
