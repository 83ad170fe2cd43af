#pragma once

#include "api/contract.h"
#include "net/apiclient.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <utility>

namespace hpf::client::api {

// The answer to one read: the typed value, or the server's, the network's or the contract's error,
// with what a page shows about it.
template<typename T>
struct Reply
{
    Result<T> result;
    QString requestId;
    FailureClass failure = FailureClass::Fatal;
    bool fromCache = false; // answered from the lookup cache: the back end was unreachable
    QDateTime cachedAt;
    QString message; // translated failure text with the request id; empty on success

    bool ok() const { return result.ok(); }
    const T &value() const { return result.value(); }
    const Error &error() const { return result.error(); }
};

// The translated failure text for a response whose body did not decode (or for a failed response).
QString failureText(const ApiResponse &response, const Error &error);

// Decodes one response: a failed response keeps its problem; a successful one becomes T or api.contract.
template<typename T>
Reply<T> toReply(const ApiResponse &response, const std::function<Result<T>(const QJsonObject &)> &decode)
{
    Result<T> result = response.ok() ? decode(response.object()) : Result<T>(response.problem);
    Reply<T> reply{std::move(result),  response.requestId, response.failure,
                   response.fromCache, response.cachedAt,  QString()};
    if (!reply.result.ok()) {
        if (response.ok())
            reply.failure = FailureClass::Fatal;
        reply.message = failureText(response, reply.result.error());
    }
    return reply;
}

// Sends a read and hands the typed reply to `done`, in `context`'s thread, unless `context` is gone.
template<typename T>
void fetch(ApiClient *api, const ApiRequest &request, QObject *context,
           std::function<Result<T>(const QJsonObject &)> decode, std::function<void(const Reply<T> &)> done)
{
    ApiCall *call = api->send(request);
    QObject::connect(call, &ApiCall::finished, context,
                     [decode = std::move(decode), done = std::move(done)](const ApiResponse &response) {
                         done(toReply<T>(response, decode));
                     });
}

// Percent-encodes one path segment typed by a person (an account number, a serial).
QString segment(const QString &text);

} // namespace hpf::client::api
