#include "platform/http/routes.h"

#include "business/certificates/signingkeys.h"
#include "integration/court/courtservice.h"
#include "judicial/courtmessage.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"

#include <QJsonDocument>

// The online court channel's one route (no session: the court's SM2 signature authenticates).
// Every body it answers, refusals included, is signed with the center's active signing key.
namespace hpf::server {

namespace {

HttpResponse signedResponse(const RequestContext &ctx, int status, QJsonObject body, const QByteArray &type)
{
    const auto &signer = ctx.server.certificateSigner;
    body.insert(u"kid"_qs, signer->kid());
    auto signedBody = judicial::court::sign(body, signer->key());
    if (!signedBody)
        return problem(signedBody.error(), ctx.request.requestId, 500);
    HttpResponse r = HttpResponse::json(status, *signedBody);
    r.contentType = type;
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace

void registerCourtRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/integration/court/v1/messages"_qs, u"court.messages"_qs, false, {},
        [](RequestContext &ctx) -> Result<HttpResponse> {
            // Without the center's key no answer could be trusted by the court: fail closed.
            if (!ctx.server.certificateSigner)
                return problem(
                    makeError(u"court.unavailable"_qs, {}, u"the center has no active signing key"_qs),
                    ctx.request.requestId, 503);
            auto reply = handleCourtMessage(ctx, ctx.body);
            if (reply)
                return signedResponse(ctx, reply->status, reply->body, QByteArrayLiteral("application/json"));
            if (reply.error().code.startsWith(u"db."))
                return reply.error();
            const HttpResponse refused =
                problem(reply.error(), ctx.request.requestId, courtErrorStatus(reply.error()));
            return signedResponse(ctx, refused.status, QJsonDocument::fromJson(refused.body).object(),
                                  refused.contentType);
        },
        judicial::court::kMaxMessageBytes));
}

} // namespace hpf::server
