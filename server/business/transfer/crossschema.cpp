#include "business/transfer/transferschema.h"

namespace hpf::server {

// The cross-city transfer tables (异地转移接续). One center is the receiving center of the letters
// it issues (role "in") and the sending center of the letters it receives (role "out"); a letter
// number is unique per role, so a center never confuses its own letters with another's.
Migration crossTransferMigration()
{
    return Migration{
        14,
        u"cross-city transfers (issue 16)"_qs,
        {
            // status: code table transfer_status; final: an end state (00, 05, 13, 20, 40);
            // negotiated: the transfer went through 06 (completion is then 20, not 00);
            // account_id: role in the new account here, role out the old account here;
            // figures: the transfer-out figures as the API shows them (JSON), '' before 905;
            // prev_state: role out, the old account's state before the money left (restored on 40);
            // peer_status: the other center's status as its last progress answer named it.
            uR"(CREATE TABLE cross_transfers (
            id {{PK}}, letter_number TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL,
            final INTEGER NOT NULL DEFAULT 0, cancel_requested INTEGER NOT NULL DEFAULT 0,
            negotiated INTEGER NOT NULL DEFAULT 0,
            receiving_center TEXT NOT NULL, sending_center TEXT NOT NULL,
            person_name TEXT NOT NULL, document_type TEXT NOT NULL, document_number TEXT NOT NULL,
            account_id BIGINT REFERENCES accounts(id), old_account TEXT NOT NULL,
            old_unit_name TEXT NOT NULL, new_unit_name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '', figures TEXT NOT NULL DEFAULT '',
            prev_state TEXT NOT NULL DEFAULT '', peer_status TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '', branch_id BIGINT NOT NULL REFERENCES branches(id),
            applied_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
            UNIQUE (letter_number, role)))"_qs,
            uR"(CREATE INDEX cross_transfers_list ON cross_transfers(role, id))"_qs,
            uR"(CREATE INDEX cross_transfers_person ON cross_transfers(document_number, final))"_qs,
            uR"(CREATE TABLE cross_transfer_events (
            id {{PK}}, transfer_id BIGINT NOT NULL REFERENCES cross_transfers(id), at BIGINT NOT NULL,
            status TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''))"_qs,
            uR"(CREATE INDEX cross_transfer_events_transfer ON cross_transfer_events(transfer_id, id))"_qs,
            // Outbound messages: the signed JSON as sent (a retry sends the very same bytes, so the
            // receiver's deduplication by message id holds), and the reply once applied.
            uR"(CREATE TABLE transfer_messages (
            id {{PK}}, message_id TEXT NOT NULL UNIQUE, letter_number TEXT NOT NULL,
            msg_type TEXT NOT NULL, receiver TEXT NOT NULL, signed TEXT NOT NULL,
            state TEXT NOT NULL, reply TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX transfer_messages_letter ON transfer_messages(letter_number, state, id))"_qs,
            // The transfer-in-transit account (在途资金) of the sending center, per letter.
            uR"(CREATE TABLE transfer_transit (
            id {{PK}}, letter_number TEXT NOT NULL UNIQUE, account_id BIGINT NOT NULL REFERENCES accounts(id),
            amount_fen BIGINT NOT NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL, CHECK (amount_fen >= 0)))"_qs,
            uR"(CREATE INDEX transfer_transit_state ON transfer_transit(state))"_qs,
        }};
}

} // namespace hpf::server
