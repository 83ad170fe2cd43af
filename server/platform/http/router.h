#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace hpf::server {

struct RequestContext;

// A handler returns the response, or an Error: a db.* error aborts (and may retry) the
// transaction; any other error is a business refusal turned into problem+json (and, for
// state-changing routes, stored against the idempotency key like a success).
using Handler = std::function<Result<HttpResponse>(RequestContext &)>;
// Checks the request before any transaction (format, required fields). Refusals are not stored.
using Validator = std::function<Status(RequestContext &)>;

struct Route
{
    QByteArray method; // "GET", "POST"
    QString pattern;   // "/api/v1/accounts/{accountNumber}"
    QString operation; // stable name: "accounts.get"; also the OpenAPI operationId
    QStringList roles; // who may call it; empty = any signed-in user
    bool authenticated = true;
    bool stateChanging = false; // needs Idempotency-Key and runs in one write transaction
    int maxBodyBytes = 0;       // 0: ServerOptions::maxBodyBytes (e.g. employee lists allow more)
    // A GET whose handler runs ONE SQL statement: it needs no BEGIN/COMMIT around it (a statement
    // is its own snapshot), which saves two round trips on PostgreSQL (issue 13).
    bool singleStatement = false;
    Validator validate;
    Handler handle;
};

class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        QStringList args;
        bool pathMatched = false; // a route has this path but another method
    };
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
    QList<QStringList> m_segments;
};

} // namespace hpf::server
