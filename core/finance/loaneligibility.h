#pragma once

#include "base/result.h"
#include "finance/loan.h"
#include "finance/policy.h"

#include <QDate>
#include <QList>
#include <QString>

// The loan officer's judgement of one application: every eligibility rule as a verdict (passed or
// not, with its stable code and the request field it concerns), the rate in force, the limit with
// its binding bound and the first payment. Pure: the server gathers the facts from the ledger and
// the outside systems; the client can show the same verdicts from the same facts.
namespace hpf::finance {

// Rule ids, in the order judgeLoan lists them (stable: stored in the application's judgement).
namespace loanrule {
inline constexpr char kDepositMonths[] = "deposit_months";            // 连续足额缴存 ≥ policy
inline constexpr char kHouseholdLoan[] = "household_loan";            // no open fund loan (一人多贷)
inline constexpr char kThirdHome[] = "third_home";                    // third home or third loan
inline constexpr char kSecondAfterSettled[] = "second_after_settled"; // second loan: first settled
inline constexpr char kAgeTerm[] = "age_term";                        // age + term ≤ maxAgeAtEnd
inline constexpr char kTerm[] = "term";                               // 1..maxTermMonths
inline constexpr char kIncomeShare[] = "income_share";                // payment + debts ≤ income × share
inline constexpr char kAmount[] = "amount";                           // requested ≤ limit
} // namespace loanrule

struct LoanFacts
{
    QDate applicationDate;
    QDate birthDate;                            // the borrower's (from the identity number)
    int continuousDepositMonths = 0;            // the borrower's 连续足额缴存月数, from the journal
    HomeOrder declaredOrder = HomeOrder::First; // what the applicant / housing registry says
    int openLoans = 0;    // unsettled fund loans of the borrower or the spouse (the household)
    int settledLoans = 0; // settled fund loans of the borrower or the spouse
    qint64 amount = 0;    // fen, requested
    int termMonths = 0;
    RepaymentMethod method = RepaymentMethod::EqualInstallment;
    qint64 price = 0;          // fen, house price
    qint64 depositBalance = 0; // fen, borrower + co-borrowers
    qint64 monthlyIncome = 0;  // fen, counted household income
    qint64 monthlyDebt = 0;    // fen, other monthly repayments already owed
};

struct LoanVerdict
{
    QString rule; // loanrule::k…
    bool passed = false;
    QString code;   // the refusal code when !passed (loan.deposit_months …), empty when passed
    QString field;  // the request field the refusal concerns
    QString detail; // English, for logs of the decision and tests; the client shows the code's text
    bool operator==(const LoanVerdict &) const = default;
};

struct LoanJudgement
{
    QList<LoanVerdict> rules; // all eight, in loanrule order
    bool eligible = false;    // every rule passed
    // The order the loan is priced at: a declared first home with a settled fund loan in the
    // household is a second loan (second-home rate and price ratio); two earlier loans make it a
    // third.
    HomeOrder homeOrder = HomeOrder::First;
    bool priced = false; // rate, limit and firstPayment are meaningful (not for a third home)
    Rate rate;           // the rate in force on the application date for homeOrder and the term
    LoanLimit limit;
    qint64 firstPayment = 0; // fen, the first (largest) payment of the requested amount
    qint64 maxPayment = 0;   // fen, income × share − other debts (may be negative)

    const LoanVerdict *firstFailed() const;
};

// Malformed facts are errors, not verdicts: loan.term_invalid ("termMonths" ≤ 0 or above the
// 600 months any schedule allows), loan.amount_invalid ("amountFen" ≤ 0 or above the money
// maximum), loan.price_invalid ("price"), loan.balance_invalid, loan.income_invalid,
// loan.date_invalid (no application date), loan.deposit_months_invalid (negative),
// loan.count_invalid (negative loan counts). `rates` and `limits` are the rows in force on the
// application date (Policy::loanRatesAt / loanLimitsAt).
Result<LoanJudgement> judgeLoan(const LoanLimits &limits, const LoanRates &rates, const LoanFacts &facts);

// "deposit_months" … as written in the judgement JSON; the ids in judgement order.
QStringList loanRuleIds();

} // namespace hpf::finance
