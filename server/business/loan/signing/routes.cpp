// Face-to-face signing (面签, issue 18 part C): the contract's data, the session, its steps, the
// signed contracts and their verification. The only file of signing that reads JSON and paths.
#include "platform/http/routes.h"

#include "business/loan/loanroutes.h"
#include "business/loan/signing/signingservice.h"
#include "platform/context.h"
#include "platform/http/bodyreader.h"
#include "platform/http/problem.h"
#include "platform/http/requestcontext.h"

namespace hpf::server {

namespace {

constexpr int kMaxPhotoBytes = 2 * 1024 * 1024;  // a counter camera's JPEG
constexpr int kMaxPdfBytes = 8 * 1024 * 1024;    // a contract with its signatures painted in
constexpr int kMaxStepBody = 4 * kMaxPhotoBytes; // base64 of the photo, or 50,000 stroke points
constexpr int kMaxPdfBody = 2 * kMaxPdfBytes;

Result<QByteArray> base64Field(const QString &text, const QString &field, int maxBytes)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return makeError(u"request.field_type"_qs, field, u"not base64"_qs);
    if (decoded.decoded.isEmpty() || decoded.decoded.size() > maxBytes)
        return makeError(u"request.field_range"_qs, field, QStringLiteral("1 to %1 bytes").arg(maxBytes));
    return decoded.decoded;
}

// {"position": 0, "kind": "identity", "card": {"documentNumber", "name"}}
// {"position": 0, "kind": "photo", "photo": "<base64 JPEG or PNG>"}
// {"position": 0, "kind": "signature", "document": "loan", "strokes": "<stroke JSON as text>"}
Result<SigningStep> readStep(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    SigningStep step;
    step.position = int(body.integer(u"position"_qs, 0, 9));
    step.kind = body.string(u"kind"_qs, 20);
    const bool identity = step.kind == u"identity", photo = step.kind == u"photo",
               signature = step.kind == u"signature";
    step.document = body.string(u"document"_qs, 20, signature);
    const QJsonObject card = body.object(u"card"_qs, identity);
    const QString photoText = body.string(u"photo"_qs, 4 * ((kMaxPhotoBytes + 2) / 3), photo);
    // The stroke JSON as text: its pressures and coordinates are fractions, which the request
    // body's numbers never are (platform/http), and its bytes are what the contract digests.
    const QString strokes = body.string(u"strokes"_qs, kMaxStepBody / 2, signature);
    if (Status s = body.finish(); !s)
        return s.error();
    if (!identity && !photo && !signature)
        return makeError(u"request.field_range"_qs, u"kind"_qs, u"identity, photo or signature"_qs);
    // A member of another kind is a client bug worth naming, not something to ignore.
    if (!identity && ctx.body.contains(u"card"_qs))
        return makeError(u"request.unknown_field"_qs, u"card"_qs);
    if (!photo && ctx.body.contains(u"photo"_qs))
        return makeError(u"request.unknown_field"_qs, u"photo"_qs);
    if (!signature && (ctx.body.contains(u"strokes"_qs) || ctx.body.contains(u"document"_qs)))
        return makeError(u"request.unknown_field"_qs,
                         ctx.body.contains(u"strokes"_qs) ? u"strokes"_qs : u"document"_qs);
    if (signature) {
        if (step.document != u"loan" && step.document != u"mortgage")
            return makeError(u"request.field_range"_qs, u"document"_qs, u"loan or mortgage"_qs);
        step.strokes = strokes.toUtf8();
    }
    if (identity) {
        BodyReader c(card, u"card"_qs);
        step.cardNumber = c.string(u"documentNumber"_qs, 40);
        step.cardName = c.string(u"name"_qs, 60);
        if (Status s = c.finish(); !s)
            return s.error();
    }
    if (photo) {
        auto bytes = base64Field(photoText, u"photo"_qs, kMaxPhotoBytes);
        if (!bytes)
            return bytes.error();
        step.photo = *bytes;
    }
    return step;
}

struct PdfInput
{
    QString document;
    QByteArray pdf;
};

Result<PdfInput> readPdf(const RequestContext &ctx, bool withDocument)
{
    BodyReader body(ctx.body);
    PdfInput in;
    if (withDocument)
        in.document = body.string(u"document"_qs, 20);
    const QString pdf = body.string(u"pdf"_qs, 4 * ((kMaxPdfBytes + 2) / 3));
    if (Status s = body.finish(); !s)
        return s.error();
    if (withDocument && in.document != u"loan" && in.document != u"mortgage")
        return makeError(u"request.field_range"_qs, u"document"_qs, u"loan or mortgage"_qs);
    auto bytes = base64Field(pdf, u"pdf"_qs, kMaxPdfBytes);
    if (!bytes)
        return bytes.error();
    in.pdf = *bytes;
    return in;
}

// {"reason": "…"} of an abandoned session (issue 18, part H).
Result<QString> readAbandonReason(const RequestContext &ctx)
{
    BodyReader body(ctx.body);
    const QString reason = body.string(u"reason"_qs, 200);
    if (Status s = body.finish(); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(u"request.field_required"_qs, u"reason"_qs);
    return reason.trimmed();
}

Status noBody(RequestContext &ctx)
{
    return ctx.body.isEmpty() ? Status{}
                              : Status{makeError(u"request.unknown_field"_qs, ctx.body.keys().value(0))};
}

} // namespace

void registerSigningRoutes(Router &router)
{
    const QString base = u"/api/v1/loans/applications/{serial}"_qs;
    router.add(
        makeRoute("GET", base + u"/contract"_qs, u"loans.contract"_qs, false, {},
                  jsonHandler(200, [](RequestContext &ctx) { return contractData(ctx, ctx.arg(0)); })));
    router.add(
        makeRoute("POST", base + u"/signing"_qs, u"loans.sign"_qs, true, noBody,
                  jsonHandler(200, [](RequestContext &ctx) { return startSigning(ctx, ctx.arg(0)); })));
    router.add(makeRoute(
        "POST", base + u"/signing/steps"_qs, u"loans.signStep"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto step = readStep(ctx);
            return step ? Status{} : Status{step.error()};
        },
        jsonHandler(200,
                    [](RequestContext &ctx) -> Result<QJsonObject> {
                        auto step = readStep(ctx);
                        if (!step)
                            return step.error();
                        return addSigningStep(ctx, ctx.arg(0), *step);
                    }),
        kMaxStepBody));
    router.add(makeRoute(
        "POST", base + u"/signing/contracts"_qs, u"loans.signContract"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto in = readPdf(ctx, true);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200,
                    [](RequestContext &ctx) -> Result<QJsonObject> {
                        auto in = readPdf(ctx, true);
                        if (!in)
                            return in.error();
                        return signContract(ctx, ctx.arg(0), in->document, in->pdf);
                    }),
        kMaxPdfBody));
    // issue 18: give up the open session (the borrower left, a party is missing).
    router.add(makeRoute(
        "POST", base + u"/signing/abandon"_qs, u"loans.signAbandon"_qs, true,
        [](RequestContext &ctx) -> Status {
            auto reason = readAbandonReason(ctx);
            return reason ? Status{} : Status{reason.error()};
        },
        jsonHandler(200, [](RequestContext &ctx) -> Result<QJsonObject> {
            auto reason = readAbandonReason(ctx);
            if (!reason)
                return reason.error();
            return abandonSigning(ctx, ctx.arg(0), *reason);
        })));
    // A read sent as POST: the contract travels in the body.
    router.add(makeRoute(
        "POST", u"/api/v1/loans/contracts/verify"_qs, u"loans.verifyContract"_qs, false,
        [](RequestContext &ctx) -> Status {
            auto in = readPdf(ctx, false);
            return in ? Status{} : Status{in.error()};
        },
        jsonHandler(200,
                    [](RequestContext &ctx) -> Result<QJsonObject> {
                        auto in = readPdf(ctx, false);
                        if (!in)
                            return in.error();
                        return inReadTransaction(ctx, [&]() { return verifyContract(ctx, in->pdf); });
                    }),
        kMaxPdfBody));
}

} // namespace hpf::server
