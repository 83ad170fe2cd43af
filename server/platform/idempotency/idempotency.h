#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

#include <QJsonObject>

namespace hpf::server {

struct RequestContext;

struct IdempotencyClaim
{
    enum Kind { Claimed, Replay, Mismatch, InFlight };
    Kind kind = Claimed;
    HttpResponse stored; // for Replay
};

// SM3 over method, path and the canonical (key-sorted, compact) JSON body, hex.
QString payloadHash(const QByteArray &method, const QString &path, const QJsonObject &body);

// INSERT ... ON CONFLICT DO NOTHING inside the open write transaction; on conflict the stored
// row decides: same payload and a stored response → Replay; different payload → Mismatch.
Result<IdempotencyClaim> claimIdempotencyKey(RequestContext &ctx);
Status storeIdempotentResponse(RequestContext &ctx, const HttpResponse &response);

} // namespace hpf::server
