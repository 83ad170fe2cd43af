#include "business/loan/signing/signingschema.h"

namespace hpf::server {

Migration signingMigration()
{
    return Migration{
        22,
        u"face-to-face signing sessions, steps and signed contracts (issue 18)"_qs,
        {
            // One session per application at a time: open while the officer works through the
            // signers, signed when every document is signed, abandoned when given up (a new
            // session may then start; its steps are its own).
            uR"(CREATE TABLE signing_sessions (
            id {{PK}}, application_id BIGINT NOT NULL REFERENCES loan_applications(id),
            status TEXT NOT NULL, officer_id BIGINT NOT NULL REFERENCES users(id),
            started_at BIGINT NOT NULL, finished_at BIGINT,
            CHECK (status IN ('open', 'signed', 'abandoned'))))"_qs,
            uR"(CREATE INDEX signing_sessions_application ON signing_sessions(application_id, status))"_qs,
            // What each signer did. position = loan_parties.position. document: '' for identity
            // and photo (not NULL, so the UNIQUE below makes a step sent twice the same step: a
            // client that crashed sends it again and is answered, not duplicated).
            // payload: identity = the check's result JSON, photo = {"blob": SM3 of the image in
            // the archive blob store, ...}, signature = the stroke JSON (signing::toJsonBytes).
            // payload_sm3: SM3 (hex) of the image bytes for a photo, of the payload otherwise.
            uR"(CREATE TABLE signing_steps (
            id {{PK}}, session_id BIGINT NOT NULL REFERENCES signing_sessions(id),
            position INTEGER NOT NULL, kind TEXT NOT NULL, document TEXT NOT NULL DEFAULT '',
            payload_sm3 TEXT NOT NULL, payload TEXT NOT NULL, created_at BIGINT NOT NULL,
            CHECK (kind IN ('identity', 'photo', 'signature')),
            CHECK (document IN ('', 'loan', 'mortgage', 'guarantee')),
            UNIQUE (session_id, position, kind, document)))"_qs,
            // The contract the center signed (crypto/pdfsignature.h); the PDF itself lives in the
            // archive blob store under pdf_sm3 of the signed file. archive_record_id: the archive
            // package once the session is archived (NULL until then).
            uR"(CREATE TABLE signed_contracts (
            id {{PK}}, application_id BIGINT NOT NULL REFERENCES loan_applications(id),
            session_id BIGINT NOT NULL REFERENCES signing_sessions(id), document TEXT NOT NULL,
            contract_number TEXT NOT NULL UNIQUE, pdf_sm3 TEXT NOT NULL, signed_pdf_sm3 TEXT NOT NULL,
            signature TEXT NOT NULL, signed_at BIGINT NOT NULL, archive_record_id BIGINT,
            UNIQUE (application_id, document)))"_qs,
        }};
}

} // namespace hpf::server
