#include "platform/http/routes.h"

#include "business/certificates/signingkeys.h"
#include "integration/transfer/inbound.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"
#include "transfer/message.h"

#include <QJsonDocument>

// The cross-city transfer channel's one route (no session: the sending center's SM2 signature
// authenticates). Replies and envelope refusals are signed with this center's active signing key.
namespace hpf::server {

void registerTransferChannelRoutes(Router &router)
{
    router.add(makeRoute(
        "POST", u"/integration/transfer/v1/messages"_qs, u"transfers.messages"_qs, false, {},
        [](RequestContext &ctx) -> Result<HttpResponse> {
            auto reply = receiveTransferMessage(ctx, ctx.body, ctx.request.body.size());
            HttpResponse r;
            r.setHeader("Cache-Control", "no-store");
            if (reply) {
                r.status = 200;
                r.body = *reply;
                return r;
            }
            const Error &error = reply.error();
            if (error.code.startsWith(u"db."))
                return error;
            if (error.code == u"transfer.unavailable")
                return problem(error, ctx.request.requestId, 503);
            const HttpResponse refused = problem(error, ctx.request.requestId, transferRefusalStatus(error));
            QJsonObject body = QJsonDocument::fromJson(refused.body).object();
            const auto &signer = ctx.server.certificateSigner;
            body.insert(u"kid"_qs, signer->kid());
            auto signedBody = transfer::sign(body, signer->key());
            if (!signedBody)
                return problem(signedBody.error(), ctx.request.requestId, 500);
            r.status = refused.status;
            r.contentType = refused.contentType;
            r.body = QJsonDocument(*signedBody).toJson(QJsonDocument::Compact);
            return r;
        },
        // Twice the message limit reaches the service, which refuses (and audits) what is over it;
        // beyond that the HTTP front answers 413 itself.
        2 * transfer::kMaxMessageBytes));
}

} // namespace hpf::server
