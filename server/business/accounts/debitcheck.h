#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"

// Whether money may leave an account (withdrawals now; transfers and closing later), inside the
// caller's transaction with the account row locked: the one place that tells a member's money held
// by a judicial freeze (account.frozen) from money the account simply does not have.
namespace hpf::server {

struct ServiceContext;

// Errors (field amountFen): account.frozen when the amount is within the balance but above what a
// judicial freeze leaves available — the detail names the available amount and never a court or a
// case (judicial details are confidential); account.insufficient_available otherwise.
Status checkDebit(ServiceContext &ctx, const AccountRow &account, qint64 amountFen);

} // namespace hpf::server
