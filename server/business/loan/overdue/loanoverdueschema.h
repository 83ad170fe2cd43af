#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 23: overdue loans (issue 18, part F) — the day up to which an instalment's 罚息 is
// accrued, and the reminders queue (催收).
Migration loanOverdueMigration();

} // namespace hpf::server
