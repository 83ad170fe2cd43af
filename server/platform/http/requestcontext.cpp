#include "platform/http/requestcontext.h"

namespace hpf::server {

RequestContext::RequestContext(ServerContext &s, const HttpRequest &r, QSqlDatabase connection)
    : ServiceContext(s, std::move(connection))
    , request(r)
{
    workstation = QString::fromUtf8(r.header("x-workstation")).left(64);
    requestId = r.requestId;
}

} // namespace hpf::server
