#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 17 (issue 17): what contributions keep besides the remittances table —
// base_adjustments and base_adjustment_rows (基数调整: the unit's ratios and each employee's base
// before and after, from the effective day on; together they are the base history that says which
// base and ratios were in effect in a month), back_payments (补缴, one row per posting; the money is
// in the journal as type 02 with its month) and deferrals (缓缴, approved per unit for a range of
// months).
Migration contributionMigration();

} // namespace hpf::server
