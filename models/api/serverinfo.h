#pragma once

#include "api/call.h"

// What the server says about itself (GET /version, no sign-in needed): shown in Help → About so a
// center's IT staff can tell which server a workstation talks to. The only client code knowing
// its URL and JSON. Shape: server platform/http version route, openapi ServerVersion.
namespace hpf::client::api {

struct ServerVersion
{
    QString name;    // hpf-server
    QString version; // the program's version (empty in a build without one)
    QString api;     // the REST API's version (v1)
    qint64 schemaVersion = 0;

    static Result<ServerVersion> fromJson(const QJsonObject &json);
};

namespace serverinfo {
void version(ApiClient *api, QObject *context, std::function<void(const Reply<ServerVersion> &)> done);
} // namespace serverinfo

} // namespace hpf::client::api
