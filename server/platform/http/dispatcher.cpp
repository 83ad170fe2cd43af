#include "platform/http/dispatcher.h"

#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "logging.h"
#include "platform/auth/authservice.h"
#include "platform/context.h"
#include "platform/auth/grantservice.h"
#include "platform/idempotency/idempotency.h"
#include "platform/store/sql.h"

#include <QRandomGenerator>
#include <QThread>

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

void backoff(int attempt)
{
    QThread::msleep(QRandomGenerator::global()->bounded(5, 20) * (attempt + 1));
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

    for (int attempt = 0;; ++attempt) {
        auto r = route.handle(ctx);
        if (r)
            return *r;
        if (isRetryable(r.error()) && attempt < 5) {
            backoff(attempt);
            continue;
        }
        return problem(r.error(), rid);
    }
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

    Error last{u"db.busy"_qs, {}, u"gave up after retries"_qs};
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (attempt > 0)
            backoff(attempt);
        Transaction tx(ctx.db, ctx.dialect);
        if (Status s = tx.begin(); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return problem(last, rid);
        }
        auto claim = claimIdempotencyKey(ctx);
        if (!claim) {
            last = claim.error();
            if (isRetryable(last))
                continue;
            return problem(last, rid);
        }
        if (claim->kind == IdempotencyClaim::Replay) {
            tx.rollback();
            HttpResponse stored = claim->stored;
            stored.setHeader("Idempotent-Replayed", "true");
            return stored;
        }
        if (claim->kind == IdempotencyClaim::Mismatch) {
            tx.rollback();
            return problem(makeError(u"idempotency.payload_mismatch"_qs, u"Idempotency-Key"_qs,
                                     u"the key was used with a different request"_qs),
                           rid);
        }
        if (claim->kind == IdempotencyClaim::InFlight) {
            tx.rollback();
            return problem(makeError(u"idempotency.in_flight"_qs, u"Idempotency-Key"_qs), rid);
        }
        QString grantedBy;
        if (m_server.options.grantRequired.contains(route.operation)) {
            auto grant = consumeGrant(ctx);
            if (!grant) {
                tx.rollback();
                if (isRetryable(grant.error())) {
                    last = grant.error();
                    continue;
                }
                AuditRecord r = ctx.auditRecord(route.operation, u"grant"_qs, grant.error().code);
                (void)appendAuditStandalone(ctx.db, ctx.dialect, r);
                return problem(grant.error(), rid);
            }
            grantedBy = *grant;
        }
        if (Status s = tx.savepoint(u"effect"_qs); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return problem(last, rid);
        }
        auto result = route.handle(ctx);
        HttpResponse response;
        if (result) {
            response = *result;
        } else if (result.error().code.startsWith(u"db.")) {
            tx.rollback();
            last = result.error();
            if (isRetryable(last))
                continue;
            return problem(last, rid);
        } else {
            // A business refusal after execution began: undo the partial effect, keep the key
            // and the refusal so a replay answers the same.
            if (Status s = tx.rollbackTo(u"effect"_qs); !s) {
                last = s.error();
                continue;
            }
            response = problem(result.error(), rid);
            if (Status s = ctx.audit(route.operation, QString(), result.error().code); !s) {
                last = s.error();
                continue;
            }
        }
        if (Status s = storeIdempotentResponse(ctx, response); !s) {
            last = s.error();
            continue;
        }
        if (Status s = tx.commit(); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return problem(last, rid);
        }
        if (!grantedBy.isEmpty())
            qCInfo(lcAuth) << route.operation << "authorised by" << grantedBy << "request" << rid;
        return response;
    }
    qCWarning(lcHttp) << "giving up on" << route.operation << last.detail;
    return problem(last, rid);
}

} // namespace hpf::server
