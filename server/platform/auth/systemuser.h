#pragma once

#include "base/result.h"
#include "platform/context.h"

#include <QSqlDatabase>

// The center's own actor, for work no one at a counter does: messages another center sends over
// the transfer channel, scheduled jobs that post to accounts. Journal entries and audit records need
// an operator; this is the user row `system` (role "system", which the access table gives nothing;
// disabled, with no usable password, so nobody can sign in as it) in the head office branch (the
// lowest branch when none is marked), created on first use inside the caller's transaction.
namespace hpf::server {

inline constexpr char kSystemUser[] = "system";

Result<Principal> systemPrincipal(const QSqlDatabase &db, qint64 nowMs);

} // namespace hpf::server
