#pragma once

#include "base/result.h"
#include "platform/context.h"

#include <QString>
#include <functional>

// Calling business services inside the server process without HTTP (the demo seed, the CLI): the
// same ServiceContext a route gets, for a user named in the database, in one write transaction
// retried on db.busy / serialization failures like the dispatcher's.
namespace hpf::server {

struct LocalCall
{
    QString username;    // acts as this user (role and branch from the database)
    QString operation;   // the operation name audit records carry, e.g. "openings.unit"
    QString workstation; // e.g. "demo-seed"
};

// The user's principal. Error user.not_found (field: the user name).
Result<Principal> loadPrincipal(const QSqlDatabase &db, const QString &username);

// Runs `fn` in one write transaction and commits when it succeeds; `fn` may run more than once
// (after a retryable error), so it assigns its outputs rather than appending to them.
Status runLocally(ServerContext &server, const LocalCall &call,
                  const std::function<Status(ServiceContext &)> &fn);

} // namespace hpf::server
