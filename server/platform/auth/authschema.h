#pragma once

#include "platform/store/migrations.h"

// Migration 5 (issue 12, sign-in and sessions): rotated refresh tokens kept (hashed) so a replay
// revokes its session, the session's scope (full, or only enrolment of a second factor, or only a
// password change), password age, history and forced change, TOTP secrets (sealed with a key the
// database does not hold) and hashed one-time recovery codes.
namespace hpf::server {

Migration authMigration();

} // namespace hpf::server
