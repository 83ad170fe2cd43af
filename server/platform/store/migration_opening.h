#pragma once

#include "platform/store/migrations.h"

// Migration 2 (issue 5, account opening end to end): unit and account profiles, person contact
// data, the flexible-employment unit marker, receipts with reprint counts, and the switch of unit
// and personal account numbers to the check-character format of core/domain/accountnumber.h
// (existing numbers get their check character appended; old → new is kept in
// account_number_history).
namespace hpf::server {

Migration openingMigration();

} // namespace hpf::server
