#include "business/judicial/judicialschema.h"

namespace hpf::server {

Migration judicialMigration()
{
    return Migration{
        11,
        u"judicial lifecycle: holds states and periods, claims, court requests"_qs,
        {
            // status: active / released (loan security); waiting / active / released / expired /
            // lapsed / deducted (judicial, finance::HoldState). Dates are YYYY-MM-DD, court-stated
            // end dates inclusive; court = the court code (法院代字) for judicial freezes.
            uR"(CREATE TABLE holds_v11 (
            id {{PK}}, account_id BIGINT NOT NULL REFERENCES accounts(id), kind TEXT NOT NULL,
            amount_fen BIGINT NOT NULL, status TEXT NOT NULL, court TEXT NOT NULL DEFAULT '',
            case_number TEXT NOT NULL DEFAULT '', ends_on TEXT, serial TEXT NOT NULL UNIQUE,
            created_by BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL,
            released_by BIGINT, released_at BIGINT,
            whole_balance INTEGER NOT NULL DEFAULT 0, deducted_fen BIGINT NOT NULL DEFAULT 0,
            notice_number TEXT NOT NULL DEFAULT '', start_date TEXT, end_date TEXT,
            registered_at BIGINT NOT NULL DEFAULT 0, activated_on TEXT, ended_on TEXT,
            renewals INTEGER NOT NULL DEFAULT 0, request_id BIGINT,
            CHECK (amount_fen >= 0), CHECK (deducted_fen >= 0)))"_qs,
            uR"(INSERT INTO holds_v11 (id, account_id, kind, amount_fen, status, court, case_number, ends_on,
            serial, created_by, created_at, released_by, released_at, end_date, registered_at)
            SELECT id, account_id, kind, amount_fen, status, court, case_number, ends_on, serial, created_by,
            created_at, released_by, released_at, ends_on, created_at FROM holds)"_qs,
            uR"(DROP TABLE holds)"_qs,
            uR"(ALTER TABLE holds_v11 RENAME TO holds)"_qs,
            uR"({{POSTGRES}}SELECT setval(pg_get_serial_sequence('holds', 'id'),
            COALESCE((SELECT MAX(id) FROM holds), 0) + 1, false))"_qs,
            uR"(CREATE INDEX holds_account ON holds(account_id, status))"_qs,
            // The expiry job's scan: open judicial freezes by end date.
            uR"(CREATE INDEX holds_open_end ON holds(end_date) WHERE status IN ('active', 'waiting'))"_qs,
            uR"(ALTER TABLE accounts ADD COLUMN claim_fen BIGINT NOT NULL DEFAULT 0)"_qs,
            uR"(UPDATE accounts SET claim_fen = held_fen)"_qs,
            // request = judicial::toJson of the court's request; outcome = the Outcome JSON (回执
            // included) once done; serial = 业务流水号 of the registration; teller / supervisor =
            // who registered it and whose grant; message_id = the court's (online); answer_seq =
            // the position of the court's answer (online, once done or rejected).
            uR"(CREATE TABLE judicial_requests (
            id {{PK}}, type TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL,
            court_code TEXT NOT NULL, case_number TEXT NOT NULL DEFAULT '',
            account_id BIGINT REFERENCES accounts(id), hold_id BIGINT, serial TEXT UNIQUE,
            teller BIGINT REFERENCES users(id), supervisor TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL, done_at BIGINT, request TEXT NOT NULL, outcome TEXT,
            risk_flags TEXT NOT NULL DEFAULT '[]', creditor_key TEXT NOT NULL DEFAULT '',
            message_id TEXT, answer_seq BIGINT, answer TEXT, reject_reason TEXT NOT NULL DEFAULT '',
            UNIQUE (court_code, message_id)))"_qs,
            uR"(CREATE INDEX judicial_requests_account ON judicial_requests(account_id, id))"_qs,
            uR"(CREATE INDEX judicial_requests_inbox ON judicial_requests(status, channel, id))"_qs,
            uR"(CREATE INDEX judicial_requests_answers ON judicial_requests(court_code, answer_seq))"_qs,
            uR"(CREATE INDEX judicial_requests_creditor ON judicial_requests(creditor_key, type, status))"_qs,
        }};
}

} // namespace hpf::server
