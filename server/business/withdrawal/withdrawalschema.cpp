#include "business/withdrawal/withdrawalschema.h"

namespace hpf::server {

Migration withdrawalMigration()
{
    return Migration{
        16,
        u"withdrawals, shared answers and standing rent instructions (issue 17)"_qs,
        {
            // One answer of a sharing interface about a person (platform/sharing/shareddata.h):
            // facts as JSON; used_by: the serial of the business whose record it satisfied.
            uR"(CREATE TABLE shared_answers (
            id {{PK}}, person_id BIGINT NOT NULL REFERENCES persons(id), source TEXT NOT NULL,
            provider TEXT NOT NULL, found INTEGER NOT NULL, summary TEXT NOT NULL,
            facts TEXT NOT NULL, fetched_at BIGINT NOT NULL, fetched_by TEXT NOT NULL,
            used_by TEXT))"_qs,
            uR"(CREATE INDEX shared_answers_person ON shared_answers(person_id, source, fetched_at))"_qs,
            // Every withdrawal (提取) and closure (销户提取), counter or instalment: the payee in full
            // (the bank transfer needs it) and masked; evidence and shared answer ids as JSON; body:
            // the answer as given (GET /withdrawals/{serial}); contract_number: what a purchase or
            // build withdrew on one contract, by anyone.
            uR"(CREATE TABLE withdrawals (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, account_id BIGINT NOT NULL REFERENCES accounts(id),
            person_id BIGINT NOT NULL REFERENCES persons(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            type TEXT NOT NULL, reason TEXT NOT NULL, principal_fen BIGINT NOT NULL,
            interest_fen BIGINT NOT NULL, amount_fen BIGINT NOT NULL, closed INTEGER NOT NULL,
            contract_number TEXT NOT NULL DEFAULT '', payee_bank TEXT NOT NULL, payee_account TEXT NOT NULL,
            payee_account_masked TEXT NOT NULL, payee_name TEXT NOT NULL, evidence TEXT NOT NULL,
            shared_answer_ids TEXT NOT NULL, instruction_id BIGINT, value_date TEXT NOT NULL,
            body TEXT NOT NULL, created_at BIGINT NOT NULL, CHECK (amount_fen > 0)))"_qs,
            uR"(CREATE INDEX withdrawals_person_type ON withdrawals(person_id, type, value_date))"_qs,
            uR"(CREATE INDEX withdrawals_contract ON withdrawals(type, contract_number))"_qs,
            // 租房提取委托: paid by the withdrawal.instalment job until it ends or is suspended.
            uR"(CREATE TABLE withdrawal_instructions (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, account_id BIGINT NOT NULL REFERENCES accounts(id),
            person_id BIGINT NOT NULL REFERENCES persons(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '', frequency TEXT NOT NULL,
            amount_fen BIGINT NOT NULL, start_month TEXT NOT NULL, end_month TEXT, next_due TEXT,
            payee_bank TEXT NOT NULL, payee_account TEXT NOT NULL, payee_account_masked TEXT NOT NULL,
            payee_name TEXT NOT NULL, evidence TEXT NOT NULL, created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL, CHECK (amount_fen > 0)))"_qs,
            uR"(CREATE INDEX withdrawal_instructions_account ON withdrawal_instructions(account_id, status))"_qs,
            // One row per instruction and due date: the primary guard against paying a period twice
            // however often the job is interrupted.
            uR"(CREATE TABLE instruction_payments (
            id {{PK}}, instruction_id BIGINT NOT NULL REFERENCES withdrawal_instructions(id),
            due_on TEXT NOT NULL, serial TEXT, amount_fen BIGINT NOT NULL, outcome TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '', at BIGINT NOT NULL, UNIQUE (instruction_id, due_on)))"_qs,
        }};
}

} // namespace hpf::server
