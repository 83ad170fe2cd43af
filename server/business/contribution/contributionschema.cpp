#include "business/contribution/contributionschema.h"

namespace hpf::server {

Migration contributionMigration()
{
    return Migration{
        17,
        u"contributions: base adjustments (the base history), back payments, deferrals (issue 17)"_qs,
        {
            // One adjustment per unit and year (adjustment.duplicate); the ratios before and after
            // so that a month before effective_from is computed with the old ones.
            uR"(CREATE TABLE base_adjustments (
            id {{PK}}, unit_id BIGINT NOT NULL REFERENCES units(id), year INTEGER NOT NULL,
            effective_from TEXT NOT NULL, serial TEXT NOT NULL UNIQUE,
            old_unit_ratio_ppm BIGINT NOT NULL, new_unit_ratio_ppm BIGINT NOT NULL,
            old_personal_ratio_ppm BIGINT NOT NULL, new_personal_ratio_ppm BIGINT NOT NULL,
            row_count INTEGER NOT NULL, clamped INTEGER NOT NULL, unchanged INTEGER NOT NULL,
            operator_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL,
            UNIQUE (unit_id, year)))"_qs,
            // clamp: none | floor | ceiling.
            uR"(CREATE TABLE base_adjustment_rows (
            adjustment_id BIGINT NOT NULL REFERENCES base_adjustments(id),
            account_id BIGINT NOT NULL REFERENCES accounts(id), row_no INTEGER NOT NULL,
            old_base_fen BIGINT NOT NULL, requested_base_fen BIGINT NOT NULL, new_base_fen BIGINT NOT NULL,
            clamp TEXT NOT NULL, PRIMARY KEY (adjustment_id, account_id)))"_qs,
            uR"(CREATE INDEX base_adjustment_rows_account ON base_adjustment_rows(account_id))"_qs,
            uR"(CREATE TABLE back_payments (
            id {{PK}}, unit_id BIGINT NOT NULL REFERENCES units(id), month TEXT NOT NULL,
            reason TEXT NOT NULL, memo TEXT NOT NULL DEFAULT '', serial TEXT NOT NULL UNIQUE,
            employees INTEGER NOT NULL, total_fen BIGINT NOT NULL,
            operator_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX back_payments_unit ON back_payments(unit_id, id))"_qs,
            // approved_by: the supervisor whose grant approved it (user name).
            uR"(CREATE TABLE deferrals (
            id {{PK}}, unit_id BIGINT NOT NULL REFERENCES units(id), from_month TEXT NOT NULL,
            to_month TEXT NOT NULL, reason TEXT NOT NULL, memo TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL UNIQUE, approved_by TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'approved',
            operator_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX deferrals_unit ON deferrals(unit_id, from_month))"_qs,
            // "Is this person-month paid?" reads the journal by account and month.
            uR"(CREATE INDEX journal_account_month ON journal(account_id, month))"_qs,
        }};
}

} // namespace hpf::server
