#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 21: the loan account (issue 18, part B) — the disbursed loan, its instalments by
// schedule version and every posting against it.
Migration loanAccountMigration();

} // namespace hpf::server
