#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 20: loan applications (受理 → 审核 → 审批) and their parties (issue 18).
Migration loanMigration();

} // namespace hpf::server
