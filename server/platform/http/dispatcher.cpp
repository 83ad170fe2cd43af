#include "platform/http/dispatcher.h"

#include "logging.h"
#include "platform/audit/readaudit.h"
#include "platform/auth/authservice.h"
#include "platform/auth/grantservice.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/idempotency/idempotency.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

bool hasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

bool validKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 100)
        return false;
    for (QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool readOnlyMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

} // namespace

Dispatcher::Dispatcher(ServerContext &server)
    : m_server(server)
{}

HttpResponse Dispatcher::handle(const Route &route, const HttpRequest &request)
{
    const QString &rid = request.requestId;
    auto conn = m_server.database.connection();
    if (!conn)
        return problem(conn.error(), rid);
    RequestContext ctx(m_server, request, *conn);
    ctx.operation = route.operation;

    if (route.authenticated) {
        auto principal = authenticateRequest(ctx);
        if (!principal)
            return problem(principal.error(), rid);
        ctx.principal = *principal;
        if (!route.roles.isEmpty() && !route.roles.contains(principal->role)) {
            AuditRecord r = ctx.auditRecord(route.operation, QString(), u"auth.role_denied"_qs);
            (void)appendAuditStandalone(ctx.db, ctx.dialect, r);
            return problem(
                makeError(u"auth.role_denied"_qs, {},
                          QStringLiteral("role %1 may not call %2").arg(principal->role, route.operation)),
                rid);
        }
    }
    if (hasBody(request.method)) {
        // A body is JSON and says so; an empty body needs no Content-Type.
        if (!request.body.isEmpty() && !isJsonContentType(request.header("content-type")))
            return problem(makeError(u"request.unsupported_media_type"_qs, u"Content-Type"_qs,
                                     u"send the body as application/json (UTF-8)"_qs),
                           rid, 415);
        auto body = parseJsonObject(request.body);
        if (!body)
            return problem(body.error(), rid);
        ctx.body = *body;
    }
    if (route.stateChanging) {
        ctx.idempotencyKey = QString::fromUtf8(request.header("idempotency-key"));
        if (ctx.idempotencyKey.isEmpty())
            return problem(makeError(u"idempotency.key_required"_qs, u"Idempotency-Key"_qs), rid);
        if (!validKey(ctx.idempotencyKey))
            return problem(makeError(u"idempotency.key_invalid"_qs, u"Idempotency-Key"_qs,
                                     u"1-100 printable ASCII characters"_qs),
                           rid);
    }
    if (route.validate) {
        if (Status s = route.validate(ctx); !s)
            return problem(s.error(), rid);
    }
    if (route.stateChanging)
        return runStateChanging(route, ctx);
    if (readOnlyMethod(request.method))
        return auditedRead(route, ctx, runReadOnly(route, ctx));

    // Other requests that are not state-changing (login, refresh, grants, code verification)
    // open their own short write transactions; a retryable failure runs the handler again.
    for (int attempt = 1;; ++attempt) {
        auto r = route.handle(ctx);
        if (r)
            return auditedRead(route, ctx, *r);
        if (!m_retry.shouldRetry(r.error(), ctx.dialect, attempt))
            return auditedRead(route, ctx, problem(r.error(), rid));
    }
}

HttpResponse Dispatcher::runReadOnly(const Route &route, RequestContext &ctx)
{
    if (route.singleStatement) {
        // One statement sees one snapshot by itself: no BEGIN/COMMIT round trips.
        for (int attempt = 1;; ++attempt) {
            auto r = route.handle(ctx);
            if (r)
                return *r;
            if (!r.error().code.startsWith(u"db."))
                return problem(r.error(), ctx.request.requestId);
            if (!m_retry.shouldRetry(r.error(), ctx.dialect, attempt))
                return problem(r.error(), ctx.request.requestId);
        }
    }
    // One snapshot for every statement of the request, and no write lock.
    HttpResponse response;
    const Status s = runInTransaction(
        ctx.db, ctx.dialect, TxMode::Read,
        [&](Transaction &) -> Result<TxEnd> {
            auto r = route.handle(ctx);
            if (r)
                response = *r;
            else if (r.error().code.startsWith(u"db."))
                return r.error();
            else
                response = problem(r.error(), ctx.request.requestId);
            return TxEnd::Commit;
        },
        m_retry);
    if (!s)
        return problem(s.error(), ctx.request.requestId);
    return response;
}

HttpResponse Dispatcher::auditedRead(const Route &route, RequestContext &ctx, HttpResponse response)
{
    if (ctx.readObject.isEmpty() && !isAuditedRead(route.operation))
        return response;
    QString object = ctx.readObject;
    if (object.isEmpty()) {
        QList<QPair<QString, QString>> items = ctx.request.query.queryItems(QUrl::FullyDecoded);
        for (auto it = ctx.body.begin(); it != ctx.body.end(); ++it) {
            if (it.value().isString())
                items.append({it.key(), it.value().toString()});
        }
        object = readAuditObject(route.operation, ctx.request.pathArgs, items);
    }
    QString outcome = u"ok"_qs;
    if (response.status >= 400) {
        outcome = QJsonDocument::fromJson(response.body).object().value(u"code"_qs).toString();
        if (outcome.isEmpty())
            outcome = u"http."_qs + QString::number(response.status);
    }
    // Who read what is part of the answer: without its record the data is not handed out.
    if (Status s = auditRead(ctx, object, outcome); !s) {
        qCWarning(lcHttp) << "read audit failed" << route.operation << s.error().code;
        return problem(s.error(), ctx.request.requestId);
    }
    return response;
}

HttpResponse Dispatcher::runStateChanging(const Route &route, RequestContext &ctx)
{
    const QString &rid = ctx.request.requestId;
    ctx.payloadHash = payloadHash(ctx.request.method, ctx.request.path, ctx.body);
    const QString flightKey = QString::number(ctx.user().userId) + u':' + ctx.idempotencyKey;
    if (!m_server.inFlight.tryAcquire(flightKey))
        return problem(makeError(u"idempotency.in_flight"_qs, u"Idempotency-Key"_qs,
                                 u"a request with this key is being processed"_qs),
                       rid);
    struct Release
    {
        InFlightKeys &keys;
        QString key;
        ~Release() { keys.release(key); }
    } release{m_server.inFlight, flightKey};

    // Set by the last attempt only: every attempt starts from scratch.
    HttpResponse response;
    std::optional<Error> grantRefusal;
    QString grantedBy;
    const Status s = runInTransaction(
        ctx.db, ctx.dialect, TxMode::Write,
        [&](Transaction &tx) -> Result<TxEnd> {
            grantRefusal.reset();
            grantedBy.clear();
            auto claim = claimIdempotencyKey(ctx);
            if (!claim)
                return claim.error();
            switch (claim->kind) {
            case IdempotencyClaim::Replay:
                response = claim->stored;
                response.setHeader("Idempotent-Replayed", "true");
                return TxEnd::Rollback;
            case IdempotencyClaim::Mismatch:
                response = problem(makeError(u"idempotency.payload_mismatch"_qs, u"Idempotency-Key"_qs,
                                             u"the key was used with a different request"_qs),
                                   rid);
                return TxEnd::Rollback;
            case IdempotencyClaim::InFlight:
                response = problem(makeError(u"idempotency.in_flight"_qs, u"Idempotency-Key"_qs), rid);
                return TxEnd::Rollback;
            case IdempotencyClaim::Claimed:
                break;
            }
            const bool grantPresented = !ctx.request.header("x-supervisor-grant").trimmed().isEmpty();
            if (m_server.options.grantRequired.contains(route.operation) ||
                (grantPresented && m_server.options.grantConditional.contains(route.operation))) {
                auto grant = consumeGrant(ctx);
                if (!grant) {
                    if (isRetryable(grant.error()))
                        return grant.error();
                    grantRefusal = grant.error(); // audited outside the rolled-back transaction
                    return TxEnd::Rollback;
                }
                grantedBy = *grant;
                ctx.grantedBy = grantedBy;
            }
            if (Status sp = tx.savepoint(u"effect"_qs); !sp)
                return sp.error();
            auto result = route.handle(ctx);
            if (result) {
                response = *result;
            } else if (result.error().code.startsWith(u"db.")) {
                return result.error();
            } else {
                // A business refusal after execution began: undo the partial effect, keep the key
                // and the refusal so a replay answers the same.
                if (Status rb = tx.rollbackTo(u"effect"_qs); !rb)
                    return rb.error();
                response = problem(result.error(), rid);
                if (Status a = ctx.audit(route.operation, QString(), result.error().code); !a)
                    return a.error();
            }
            if (Status st = storeIdempotentResponse(ctx, response); !st)
                return st.error();
            return TxEnd::Commit;
        },
        m_retry);
    if (!s) {
        qCWarning(lcHttp) << "giving up on" << route.operation << s.error().code << s.error().detail;
        return problem(s.error(), rid);
    }
    if (grantRefusal) {
        AuditRecord r = ctx.auditRecord(route.operation, u"grant"_qs, grantRefusal->code);
        (void)appendAuditStandalone(ctx.db, ctx.dialect, r);
        return problem(*grantRefusal, rid);
    }
    if (!grantedBy.isEmpty())
        qCInfo(lcAuth) << route.operation << "authorised by" << grantedBy << "request" << rid;
    return response;
}

} // namespace hpf::server
