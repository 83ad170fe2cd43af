#include "platform/idempotency/idempotency.h"

#include "crypto/sm3.h"
#include "platform/http/requestcontext.h"
#include "platform/idempotency/responsesealer.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

// The server's response key; an in-process server started without one (tests, tools) seals with a
// key of this process only.
const ResponseSealer &sealerFor(const RequestContext &ctx)
{
    if (ctx.server.responseSealer)
        return *ctx.server.responseSealer;
    static const std::shared_ptr<const ResponseSealer> process = ResponseSealer::ephemeral();
    return *process;
}

} // namespace

QString payloadHash(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QByteArray data = method + ' ' + path.toUtf8() + '\n';
    data += QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(crypto::sm3(data).toHex());
}

Result<IdempotencyClaim> claimIdempotencyKey(RequestContext &ctx)
{
    Query ins(
        ctx.db,
        u"INSERT INTO idempotency_keys (user_id, idempotency_key, operation, request_hash, "
        "created_at) VALUES (:u, :k, :op, :h, :t) ON CONFLICT (user_id, idempotency_key) DO NOTHING"_qs);
    ins.bind(u":u"_qs, ctx.user().userId)
        .bind(u":k"_qs, ctx.idempotencyKey)
        .bind(u":op"_qs, ctx.operation)
        .bind(u":h"_qs, ctx.payloadHash)
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    IdempotencyClaim claim;
    if (ins.rowsAffected() == 1)
        return claim;
    Query q(ctx.db,
            u"SELECT request_hash, response_status, response_body, response_sealed FROM idempotency_keys "
            "WHERE user_id = :u AND idempotency_key = :k"_qs);
    q.bind(u":u"_qs, ctx.user().userId).bind(u":k"_qs, ctx.idempotencyKey);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.conflict"_qs, {}, u"idempotency key vanished"_qs);
    if (q.str(0) != ctx.payloadHash) {
        claim.kind = IdempotencyClaim::Mismatch;
        return claim;
    }
    const int status = int(q.int64(1));
    if (status == 0) {
        claim.kind = IdempotencyClaim::InFlight;
        return claim;
    }
    // Only a sealed response that opens for this user, key and status is replayed; a row in clear
    // (never sealed) or moved from another key is refused, not served.
    const QString stored = q.str(2);
    if (q.int64(3) != 1)
        return makeError(u"idempotency.unreadable"_qs, u"Idempotency-Key"_qs,
                         u"the stored response is not sealed"_qs);
    auto body = sealerFor(ctx).open(ctx.user().userId, ctx.idempotencyKey, status, stored);
    if (!body)
        return body.error();
    claim.kind = IdempotencyClaim::Replay;
    claim.stored.status = status;
    claim.stored.body = *body;
    claim.stored.contentType =
        status >= 400 ? QByteArrayLiteral("application/problem+json") : QByteArrayLiteral("application/json");
    return claim;
}

Status storeIdempotentResponse(RequestContext &ctx, const HttpResponse &response)
{
    auto sealed = sealerFor(ctx).seal(ctx.user().userId, ctx.idempotencyKey, response.status, response.body);
    if (!sealed)
        return sealed.error();
    Query q(ctx.db,
            u"UPDATE idempotency_keys SET response_status = :s, response_body = :b, response_sealed = 1 "
            "WHERE user_id = :u AND idempotency_key = :k"_qs);
    q.bind(u":s"_qs, response.status)
        .bind(u":b"_qs, *sealed)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":k"_qs, ctx.idempotencyKey);
    return q.exec();
}

} // namespace hpf::server
