#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 24 (issue 18, part G): outside systems' answers kept with loan applications
// (loan_outside_answers) and the monthly 征信报送 (loan_credit_submissions).
Migration loanOutsideMigration();

} // namespace hpf::server
