#include "platform/auth/authschema.h"

namespace hpf::server {

Migration authMigration()
{
    return Migration{
        5,
        u"sign-in and sessions: refresh token reuse, session scope, password policy, second factor"_qs,
        {
            uR"(CREATE TABLE refresh_tokens_used (
            token_hash TEXT PRIMARY KEY, session_id BIGINT NOT NULL REFERENCES sessions(id),
            rotated_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX refresh_tokens_used_session ON refresh_tokens_used(session_id))"_qs,
            uR"(ALTER TABLE sessions ADD COLUMN scope TEXT NOT NULL DEFAULT 'full')"_qs,
            uR"(CREATE INDEX sessions_user ON sessions(user_id))"_qs,
            uR"(ALTER TABLE users ADD COLUMN password_changed_at BIGINT NOT NULL DEFAULT 0)"_qs,
            uR"(ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0)"_qs,
            uR"(UPDATE users SET password_changed_at = created_at)"_qs,
            uR"(CREATE TABLE password_history (
            id {{PK}}, user_id BIGINT NOT NULL REFERENCES users(id), password_hash TEXT NOT NULL,
            password_salt TEXT NOT NULL, password_params TEXT NOT NULL, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX password_history_user ON password_history(user_id, id))"_qs,
            uR"(CREATE TABLE user_totp (
            user_id BIGINT PRIMARY KEY REFERENCES users(id), secret_sealed TEXT NOT NULL,
            confirmed_at BIGINT, last_step BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE recovery_codes (
            id {{PK}}, user_id BIGINT NOT NULL REFERENCES users(id), code_hash TEXT NOT NULL,
            used_at BIGINT, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX recovery_codes_user ON recovery_codes(user_id))"_qs,
        }};
}

} // namespace hpf::server
