#pragma once

#include "platform/context.h"
#include "platform/http/httptypes.h"

#include <QJsonObject>

namespace hpf::server {

// The HTTP side of one request, for routes, the dispatcher and the platform services that read
// headers (authentication, grants, idempotency). Business services take the ServiceContext base.
struct RequestContext : ServiceContext
{
    RequestContext(ServerContext &s, const HttpRequest &r, QSqlDatabase connection);

    const HttpRequest &request;
    QJsonObject body;
    QString payloadHash;

    QString arg(int i) const { return request.pathArgs.value(i); }
};

} // namespace hpf::server
