#include "platform/http/routes.h"

#include "business/certificates/certificateservice.h"
#include "business/certificates/certificatetypes.h"
#include "business/certificates/signingkeys.h"
#include "business/certificates/verifypage.h"
#include "platform/http/bodyreader.h"
#include "platform/http/requestcontext.h"

#include <QJsonArray>

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

// The values are passed as sent (not trimmed), as the services always had them; the reader only
// checks the shape.
Result<IssueRequest> readIssue(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    body.string(u"type"_qs, 40);
    body.string(u"accountNumber"_qs, 20);
    body.object(u"inputs"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    return IssueRequest{ctx.body.value(u"type"_qs).toString(), ctx.body.value(u"accountNumber"_qs).toString(),
                        ctx.body.value(u"inputs"_qs).toObject()};
}

Result<BatchRequest> readBatch(const RequestContext &ctx)
{
    QJsonObject rest = ctx.body;
    const QJsonValue list = rest.take(u"accountNumbers"_qs);
    BodyReader body(rest);
    body.string(u"type"_qs, 40);
    body.string(u"unitAccount"_qs, 20);
    body.object(u"inputs"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    BatchRequest in{ctx.body.value(u"type"_qs).toString(), ctx.body.value(u"unitAccount"_qs).toString(),
                    ctx.body.value(u"inputs"_qs).toObject(), std::nullopt};
    if (list.isUndefined())
        return in;
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxCertificateBatch)
        return makeError(u"request.field_range"_qs, u"accountNumbers"_qs, u"1..500 account numbers"_qs);
    QStringList numbers;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 20)
            return makeError(u"request.field_type"_qs, u"accountNumbers"_qs);
        numbers.append(v.toString());
    }
    in.accountNumbers = numbers;
    return in;
}

Result<ReissueRequest> readReissue(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    body.string(u"reason"_qs, 200);
    body.object(u"inputs"_qs, false);
    if (Status s = body.finish(); !s)
        return s.error();
    ReissueRequest in{ctx.arg(0), ctx.body.value(u"reason"_qs).toString(), std::nullopt};
    if (ctx.body.contains(u"inputs"_qs))
        in.inputs = ctx.body.value(u"inputs"_qs).toObject();
    return in;
}

Result<RevokeRequest> readRevoke(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    return RevokeRequest{ctx.arg(0), ctx.body.value(u"reason"_qs).toString()};
}

template<typename Read>
Validator validator(Read read)
{
    return [read](RequestContext &ctx) -> Status {
        auto in = read(ctx);
        return in ? Status{} : Status{in.error()};
    };
}

// The staff view of a certificate as of this request.
QJsonObject staffView(const RequestContext &ctx, const CertificateRecord &r)
{
    return certificateView(ctx, r);
}

QJsonObject batchJson(const RequestContext &ctx, const CertificateBatch &b)
{
    QJsonArray items;
    for (const CertificateBatch::Item &item : b.items) {
        QJsonObject o{{u"accountNumber"_qs, item.accountNumber}};
        if (item.certificate) {
            o.insert(u"status"_qs, u"issued"_qs);
            o.insert(u"certificate"_qs, certificateView(ctx, *item.certificate));
        } else {
            o.insert(u"status"_qs, u"refused"_qs);
            o.insert(u"code"_qs, item.refusal.code);
            o.insert(u"detail"_qs, item.refusal.detail);
        }
        items.append(o);
    }
    return {{u"batch"_qs, b.batch},   {u"unitAccount"_qs, b.unitAccount}, {u"type"_qs, b.type},
            {u"issued"_qs, b.issued}, {u"refused"_qs, b.refused()},       {u"items"_qs, items}};
}

// Reads the request with `read`, runs `run` and answers `status` with `toJson` of the result.
template<typename Read, typename Run, typename ToJson>
Handler handler(int status, Read read, Run run, ToJson toJson)
{
    return jsonHandler(status, [read, run, toJson](RequestContext &ctx) -> Result<QJsonObject> {
        auto in = read(ctx);
        if (!in)
            return in.error();
        auto r = run(ctx, *in);
        if (!r)
            return r.error();
        return toJson(ctx, *r);
    });
}

} // namespace

void registerCertificateRoutes(Router &router)
{

    router.add(makeRoute("GET", u"/api/v1/certificates/types"_qs, u"certificates.types"_qs, false, {},
                         [](RequestContext &ctx) -> Result<HttpResponse> {
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
    router.add(makeRoute("GET", u"/api/v1/certificates/trust-list"_qs, u"certificates.trustList"_qs, false,
                         {}, [](RequestContext &ctx) -> Result<HttpResponse> {
                             auto list = buildTrustList(ctx.db);
                             if (!list)
                                 return list.error();
                             HttpResponse r;
                             r.body = list->toJson();
                             return withEtag(ctx.request, r);
                         }));
    router.add(makeRoute("POST", u"/api/v1/certificates/verify"_qs, u"certificates.verify"_qs, false,
                         codeOnly, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto r = verifyPresentedCode(ctx, ctx.body.value(u"code"_qs).toString());
                             if (!r)
                                 return r.error();
                             return verificationJson(ctx, *r);
                         })));
    router.add(makeRoute(
        "GET", u"/api/v1/certificates"_qs, u"certificates.list"_qs, false, {},
        jsonHandler(200, [](RequestContext &ctx) {
            const QString account = ctx.request.query.queryItemValue(u"accountNumber"_qs);
            auto rows = listCertificates(ctx, account);
            if (!rows)
                return Result<QJsonObject>(rows.error());
            QJsonArray items;
            for (const CertificateRecord &r : *rows)
                items.append(certificateView(ctx, r));
            return Result<QJsonObject>(QJsonObject{{u"accountNumber"_qs, account}, {u"items"_qs, items}});
        })));
    router.add(makeRoute("POST", u"/api/v1/certificates"_qs, u"certificates.issue"_qs, true,
                         validator(readIssue), handler(201, readIssue, issueCertificate, staffView)));
    router.add(makeRoute("POST", u"/api/v1/certificates/batch"_qs, u"certificates.batch"_qs, true,
                         validator(readBatch), handler(201, readBatch, issueBatch, batchJson)));
    router.add(makeRoute("GET", u"/api/v1/certificates/{number}"_qs, u"certificates.get"_qs, false, {},
                         jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto r = getCertificate(ctx, ctx.arg(0));
                             if (!r)
                                 return r.error();
                             return certificateView(ctx, *r);
                         })));
    router.add(makeRoute("GET", u"/api/v1/certificates/{number}/status"_qs, u"certificates.status"_qs, false,
                         {}, jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
                             auto r = certificateStatus(ctx, ctx.arg(0),
                                                        ctx.request.query.queryItemValue(u"check"_qs));
                             if (!r)
                                 return r.error();
                             return certificatePublicView(ctx, *r);
                         })));
    router.add(makeRoute("POST", u"/api/v1/certificates/{number}/reissue"_qs, u"certificates.reissue"_qs,
                         true, validator(readReissue),
                         handler(201, readReissue, reissueCertificate, staffView)));
    router.add(makeRoute("POST", u"/api/v1/certificates/{number}/revoke"_qs, u"certificates.revoke"_qs, true,
                         validator(readRevoke), handler(200, readRevoke, revokeCertificate, staffView)));
    router.add(makeRoute(
        "GET", u"/verify"_qs, u"web.verify"_qs, false, {}, [](RequestContext &ctx) -> Result<HttpResponse> {
            // The form's GET: decoded as a browser encodes it ('+' is a space; QUrlQuery keeps it a
            // '+', and a Base45 code has both spaces and plus signs).
            const QString code =
                formValue(ctx.request.query.query(QUrl::FullyEncoded).toUtf8(), u"code").left(2000);
            std::optional<QJsonObject> result;
            if (!code.trimmed().isEmpty()) {
                auto r = verifyPresentedCode(ctx, code);
                if (!r)
                    return r.error();
                result = verificationJson(ctx, *r);
            }
            HttpResponse page;
            page.body = renderVerifyPage(code, result);
            // With its charset: the HTTP front adds one only to a type that has none.
            page.contentType = QByteArrayLiteral("text/html; charset=utf-8");
            page.setHeader("Content-Security-Policy",
                           "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
            page.setHeader("Cache-Control", "no-store");
            page.setHeader("X-Frame-Options", "DENY");
            return page;
        }));
}

} // namespace hpf::server
