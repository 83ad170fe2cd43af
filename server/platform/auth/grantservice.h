#pragma once

#include "base/result.h"
#include "platform/http/requestcontext.h"

#include <QJsonObject>

// Supervisor authorisation (柜面授权): a supervisor's credentials plus one pending operation
// (method, path, body and its idempotency key) give a one-time grant bound to that key and the
// payload's hash, valid for ServerOptions::grantSeconds. The maker is never the checker.
namespace hpf::server {

class Router;

// POST /api/v1/grants. Errors: grant.not_supervisor, grant.self_authorisation, grant.not_required,
// request.* for the pending request, auth.* for the supervisor's credentials (auth.otp_required /
// auth.otp_invalid when the supervisor has enrolled a second factor and supervisorOtp is missing or
// wrong).
Result<QJsonObject> createGrant(RequestContext &ctx, const Router &router);

// Consumes the grant named by the X-Supervisor-Grant header inside the operation's transaction.
// Returns the supervisor's user name. Errors: grant.required, grant.invalid, grant.used,
// grant.expired, grant.mismatch.
Result<QString> consumeGrant(RequestContext &ctx);

} // namespace hpf::server
