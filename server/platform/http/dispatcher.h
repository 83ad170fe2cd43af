#pragma once

#include "platform/http/httptypes.h"
#include "platform/http/router.h"

namespace hpf::server {

struct ServerContext;

// Runs one matched request on a worker thread, with that thread's database connection:
// authentication, role check, strict body parsing, validation, and for state-changing routes the
// idempotency key claim, supervisor grant, effect and stored response in ONE write transaction
// (retried on SQLITE_BUSY / SQLSTATE 40001 / 40P01).
class Dispatcher
{
public:
    explicit Dispatcher(ServerContext &server);
    HttpResponse handle(const Route &route, const HttpRequest &request);

private:
    HttpResponse runStateChanging(const Route &route, struct RequestContext &ctx);
    ServerContext &m_server;
};

} // namespace hpf::server
