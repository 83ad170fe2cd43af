#pragma once

#include "platform/http/router.h"

// The REST API under /api/v1. Every area registers its routes with one function (in the area's
// routes.cpp, the only file of the area that knows HTTP and JSON); registerRoutes() lists the areas,
// one line each. docs/api/openapi.yaml must describe exactly these routes (tests/server/tst_openapi
// checks both directions).
namespace hpf::server {

void registerRoutes(Router &router);

// The areas, in platform/ and business/<area>/.
void registerReferenceRoutes(Router &router); // business/reference
void registerAuthRoutes(Router &router);      // platform/auth: sessions and supervisor grants
void registerAuditRoutes(Router &router);     // platform/audit: chain verification
void registerLookupRoutes(Router &router);    // business/lookup: units, accounts, people, journal
void registerContributionRoutes(
    Router &router); // business/contribution: remittance, back pay, deferral, adjustment
void registerWithdrawalRoutes(Router &router);      // business/withdrawal: withdrawals, closure, instructions
void registerInterestRoutes(Router &router);        // business/interest: the yearly 结息, statements
void registerChangeRoutes(Router &router);          // business/changes: unit and person details
void registerLoanRoutes(Router &router);            // business/loan: applications, 面签, loan accounts
void registerJudicialRoutes(Router &router);        // business/judicial: holds
void registerOpeningRoutes(Router &router);         // business/opening: openings, lists, seal, receipts
void registerCertificateRoutes(Router &router);     // business/certificates
void registerArchiveRoutes(Router &router);         // business/archive: electronic archives (issue 14)
void registerCourtRoutes(Router &router);           // integration/court: the online court channel (issue 15)
void registerTransferRoutes(Router &router);        // business/transfer: in-city and cross-city (issue 16)
void registerTransferChannelRoutes(Router &router); // integration/transfer: messages from other centers
void registerSupervisionRoutes(Router &router);     // business/supervision: the day view (issue 19)

// Adds an ETag (SM3 of the body) and answers 304 when If-None-Match matches.
HttpResponse withEtag(const HttpRequest &request, HttpResponse response);

// One route. Who may call it is access::rolesFor(operation) (core/domain/access.h): a public
// operation needs no sign-in; an operation missing from the table is allowed to nobody.
// `maxBodyBytes` 0 means the server default.
Route makeRoute(const char *method, const QString &pattern, const QString &operation, bool stateChanging,
                Validator validate, Handler handle, int maxBodyBytes = 0);

// A read that is sent as POST (a search whose terms must not travel in the URL): the dispatcher
// runs it without a transaction (as it does login), so it takes its own read transaction here,
// one snapshot and no write lock, like every GET. A retryable database error goes back to the
// dispatcher, which runs the handler again.
Result<QJsonObject> inReadTransaction(RequestContext &ctx, const std::function<Result<QJsonObject>()> &read);

// A business refusal whose problem+json carries extra members (e.g. the existing account of the
// person). Undoes the handler's effect (the dispatcher's "effect" savepoint), audits the refusal
// and returns the response the dispatcher stores against the idempotency key.
Result<HttpResponse> refusalResponse(RequestContext &ctx, const Error &error, const QJsonObject &members,
                                     int status = 0);

// A handler answering `status` with the JSON object `fn` returns, or its error as problem+json.
Handler jsonHandler(int status, std::function<Result<QJsonObject>(RequestContext &)> fn);

} // namespace hpf::server
