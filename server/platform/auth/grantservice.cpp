#include "platform/auth/grantservice.h"

#include "platform/auth/authservice.h"
#include "platform/http/bodyreader.h"
#include "platform/http/router.h"
#include "platform/idempotency/idempotency.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<QJsonObject> createGrant(RequestContext &ctx, const Router &router)
{
    BodyReader body(ctx.body);
    const QString username = body.string(u"supervisorUsername"_qs, 64);
    const QString password = body.string(u"supervisorPassword"_qs, 256);
    // The supervisor's second factor, needed once the supervisor has enrolled.
    SecondFactorInput secondFactor;
    secondFactor.code = body.string(u"supervisorOtp"_qs, 16, false);
    secondFactor.recoveryCode = body.string(u"supervisorRecoveryCode"_qs, 32, false);
    const QString key = body.string(u"idempotencyKey"_qs, 100);
    const QString summary = body.string(u"summary"_qs, 500);
    const QJsonObject pending = body.object(u"request"_qs);
    if (Status s = body.finish(); !s)
        return s.error();
    BodyReader req(pending, u"request"_qs);
    const QString method = req.string(u"method"_qs, 10);
    const QString path = req.string(u"path"_qs, 300);
    const QJsonObject payload = req.object(u"body"_qs, false);
    if (Status s = req.finish(); !s)
        return s.error();

    const auto match = router.match(method.toLatin1(), path);
    if (!match.route || !match.route->stateChanging)
        return makeError(u"grant.not_required"_qs, u"request.path"_qs, u"no state-changing route there"_qs);
    const QString operation = match.route->operation;
    if (!ctx.server.options.grantRequired.contains(operation) &&
        !ctx.server.options.grantConditional.contains(operation))
        return makeError(u"grant.not_required"_qs, u"request.path"_qs,
                         operation + u" does not need supervisor authorisation"_qs);
    const Principal maker = ctx.user();
    if (username == maker.username) {
        AuditRecord r = ctx.auditRecord(u"grants.create"_qs, operation, u"grant.self_authorisation"_qs);
        (void)appendAuditStandalone(ctx.db, ctx.dialect, r);
        return makeError(u"grant.self_authorisation"_qs, u"supervisorUsername"_qs,
                         u"the maker cannot authorise their own operation"_qs);
    }
    const QString hash = payloadHash(method.toLatin1(), path, payload);
    const QString token = newToken();
    const qint64 expires = ctx.nowMs + qint64(ctx.server.options.grantSeconds) * 1000;
    const CredentialCheck check{u"grants.create"_qs, secondFactor, false};
    auto checker = verifyCredentials(
        ctx, username, password, check, [&](const Principal &sup, const QString &) -> Status {
            if (sup.role != access::role::supervisor)
                return makeError(u"grant.not_supervisor"_qs, u"supervisorUsername"_qs);
            Query ins(ctx.db,
                      u"INSERT INTO grants (token_hash, supervisor_id, maker_id, operation, idempotency_key, "
                      "payload_hash, summary, expires_at, created_at) VALUES (:t, :s, :m, :op, :k, :h, :sum, "
                      ":e, :now)"_qs);
            ins.bind(u":t"_qs, tokenHash(token))
                .bind(u":s"_qs, sup.userId)
                .bind(u":m"_qs, maker.userId)
                .bind(u":op"_qs, operation)
                .bind(u":k"_qs, key)
                .bind(u":h"_qs, hash)
                .bind(u":sum"_qs, summary)
                .bind(u":e"_qs, expires)
                .bind(u":now"_qs, ctx.nowMs);
            if (Status s = ins.exec(); !s)
                return s;
            AuditRecord r = ctx.auditRecord(u"grants.issue"_qs, operation, u"ok"_qs);
            r.after = compactJson(
                {{u"supervisor"_qs, sup.username}, {u"idempotencyKey"_qs, key}, {u"summary"_qs, summary}});
            return appendAudit(ctx.db, ctx.dialect, r);
        });
    if (!checker) {
        if (checker.error().code == u"grant.not_supervisor") {
            AuditRecord r = ctx.auditRecord(u"grants.create"_qs, operation, u"grant.not_supervisor"_qs);
            (void)appendAuditStandalone(ctx.db, ctx.dialect, r);
        }
        return checker.error();
    }
    return QJsonObject{
        {u"grant"_qs, token},
        {u"operation"_qs, operation},
        {u"supervisor"_qs, checker->username},
        {u"expiresAt"_qs, QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)}};
}

Result<QString> consumeGrant(RequestContext &ctx)
{
    const QString token = QString::fromLatin1(ctx.request.header("x-supervisor-grant")).trimmed();
    if (token.isEmpty())
        return makeError(u"grant.required"_qs, u"X-Supervisor-Grant"_qs,
                         ctx.operation + u" needs a supervisor's authorisation"_qs);
    Query q(ctx.db, u"SELECT g.id, g.maker_id, g.operation, g.idempotency_key, g.payload_hash, g.expires_at, "
                    "g.used_at, u.username FROM grants g JOIN users u ON u.id = g.supervisor_id "
                    "WHERE g.token_hash = :h"_qs +
                        ctx.server.database.forUpdate());
    q.bind(u":h"_qs, tokenHash(token));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.int64(1) != ctx.user().userId)
        return makeError(u"grant.invalid"_qs, u"X-Supervisor-Grant"_qs);
    if (!q.isNull(6))
        return makeError(u"grant.used"_qs, u"X-Supervisor-Grant"_qs,
                         u"a grant authorises one operation once"_qs);
    if (q.int64(5) <= ctx.nowMs)
        return makeError(u"grant.expired"_qs, u"X-Supervisor-Grant"_qs);
    if (q.str(2) != ctx.operation || q.str(3) != ctx.idempotencyKey || q.str(4) != ctx.payloadHash)
        return makeError(u"grant.mismatch"_qs, u"X-Supervisor-Grant"_qs,
                         u"the grant was given for a different operation or payload"_qs);
    const qint64 id = q.int64(0);
    const QString supervisor = q.str(7);
    Query upd(ctx.db, u"UPDATE grants SET used_at = :t WHERE id = :id AND used_at IS NULL"_qs);
    upd.bind(u":t"_qs, ctx.nowMs).bind(u":id"_qs, id);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"grant.used"_qs, u"X-Supervisor-Grant"_qs);
    AuditRecord r = ctx.auditRecord(u"grants.use"_qs, ctx.operation, u"ok"_qs);
    r.after = compactJson({{u"supervisor"_qs, supervisor}, {u"idempotencyKey"_qs, ctx.idempotencyKey}});
    if (Status s = appendAudit(ctx.db, ctx.dialect, r); !s)
        return s.error();
    return supervisor;
}

} // namespace hpf::server
