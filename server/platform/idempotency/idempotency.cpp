#include "platform/idempotency/idempotency.h"

#include "crypto/sm3.h"
#include "platform/http/requestcontext.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

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
    Query q(ctx.db, u"SELECT request_hash, response_status, response_body FROM idempotency_keys "
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
    claim.kind = IdempotencyClaim::Replay;
    claim.stored.status = status;
    claim.stored.body = q.str(2).toUtf8();
    claim.stored.contentType =
        status >= 400 ? QByteArrayLiteral("application/problem+json") : QByteArrayLiteral("application/json");
    return claim;
}

Status storeIdempotentResponse(RequestContext &ctx, const HttpResponse &response)
{
    Query q(ctx.db, u"UPDATE idempotency_keys SET response_status = :s, response_body = :b "
                    "WHERE user_id = :u AND idempotency_key = :k"_qs);
    q.bind(u":s"_qs, response.status)
        .bind(u":b"_qs, QString::fromUtf8(response.body))
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":k"_qs, ctx.idempotencyKey);
    return q.exec();
}

} // namespace hpf::server
