#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"
#include "finance/interest.h"

#include <QDate>

// Interest owed on an account up to a transaction date, from the account's own journal: what
// closing, transfers and merges credit before the balance moves. Two parts: the latest settlement
// year when the yearly run (business/interest/interestjob.cpp) has not credited the account yet —
// computed as that run would — and finance::closingInterest's stretch from the day after that
// settlement day (or the opening) up to and not including `date`, on the balance with the year's
// interest added. Entries dated `date` itself earn nothing yet.
namespace hpf::server {

struct ServiceContext;

struct InterestOwed
{
    qint64 interest = 0;   // fen: the year's interest plus the interest to date
    int unsettledYear = 0; // the settlement year included here (0: the yearly run had credited it)
    finance::InterestResult year;
    finance::InterestResult toDate;
};

// Errors: interest.* and policy.not_in_effect (core/finance/interest.h), db.*.
Result<InterestOwed> interestToDate(ServiceContext &ctx, const AccountRow &account, QDate date);

// Credits `owed` as one journal 09 of its own serial dated today with `memo`, and when it includes
// an unsettled year, takes that year's key in interest_postings so the yearly run leaves the account
// alone and the unit's statement lists it. Returns the serial (empty when nothing was owed).
// Error db.conflict (retryable: the yearly run credited the account meanwhile).
Result<QString> postInterestOwed(ServiceContext &ctx, const AccountRow &account, const InterestOwed &owed,
                                 const QString &memo);

} // namespace hpf::server
