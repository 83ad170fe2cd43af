#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 16: shared answers, withdrawals, standing rent instructions and their payments.
Migration withdrawalMigration();

} // namespace hpf::server
