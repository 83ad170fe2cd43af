#include "platform/http/routes.h"
#include "business/certificates/certificateservice.h"
#include "business/certificates/certificatetypes.h"
#include "platform/context.h"
#include "business/certificates/signingkeys.h"
#include "business/certificates/verifypage.h"

namespace hpf::server {

namespace {

Status codeOnly(RequestContext &ctx)
{
    const QJsonValue code = ctx.body.value(u"code"_qs);
    if (ctx.body.size() != 1 || !code.isString())
        return makeError(u"request.field_required"_qs, u"code"_qs,
                         u"the body is {\"code\": \"HPF1:...\"}"_qs);
    if (code.toString().size() > 2000)
        return makeError(u"request.field_too_long"_qs, u"code"_qs);
    return {};
}

} // namespace

void registerCertificateRoutes(Router &router)
{
    const QStringList lookup = lookupRoles();
    const QStringList tellers{roles::teller};
    const QStringList publicRoute; // no roles: unauthenticated

    router.add(makeRoute("GET", u"/api/v1/certificates/types"_qs, u"certificates.types"_qs, publicRoute,
                         false, {}, [](RequestContext &ctx) -> Result<HttpResponse> {
                             auto catalog = loadCertificateTypes(ctx.server.policy);
                             if (!catalog)
                                 return catalog.error();
                             QJsonObject doc = catalog->toJson(ctx.server.policy.centerCode(),
                                                               ctx.server.policy.centerName());
                             const auto &signer = ctx.server.certificateSigner;
                             doc.insert(u"issuingAvailable"_qs, signer != nullptr);
                             doc.insert(u"training"_qs, signer && signer->training());
                             return withEtag(ctx.request, HttpResponse::json(200, doc));
                         }));
    router.add(makeRoute("GET", u"/api/v1/certificates/trust-list"_qs, u"certificates.trustList"_qs,
                         publicRoute, false, {}, [](RequestContext &ctx) -> Result<HttpResponse> {
                             auto list = buildTrustList(ctx.db);
                             if (!list)
                                 return list.error();
                             HttpResponse r;
                             r.body = list->toJson();
                             return withEtag(ctx.request, r);
                         }));
    router.add(makeRoute("POST", u"/api/v1/certificates/verify"_qs, u"certificates.verify"_qs, publicRoute,
                         false, codeOnly, jsonHandler(200, [](RequestContext &ctx) {
                             return verifyPresentedCode(ctx, ctx.body.value(u"code"_qs).toString());
                         })));
    router.add(makeRoute("GET", u"/api/v1/certificates"_qs, u"certificates.list"_qs, lookup, false, {},
                         jsonHandler(200, listCertificates)));
    router.add(makeRoute("POST", u"/api/v1/certificates"_qs, u"certificates.issue"_qs, tellers, true,
                         validateIssue, jsonHandler(201, issueCertificate)));
    router.add(makeRoute("POST", u"/api/v1/certificates/batch"_qs, u"certificates.batch"_qs, tellers, true,
                         validateBatch, jsonHandler(201, issueBatch)));
    router.add(
        makeRoute("GET", u"/api/v1/certificates/{number}"_qs, u"certificates.get"_qs, lookup, false, {},
                  jsonHandler(200, [](RequestContext &ctx) { return getCertificate(ctx, ctx.arg(0)); })));
    router.add(makeRoute("GET", u"/api/v1/certificates/{number}/status"_qs, u"certificates.status"_qs,
                         publicRoute, false, {}, jsonHandler(200, [](RequestContext &ctx) {
                             return certificateStatus(ctx, ctx.arg(0),
                                                      ctx.request.query.queryItemValue(u"check"_qs));
                         })));
    router.add(makeRoute("POST", u"/api/v1/certificates/{number}/reissue"_qs, u"certificates.reissue"_qs,
                         tellers, true, validateReissue, jsonHandler(201, [](RequestContext &ctx) {
                             return reissueCertificate(ctx, ctx.arg(0));
                         })));
    router.add(
        makeRoute("POST", u"/api/v1/certificates/{number}/revoke"_qs, u"certificates.revoke"_qs,
                  {roles::teller, roles::supervisor}, true, validateRevoke,
                  jsonHandler(200, [](RequestContext &ctx) { return revokeCertificate(ctx, ctx.arg(0)); })));
    router.add(makeRoute(
        "GET", u"/verify"_qs, u"web.verify"_qs, publicRoute, false, {},
        [](RequestContext &ctx) -> Result<HttpResponse> {
            const QString code = ctx.request.query.queryItemValue(u"code"_qs, QUrl::FullyDecoded).left(2000);
            std::optional<QJsonObject> result;
            if (!code.trimmed().isEmpty()) {
                auto r = verifyPresentedCode(ctx, code);
                if (!r)
                    return r.error();
                result = *r;
            }
            HttpResponse page;
            page.body = renderVerifyPage(code, result);
            page.contentType = QByteArrayLiteral("text/html; charset=utf-8");
            page.setHeader("Content-Security-Policy",
                           "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
            page.setHeader("Cache-Control", "no-store");
            page.setHeader("X-Frame-Options", "DENY");
            return page;
        }));
}

} // namespace hpf::server
