#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"
#include "finance/interest.h"

#include <QDate>

// Interest owed on an account up to a transaction date (finance::closingInterest: from the day after
// the last settlement day, or the opening, up to and not including `date`), from the account's own
// journal: what closing, transfers and merges credit before the balance moves. Entries dated
// `date` itself earn nothing yet and are left out.
namespace hpf::server {

struct ServiceContext;

// Errors: interest.* and policy.not_in_effect (core/finance/interest.h), db.*.
Result<finance::InterestResult> interestToDate(ServiceContext &ctx, const AccountRow &account, QDate date);

} // namespace hpf::server
