#include "business/loan/loanschema.h"

namespace hpf::server {

Migration loanMigration()
{
    return Migration{
        20,
        u"loan applications and their parties (issue 18)"_qs,
        {
            // One application (一件事) per row. status: accepted → reviewed → approved | refused
            // (later: signed, disbursed …). due_on: applied_on + the approval days (条例 第二十六条).
            // kind fund | combination (组合贷: the commercial_* columns hold the bank's part) |
            // conversion (商转公: the conversion_* columns name the commercial loan paid off).
            // judgement: the verdicts, rate and limit as decided at acceptance (JSON);
            // body: the application as answered by GET /loans/applications/{serial}.
            uR"(CREATE TABLE loan_applications (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, status TEXT NOT NULL,
            officer_id BIGINT NOT NULL REFERENCES users(id), reviewer_id BIGINT REFERENCES users(id),
            approver_id BIGINT REFERENCES users(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            applied_on TEXT NOT NULL, due_on TEXT NOT NULL, amount_fen BIGINT NOT NULL,
            term_months INTEGER NOT NULL, method TEXT NOT NULL, home_order INTEGER NOT NULL,
            rate_ppm BIGINT NOT NULL, property_address TEXT NOT NULL, price_fen BIGINT NOT NULL,
            purchase_contract TEXT NOT NULL, bank_code TEXT NOT NULL,
            commercial_amount_fen BIGINT, commercial_bank TEXT, commercial_term INTEGER,
            commercial_rate_ppm BIGINT, conversion_bank TEXT, conversion_contract TEXT,
            conversion_outstanding_fen BIGINT, judgement TEXT NOT NULL, refusal_reason TEXT,
            decided_at BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
            CHECK (amount_fen > 0), CHECK (term_months > 0)))"_qs,
            uR"(CREATE INDEX loan_applications_branch ON loan_applications(branch_id, status, applied_on))"_qs,
            // Everyone on the application: borrower (exactly one), spouse, co_borrower, guarantor.
            // person_id / account_id: set when the person is known to the ledger.
            uR"(CREATE TABLE loan_parties (
            id {{PK}}, application_id BIGINT NOT NULL REFERENCES loan_applications(id),
            position INTEGER NOT NULL, role TEXT NOT NULL, person_id BIGINT REFERENCES persons(id),
            document_type TEXT NOT NULL, document_number TEXT NOT NULL, name TEXT NOT NULL,
            monthly_income_fen BIGINT NOT NULL, monthly_debt_fen BIGINT NOT NULL,
            account_id BIGINT REFERENCES accounts(id), credit_authorised_at BIGINT,
            UNIQUE (application_id, position)))"_qs,
            uR"(CREATE INDEX loan_parties_person ON loan_parties(person_id))"_qs,
        }};
}

} // namespace hpf::server
