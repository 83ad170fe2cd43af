#pragma once

#include "base/result.h"
#include "finance/policy.h"
#include "finance/rate.h"

#include <QDate>
#include <QList>

// Deposit interest by the 积数 method on a 360-day basis: interest = Σ(balance × days) × annual
// rate ÷ 360, summed exactly over every (balance, rate) segment and rounded half-up to the fen
// once at the end. Days are actual calendar days; periods are half-open [from, to): 算头不算尾.
namespace hpf::finance {

// A credit (> 0) or debit (< 0) to the account, in effect from `date` on (the day counts with the
// new balance).
struct Movement
{
    QDate date;
    qint64 amount = 0; // fen, signed
};

// One stretch with a constant balance and rate.
struct InterestSegment
{
    QDate from; // inclusive
    QDate to;   // exclusive
    qint64 balance = 0;
    Rate annualRate;
    qint64 days() const { return from.daysTo(to); }
};

struct InterestResult
{
    QDate from;
    QDate to;
    qint64 openingBalance = 0;
    qint64 closingBalance = 0; // after all movements, before interest is added
    qint64 interest = 0;       // fen, rounded half-up once
    QList<InterestSegment> segments;
};

// Interest on [from, to) with the given rate table (sorted by effectiveFrom; the rate in effect on a
// day applies to that day). Movements may come in any order (same-day ones are summed).
// Errors: interest.period_invalid (field "period": invalid dates or to < from),
// interest.movement_out_of_range (field "movements": a date outside [from, to)),
// interest.negative_balance (field "movements": the balance would drop below zero),
// interest.opening_invalid (field "openingBalance" < 0 or above money::kMaximumFen),
// interest.movement_invalid (field "movements": an invalid date or |amount| above the maximum),
// interest.balance_too_large (field "movements": the balance would exceed money::kMaximumFen),
// policy.not_in_effect when no rate covers `from`.
Result<InterestResult> computeInterest(qint64 openingBalance, const QList<Movement> &movements, QDate from,
                                       QDate to, const QList<DepositRate> &rates);

// The last settlement date on or before `date` (e.g. 2025-06-30 for any date from 2025-06-30 to
// 2026-06-29).
QDate lastSettlementOnOrBefore(QDate date, SettlementDay day);

// The interest year that ends on the settlement day of `year`: [day after the previous settlement,
// day after this settlement) — for 30 June: [(year-1)-07-01, year-07-01).
struct Period
{
    QDate from; // inclusive
    QDate to;   // exclusive
};
Period settlementPeriod(int year, SettlementDay day);

// Yearly settlement (结息) for `year` with the policy's settlement day and rates.
Result<InterestResult> settlementInterest(const Policy &policy, int year, qint64 openingBalance,
                                          const QList<Movement> &movements);

// One entry of an account's journal as the interest computations read it.
struct JournalEntry
{
    QDate date; // value date
    qint64 amount = 0;
    bool interest = false; // business type 09: interest credited
};

// An account's interest over `period` from its journal. Interest starts on the period's first day,
// the opening day when later, or the value date of interest already credited inside the period (a
// closure's or transfer's 09 covered the days before it). `balanceBefore` is the sum of every entry
// dated before the period (a sum, not the last balance: the yearly 09 dated the settlement day is
// posted after entries dated later). `entries` are those dated inside the period, in any order;
// entries dated `period.to` or later only end the interest when they are interest.
// Errors as computeInterest.
Result<InterestResult> journalInterest(qint64 balanceBefore, const QList<JournalEntry> &entries,
                                       const Period &period, QDate openedOn, const QList<DepositRate> &rates);

// Interest owed on 销户提取 or 外部转出 on `transactionDate`: from the day after the last settlement
// (or from `openedOn` when the account was opened later) up to, not including, the transaction
// date. `openingBalance` is the balance at the start of that period.
// Errors as computeInterest; interest.period_invalid when transactionDate < openedOn.
Result<InterestResult> closingInterest(const Policy &policy, QDate openedOn, QDate transactionDate,
                                       qint64 openingBalance, const QList<Movement> &movements);

} // namespace hpf::finance
