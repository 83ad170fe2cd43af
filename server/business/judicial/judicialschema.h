#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 11 (issue 15): the judicial lifecycle. `holds` is rebuilt with the lifecycle columns
// (a whole-balance freeze has amount 0, which the old CHECK refused); `accounts.claim_fen` is the
// claim of the open holds (an amount freeze's remaining amount, a whole-balance freeze's
// money::kMaximumFen, security holds' amounts) so that every balance movement keeps
// held_fen = min(balance_fen, claim_fen) in the same UPDATE; `judicial_requests` keeps every court
// request in full with the columns to search by.
Migration judicialMigration();

} // namespace hpf::server
