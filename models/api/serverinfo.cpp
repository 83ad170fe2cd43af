#include "api/serverinfo.h"

namespace hpf::client::api {

Result<ServerVersion> ServerVersion::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ServerVersion v{r.id(u"name"), r.text(u"version"), r.text(u"api"), r.integer(u"schemaVersion")};
    if (!r.ok())
        return r.error();
    return v;
}

namespace serverinfo {

void version(ApiClient *api, QObject *context, std::function<void(const Reply<ServerVersion> &)> done)
{
    ApiRequest rq = ApiRequest::get(u"/api/v1/version"_qs);
    rq.authenticated = false;
    rq.timeoutMs = 5000;
    api::fetch<ServerVersion>(api, rq, context, &ServerVersion::fromJson, std::move(done));
}

} // namespace serverinfo
} // namespace hpf::client::api
