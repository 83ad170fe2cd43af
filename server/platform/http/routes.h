#pragma once

#include "platform/http/router.h"

// The REST API under /api/v1. Every route is registered here, and docs/api/openapi.yaml must
// describe exactly these (tests/server/tst_openapi checks both directions).
namespace hpf::server {

void registerRoutes(Router &router);
void registerAuthRoutes(Router &router);
void registerReferenceRoutes(Router &router);
void registerLedgerRoutes(Router &router);
void registerCertificateRoutes(Router &router);
void registerOpeningRoutes(Router &router); // issue 5: routes_opening.cpp

// Adds an ETag (SM3 of the body) and answers 304 when If-None-Match matches.
HttpResponse withEtag(const HttpRequest &request, HttpResponse response);

// All signed-in roles that look things up at the counter.
QStringList lookupRoles();

// One route: `roles` empty means public (no sign-in); `maxBodyBytes` 0 means the server default.
Route makeRoute(const char *method, const QString &pattern, const QString &operation,
                const QStringList &roles, bool stateChanging, Validator validate, Handler handle,
                int maxBodyBytes = 0);

// A handler answering `status` with the JSON object `fn` returns, or its error as problem+json.
Handler jsonHandler(int status, std::function<Result<QJsonObject>(RequestContext &)> fn);

} // namespace hpf::server
