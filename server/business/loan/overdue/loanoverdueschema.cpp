#include "business/loan/overdue/loanoverdueschema.h"

namespace hpf::server {

Migration loanOverdueMigration()
{
    return Migration{23,
                     u"overdue loans: penalty accrual day, reminders queue (issue 18)"_qs,
                     {
                         // penalty_through: the last day whose 罚息 is in penalty_fen. The daily job
                         // accrues the days after it only, so a second run on the same day (or a
                         // second server) adds nothing.
                         uR"(ALTER TABLE loan_instalments ADD COLUMN penalty_through TEXT)"_qs,
                         // The reminders queue: one row per loan, arrears episode (the due date of the
                         // oldest unpaid instalment) and policy threshold (days past due). status open
                         // | done; channel phone | letter | sms once done.
                         uR"(CREATE TABLE loan_reminders (
            id {{PK}}, loan_id BIGINT NOT NULL REFERENCES loans(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            since_due_on TEXT NOT NULL, threshold_days INTEGER NOT NULL, queued_on TEXT NOT NULL,
            days_past_due INTEGER NOT NULL, overdue_fen BIGINT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open', channel TEXT, note TEXT, done_by BIGINT REFERENCES users(id),
            done_at BIGINT, created_at BIGINT NOT NULL,
            UNIQUE (loan_id, since_due_on, threshold_days)))"_qs,
                         uR"(CREATE INDEX loan_reminders_branch ON loan_reminders(branch_id, status))"_qs,
                     }};
}

} // namespace hpf::server
