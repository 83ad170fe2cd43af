#pragma once

#include "platform/http/httptypes.h"
#include "platform/http/router.h"
#include "platform/store/transaction.h"

namespace hpf::server {

struct ServerContext;

// Runs one matched request on a worker thread, with that thread's database connection:
// authentication, role check, strict body parsing, validation, and for state-changing routes the
// idempotency key claim, supervisor grant, effect and stored response in ONE write transaction;
// GET and HEAD run in one read transaction. Retries (deadlock, serialization failure, unique-key
// race, SQLite busy after its timeout) follow the RetryPolicy of store/transaction.h and run
// again at once: no pause between attempts.
class Dispatcher
{
public:
    explicit Dispatcher(ServerContext &server);
    HttpResponse handle(const Route &route, const HttpRequest &request);

private:
    HttpResponse runStateChanging(const Route &route, struct RequestContext &ctx);
    HttpResponse runReadOnly(const Route &route, struct RequestContext &ctx);
    // Writes the audit record of a read of personal data (platform/audit/readaudit.h).
    HttpResponse auditedRead(const Route &route, struct RequestContext &ctx, HttpResponse response);
    ServerContext &m_server;
    RetryPolicy m_retry;
};

} // namespace hpf::server
