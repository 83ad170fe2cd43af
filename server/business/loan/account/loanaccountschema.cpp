#include "business/loan/account/loanaccountschema.h"

namespace hpf::server {

Migration loanAccountMigration()
{
    return Migration{21,
                     u"loan accounts, instalments and postings (issue 18)"_qs,
                     {
                         // One loan per signed application, made at disbursement. status: repaying | overdue
                         // | settled (awaiting_disbursement is kept for a bank that pays out later).
                         // outstanding_fen: the principal still owed. from_fund_balance: the borrower chose
                         // to repay from the fund account (提取还贷), so the instalment job debits it.
                         // schedule_version: the current version in loan_instalments (a prepayment adds one).
                         uR"(CREATE TABLE loans (
            id {{PK}}, application_id BIGINT NOT NULL UNIQUE REFERENCES loan_applications(id),
            contract_number TEXT NOT NULL UNIQUE, account_id BIGINT NOT NULL REFERENCES accounts(id),
            person_id BIGINT NOT NULL REFERENCES persons(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            principal_fen BIGINT NOT NULL, outstanding_fen BIGINT NOT NULL, rate_ppm BIGINT NOT NULL,
            method TEXT NOT NULL, term_months INTEGER NOT NULL, first_due_on TEXT NOT NULL,
            status TEXT NOT NULL, from_fund_balance INTEGER NOT NULL DEFAULT 0,
            schedule_version INTEGER NOT NULL DEFAULT 1, disbursed_on TEXT, settled_on TEXT,
            created_at BIGINT NOT NULL,
            CHECK (principal_fen > 0), CHECK (outstanding_fen >= 0)))"_qs,
                         uR"(CREATE INDEX loans_branch ON loans(branch_id, status))"_qs,
                         // The instalments of every schedule version (the old versions stay for the history).
                         // paid_on: set once principal, interest and penalty are all paid.
                         uR"(CREATE TABLE loan_instalments (
            id {{PK}}, loan_id BIGINT NOT NULL REFERENCES loans(id), schedule_version INTEGER NOT NULL,
            number INTEGER NOT NULL, due_on TEXT NOT NULL, principal_fen BIGINT NOT NULL,
            interest_fen BIGINT NOT NULL, paid_principal_fen BIGINT NOT NULL DEFAULT 0,
            paid_interest_fen BIGINT NOT NULL DEFAULT 0, penalty_fen BIGINT NOT NULL DEFAULT 0,
            paid_penalty_fen BIGINT NOT NULL DEFAULT 0, days_past_due INTEGER NOT NULL DEFAULT 0,
            paid_on TEXT,
            UNIQUE (loan_id, schedule_version, number)))"_qs,
                         uR"(CREATE INDEX loan_instalments_due ON loan_instalments(due_on, paid_on))"_qs,
                         // Every movement of a loan under its 业务流水号. kind disbursement | instalment |
                         // prepayment | penalty; source bank (posted by hand) | fund (debited from the fund
                         // account, whose journal carries the same serial).
                         uR"(CREATE TABLE loan_postings (
            id {{PK}}, loan_id BIGINT NOT NULL REFERENCES loans(id), serial TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL, source TEXT NOT NULL, instalment_number INTEGER,
            principal_fen BIGINT NOT NULL, interest_fen BIGINT NOT NULL, penalty_fen BIGINT NOT NULL,
            outstanding_after_fen BIGINT NOT NULL, value_date TEXT NOT NULL,
            operator_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL))"_qs,
                         uR"(CREATE INDEX loan_postings_loan ON loan_postings(loan_id, id))"_qs,
                     }};
}

} // namespace hpf::server
