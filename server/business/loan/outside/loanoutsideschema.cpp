#include "business/loan/outside/loanoutsideschema.h"

namespace hpf::server {

Migration loanOutsideMigration()
{
    return Migration{
        24,
        u"outside answers of loan applications, monthly credit submissions (issue 18)"_qs,
        {
            // What an outside system answered about a party of an application: source identity
            // (公安) | marriage (民政) | property (不动产) | credit (征信). shared_answer_id: the
            // sharing interface's stored answer it was taken from (identity, marriage, property);
            // authorisation: the 征信授权 a credit report was fetched with. facts: the answer as JSON.
            uR"(CREATE TABLE loan_outside_answers (
            id {{PK}}, application_id BIGINT NOT NULL REFERENCES loan_applications(id),
            position INTEGER NOT NULL, source TEXT NOT NULL, provider TEXT NOT NULL,
            found INTEGER NOT NULL, summary TEXT NOT NULL, facts TEXT NOT NULL,
            shared_answer_id BIGINT REFERENCES shared_answers(id), authorisation TEXT,
            fetched_at BIGINT NOT NULL, fetched_by TEXT NOT NULL))"_qs,
            uR"(CREATE INDEX loan_outside_answers_application ON loan_outside_answers(application_id, id))"_qs,
            // One 征信报送 per month (yyyy-MM): how many loans it carried and the bureau's reference.
            uR"(CREATE TABLE loan_credit_submissions (
            id {{PK}}, month TEXT NOT NULL UNIQUE, row_count INTEGER NOT NULL, provider TEXT NOT NULL,
            reference TEXT NOT NULL, submitted_at BIGINT NOT NULL))"_qs,
        }};
}

} // namespace hpf::server
