#pragma once

#include "platform/store/migrations.h"

namespace hpf::server {

// Migration 18 (issue 17): the yearly interest settlement (结息).
// interest_runs: one row per settlement year — status queued/running/done, the id cursor of the
// last chunk committed (the job resumes after it), the run's serial and its running totals.
// interest_postings: one row per account and year, PRIMARY KEY (account_id, year), written in the
// same transaction as the account's journal 09 row: the guarantee that no account is credited twice
// for a year however often the job is interrupted or however many servers run it. The unit of the
// account at posting time is kept for the per-unit statement (an account may change units later).
Migration interestMigration();

} // namespace hpf::server
