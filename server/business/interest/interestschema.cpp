#include "business/interest/interestschema.h"

namespace hpf::server {

Migration interestMigration()
{
    return Migration{18,
                     u"yearly interest settlement runs and postings (issue 17)"_qs,
                     {
                         uR"(CREATE TABLE interest_runs (
            year INTEGER PRIMARY KEY, settlement_date TEXT NOT NULL, status TEXT NOT NULL,
            serial TEXT, cursor_id BIGINT NOT NULL DEFAULT 0, accounts_posted BIGINT NOT NULL DEFAULT 0,
            total_interest_fen BIGINT NOT NULL DEFAULT 0, chunks BIGINT NOT NULL DEFAULT 0,
            started_at BIGINT, finished_at BIGINT, created_at BIGINT NOT NULL))"_qs,
                         uR"(CREATE TABLE interest_postings (
            account_id BIGINT NOT NULL REFERENCES accounts(id), year INTEGER NOT NULL,
            unit_id BIGINT NOT NULL REFERENCES units(id), serial TEXT NOT NULL, period_from TEXT NOT NULL,
            opening_balance_fen BIGINT NOT NULL, interest_fen BIGINT NOT NULL,
            closing_balance_fen BIGINT NOT NULL, posted_at BIGINT NOT NULL,
            PRIMARY KEY (account_id, year)))"_qs,
                         uR"(CREATE INDEX interest_postings_unit ON interest_postings(unit_id, year))"_qs,
                     }};
}

} // namespace hpf::server
