#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

// application/problem+json (RFC 9457) with the stable `code` clients map to translated text.
namespace hpf::server {

// The HTTP status that fits an error code: an explicit table for the well-known codes, then
// suffix rules (*.not_found → 404, *.exists / *.duplicate / *.conflict → 409), else 422 for
// business-rule refusals and 400 for request-format errors (request.*, json.*).
int statusForError(const Error &error);

HttpResponse problem(const Error &error, const QString &requestId, int status = 0);
HttpResponse problem(int status, const QString &code, const QString &field, const QString &detail,
                     const QString &requestId);

} // namespace hpf::server
