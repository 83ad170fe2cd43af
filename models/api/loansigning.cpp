#include "api/loansigning.h"

#include "crypto/sm3.h"

namespace hpf::client::api {

namespace {

const QString kApplications = u"/api/v1/loans/applications"_qs;
const QStringList kRoles{u"borrower"_qs, u"spouse"_qs, u"co_borrower"_qs, u"guarantor"_qs};
const QStringList kKinds{u"identity"_qs, u"photo"_qs, u"signature"_qs};
const QStringList kSessionStates{u"open"_qs, u"signed"_qs, u"abandoned"_qs};
const QStringList kMethods{u"equal_installment"_qs, u"equal_principal"_qs};
constexpr int kMaxParties = 10; // positions 0…9 (the steps' range)

QString oneOf(Reader &r, QStringView key, const QStringList &allowed)
{
    const QString value = r.id(key);
    if (r.ok() && !allowed.contains(value))
        r.invalid(key, u"unknown value"_qs);
    return value;
}

qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (r.ok() && fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

int position(Reader &r, QStringView key)
{
    const qint64 p = r.integer(key);
    if (r.ok() && (p < 0 || p >= kMaxParties))
        r.invalid(key, u"not a party position"_qs);
    return int(p);
}

QString readDocument(Reader &r, QStringView key)
{
    const QString d = r.id(key);
    if (r.ok() && !loansigning::isDocument(d))
        r.invalid(key, u"loan or mortgage"_qs);
    return d;
}

bool isSm3(const QString &hex)
{
    if (hex.size() != 64)
        return false;
    return std::all_of(hex.begin(), hex.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString sm3Hex(Reader &r, QStringView key)
{
    const QString hex = r.id(key);
    if (r.ok() && !isSm3(hex))
        r.invalid(key, u"not an SM3 digest"_qs);
    return hex;
}

// A PDF in base64: far longer than any text member, so read here and not with Reader::text.
QByteArray base64Pdf(const QJsonObject &json, Reader &r, QStringView key)
{
    if (!r.ok())
        return {};
    const QJsonValue v = json.value(key);
    if (!v.isString()) {
        r.invalid(key, v.isUndefined() ? u"missing"_qs : u"not a string"_qs);
        return {};
    }
    auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        r.invalid(key, u"not base64"_qs);
        return {};
    }
    if (decoded.decoded.size() > 2 * loansigning::kMaxPdfBytes) {
        r.invalid(key, u"too large"_qs);
        return {};
    }
    return decoded.decoded;
}

QString applicationPath(const QString &serial)
{
    return kApplications + u'/' + segment(serial.trimmed());
}

ops::Request post(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

QString stepsPath(const QString &serial)
{
    return applicationPath(serial) + u"/signing/steps"_qs;
}

} // namespace

const LoanContractParty *LoanContract::party(int position) const
{
    for (const LoanContractParty &p : parties) {
        if (p.position == position)
            return &p;
    }
    return nullptr;
}

const LoanContractDocument *LoanContract::document(const QString &name) const
{
    for (const LoanContractDocument &d : documents) {
        if (d.document == name)
            return &d;
    }
    return nullptr;
}

Result<LoanContract> LoanContract::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanContract c;
    c.serial = r.id(u"serial");
    c.status = oneOf(r, u"status", {u"approved"_qs, u"signed"_qs});
    c.amountFen = amount(r, u"amountFen");
    c.amountUpper = r.text(u"amountUpper");
    c.rate = r.id(u"rate");
    c.termMonths = int(r.integer(u"termMonths"));
    if (r.ok() && (c.termMonths < 1 || c.termMonths > 600))
        r.invalid(u"termMonths", u"out of range"_qs);
    c.method = oneOf(r, u"method", kMethods);
    c.firstPaymentFen = amount(r, u"firstPaymentFen");
    Reader property = r.object(u"property");
    c.propertyAddress = property.text(u"address");
    c.priceFen = amount(property, u"priceFen");
    c.purchaseContract = property.text(u"purchaseContract");
    c.bankCode = r.id(u"bankCode");
    c.bankName = r.text(u"bankName");
    if (r.ok() && (c.amountFen == 0 || c.amountUpper.trimmed().isEmpty()))
        r.invalid(c.amountFen == 0 ? u"amountFen" : u"amountUpper", u"a contract lends something"_qs);
    for (Reader &p : r.objects(u"parties")) {
        LoanContractParty party;
        party.position = position(p, u"position");
        party.role = oneOf(p, u"role", kRoles);
        party.documentType = p.id(u"documentType");
        party.documentNumber = p.id(u"documentNumber");
        party.name = p.id(u"name");
        if (p.ok() && c.party(party.position))
            p.invalid(u"position", u"twice"_qs);
        c.parties.append(party);
    }
    if (r.ok() && (c.parties.isEmpty() || c.parties.first().role != u"borrower"))
        r.invalid(u"parties", u"the borrower first"_qs);
    for (Reader &d : r.objects(u"documents")) {
        LoanContractDocument doc;
        doc.document = readDocument(d, u"document");
        doc.contractNumber = d.id(u"contractNumber");
        const QJsonArray signers = d.array(u"signers");
        for (const QJsonValue &v : signers) {
            const int pos = v.isDouble() ? v.toInt(-1) : -1;
            if (d.ok() && (!c.party(pos) || doc.signers.contains(pos)))
                d.invalid(u"signers", u"not a party, or twice"_qs);
            doc.signers.append(pos);
        }
        if (d.ok() && doc.signers.isEmpty())
            d.invalid(u"signers", u"nobody signs"_qs);
        if (d.ok() && c.document(doc.document))
            d.invalid(u"document", u"twice"_qs);
        c.documents.append(doc);
    }
    if (r.ok() && c.documents.isEmpty())
        r.invalid(u"documents", u"nothing to sign"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

bool SigningSession::hasStep(int position, const QString &kind, const QString &document) const
{
    return std::any_of(steps.begin(), steps.end(), [&](const SigningStepRecord &s) {
        return s.position == position && s.kind == kind && s.document == document;
    });
}

bool SigningSession::isSigned(const QString &document) const
{
    return std::any_of(signedDocuments.begin(), signedDocuments.end(),
                       [&](const LoanContractDocument &d) { return d.document == document; });
}

Result<SigningSession> SigningSession::fromJson(const QJsonObject &json)
{
    Reader r(json);
    SigningSession s;
    s.session = r.integer(u"session");
    if (r.ok() && s.session <= 0)
        r.invalid(u"session", u"not an id"_qs);
    s.status = oneOf(r, u"status", kSessionStates);
    s.startedAt = r.dateTime(u"startedAt");
    for (Reader &step : r.objects(u"steps")) {
        SigningStepRecord rec;
        rec.position = position(step, u"position");
        rec.kind = oneOf(step, u"kind", kKinds);
        rec.document = step.optionalText(u"document");
        if (step.ok() && (rec.kind == u"signature") != loansigning::isDocument(rec.document))
            step.invalid(u"document", u"a signature names its document, nothing else does"_qs);
        rec.sm3 = sm3Hex(step, u"sm3");
        s.steps.append(rec);
    }
    for (Reader &d : r.objects(u"signedDocuments")) {
        LoanContractDocument doc;
        doc.document = readDocument(d, u"document");
        doc.contractNumber = d.id(u"contractNumber");
        s.signedDocuments.append(doc);
    }
    if (!r.ok())
        return r.error();
    return s;
}

Result<SignedContract> SignedContract::fromJson(const QJsonObject &json)
{
    Reader r(json);
    SignedContract c;
    c.document = readDocument(r, u"document");
    c.contractNumber = r.id(u"contractNumber");
    c.signedAt = r.dateTime(u"signedAt");
    c.pdfSm3 = sm3Hex(r, u"pdfSm3");
    c.status = oneOf(r, u"status", {u"approved"_qs, u"signed"_qs});
    c.pdf = base64Pdf(json, r, u"pdf");
    // The PDF kept and printed must be the one the server registered.
    if (r.ok() && QString::fromLatin1(crypto::sm3(c.pdf).toHex()) != c.pdfSm3)
        r.invalid(u"pdf", u"not the bytes of pdfSm3"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

Result<ContractVerification> ContractVerification::fromJson(const QJsonObject &json)
{
    Reader r(json);
    ContractVerification v;
    v.valid = r.boolean(u"valid");
    v.registered = r.boolean(u"registered");
    v.reason = r.optionalText(u"reason");
    v.contractNumber = r.optionalText(u"contractNumber");
    if (r.ok() && !r.isNull(u"signedAt") && json.contains(u"signedAt"))
        v.signedAt = r.dateTime(u"signedAt");
    if (r.ok() && v.valid != v.reason.isEmpty())
        r.invalid(u"reason", u"a verdict has a reason exactly when it is not valid"_qs);
    if (r.ok() && !v.valid && !v.reason.startsWith(u"contract."))
        r.invalid(u"reason", u"not a contract.* code"_qs);
    if (r.ok() && v.valid && (v.contractNumber.isEmpty() || !v.signedAt.isValid()))
        r.invalid(v.contractNumber.isEmpty() ? u"contractNumber" : u"signedAt",
                  u"a valid contract names both"_qs);
    if (r.ok() && v.registered && !v.valid)
        r.invalid(u"registered", u"registered but not valid"_qs);
    if (!r.ok())
        return r.error();
    return v;
}

namespace loansigning {

bool isDocument(const QString &document)
{
    return document == u"loan" || document == u"mortgage";
}

ApiRequest contractRequest(const QString &serial)
{
    return ApiRequest::get(applicationPath(serial) + u"/contract"_qs);
}

void contract(ApiClient *api, const QString &serial, QObject *context,
              std::function<void(const Reply<LoanContract> &)> done)
{
    api::fetch<LoanContract>(api, contractRequest(serial), context, &LoanContract::fromJson, std::move(done));
}

ops::Request start(const QString &serial, const QString &summary)
{
    return post(applicationPath(serial) + u"/signing"_qs, {}, summary);
}

ops::Request identityStep(const QString &serial, int position, const QString &documentNumber,
                          const QString &name, const QString &summary)
{
    const QJsonObject card{{u"documentNumber"_qs, documentNumber.trimmed()}, {u"name"_qs, name.trimmed()}};
    return post(stepsPath(serial),
                {{u"position"_qs, position}, {u"kind"_qs, u"identity"_qs}, {u"card"_qs, card}}, summary);
}

ops::Request photoStep(const QString &serial, int position, const QByteArray &image, const QString &summary)
{
    return post(stepsPath(serial),
                {{u"position"_qs, position},
                 {u"kind"_qs, u"photo"_qs},
                 {u"photo"_qs, QString::fromLatin1(image.toBase64())}},
                summary);
}

ops::Request signatureStep(const QString &serial, int position, const QString &document,
                           const signing::SignatureStrokes &strokes, const QString &summary)
{
    return post(stepsPath(serial),
                {{u"position"_qs, position},
                 {u"kind"_qs, u"signature"_qs},
                 {u"document"_qs, document},
                 {u"strokes"_qs, QString::fromUtf8(signing::toJsonBytes(strokes))}},
                summary);
}

ops::Request signContract(const QString &serial, const QString &document, const QByteArray &pdf,
                          const QString &summary)
{
    ops::Request request =
        post(applicationPath(serial) + u"/signing/contracts"_qs,
             {{u"document"_qs, document}, {u"pdf"_qs, QString::fromLatin1(pdf.toBase64())}}, summary);
    request.timeoutMs = 60000; // a few MiB each way on a branch line
    return request;
}

ApiRequest verifyRequest(const QByteArray &pdf)
{
    ApiRequest request = ApiRequest::search(u"/api/v1/loans/contracts/verify"_qs,
                                            {{u"pdf"_qs, QString::fromLatin1(pdf.toBase64())}});
    request.timeoutMs = 60000; // a contract of a few MiB on a branch line
    return request;
}

void verify(ApiClient *api, const QByteArray &pdf, QObject *context,
            std::function<void(const Reply<ContractVerification> &)> done)
{
    api::fetch<ContractVerification>(api, verifyRequest(pdf), context, &ContractVerification::fromJson,
                                     std::move(done));
}

} // namespace loansigning

} // namespace hpf::client::api
