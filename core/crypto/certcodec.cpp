#include "crypto/certcodec.h"

#include "crypto/base45.h"

#include <QCborArray>
#include <QCborStreamWriter>

namespace hpf::crypto {

namespace detail {

// Builds CertificateCheck values (the class has no public setters: a check is only ever made here).
struct CertificateCheckAccess
{
    static CertificateCheck fail(CertificateVerdict verdict, QString detail, QByteArray kid = {})
    {
        CertificateCheck c;
        c.m_verdict = verdict;
        c.m_detail = std::move(detail);
        c.m_kid = std::move(kid);
        return c;
    }

    static CertificateCheck verified(CertificateVerdict verdict, QString detail, QByteArray kid,
                                     CertificateBody body, qint64 version)
    {
        CertificateCheck c = fail(verdict, std::move(detail), std::move(kid));
        c.m_signedBody = std::move(body);
        c.m_version = version;
        return c;
    }
};

} // namespace detail

namespace {

using Access = detail::CertificateCheckAccess;
using V = CertificateVerdict;

constexpr qsizetype kKidBytes = 8;
constexpr qsizetype kSignatureBytes = 64;

QByteArray envelope(qint64 version, const QByteArray &kid, const QByteArray &body,
                    const QByteArray &signature)
{
    QByteArray out;
    QCborStreamWriter writer(&out);
    writer.startArray(4);
    writer.append(version);
    writer.append(kid);
    writer.append(body);
    writer.append(signature);
    writer.endArray();
    return out;
}

Error tooLarge(const QString &detail)
{
    return makeError(u"cert.too_large"_qs, u"body"_qs, detail);
}

} // namespace

QString certificateVerdictCode(CertificateVerdict verdict)
{
    switch (verdict) {
    case V::Valid:
        return u"cert.valid"_qs;
    case V::NotOurPrefix:
        return u"cert.prefix"_qs;
    case V::Base45:
        return u"cert.base45"_qs;
    case V::TooLarge:
        return u"cert.too_large"_qs;
    case V::Cbor:
        return u"cert.cbor"_qs;
    case V::UnsupportedVersion:
        return u"cert.version"_qs;
    case V::UnknownKid:
        return u"cert.unknown_kid"_qs;
    case V::BadSignature:
        return u"cert.signature"_qs;
    case V::KeyNotValidAtIssue:
        return u"cert.key_period"_qs;
    case V::NotYetValid:
        return u"cert.not_yet_valid"_qs;
    case V::Expired:
        return u"cert.expired"_qs;
    }
    return u"cert.unknown"_qs;
}

QDateTime CertificateCheck::issuedAt() const
{
    return m_signedBody ? m_signedBody->issuedAt() : QDateTime();
}

QDateTime CertificateCheck::expiresAt() const
{
    return m_signedBody ? m_signedBody->expiresAt() : QDateTime();
}

Result<QByteArray> encodeCertificatePayload(const CertificateBody &body, const Sm2Key &signer)
{
    if (Status valid = body.validate(kCertificateVersion); !valid)
        return valid.error();
    const QByteArray bodyBytes = body.toCbor();
    auto signature = signer.signRaw(bodyBytes);
    if (!signature)
        return signature.error();
    QByteArray payload = envelope(kCertificateVersion, signer.keyId(), bodyBytes, signature.value());
    if (payload.size() > kMaxCertificatePayloadBytes)
        return tooLarge(QStringLiteral("payload of %1 bytes exceeds %2")
                            .arg(payload.size())
                            .arg(kMaxCertificatePayloadBytes));
    return payload;
}

Result<QString> encodeCertificate(const CertificateBody &body, const Sm2Key &signer)
{
    auto payload = encodeCertificatePayload(body, signer);
    if (!payload)
        return payload.error();
    QString text = kCertificatePrefix + base45Encode(payload.value());
    if (text.size() > kMaxCertificateTextLength)
        return tooLarge(QStringLiteral("text of %1 characters exceeds %2")
                            .arg(text.size())
                            .arg(kMaxCertificateTextLength));
    return text;
}

CertificateCheck verifyCertificate(QStringView text, const TrustList &trust, const Clock &clock)
{
    while (!text.isEmpty() && (text.back() == u'\n' || text.back() == u'\r'))
        text.chop(1);
    if (!text.startsWith(kCertificatePrefix))
        return Access::fail(V::NotOurPrefix, u"text does not start with HPF1:"_qs);
    auto payload = base45Decode(text.sliced(kCertificatePrefix.size()));
    if (!payload)
        return Access::fail(V::Base45, payload.error().detail);
    if (text.size() > kMaxCertificateTextLength)
        return Access::fail(V::TooLarge, QStringLiteral("text of %1 characters exceeds %2")
                                             .arg(text.size())
                                             .arg(kMaxCertificateTextLength));
    return verifyCertificatePayload(payload.value(), trust, clock);
}

QString cleanPresentedCode(QStringView typed)
{
    QString text;
    text.reserve(typed.size());
    for (QChar c : typed) {
        if (c != u'\r' && c != u'\n' && c != u'\t')
            text.append(c);
    }
    return text.trimmed();
}

CertificateCheck verifyPresentedCode(QStringView typed, const TrustList &trust, const Clock &clock,
                                     QString *used)
{
    const QString text = cleanPresentedCode(typed);
    if (used)
        *used = text;
    return verifyCertificate(text, trust, clock);
}

CertificateCheck verifyCertificatePayload(QByteArrayView payload, const TrustList &trust, const Clock &clock)
{
    if (payload.size() > kMaxCertificatePayloadBytes)
        return Access::fail(V::TooLarge, QStringLiteral("payload of %1 bytes exceeds %2")
                                             .arg(payload.size())
                                             .arg(kMaxCertificatePayloadBytes));

    // The envelope: well-formed, canonical (re-encoding gives the same bytes, so nothing trails),
    // an array whose first element is the version.
    const QByteArray data = payload.toByteArray();
    QCborParserError parseError;
    const QCborValue parsed = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError)
        return Access::fail(V::Cbor, u"malformed CBOR: "_qs + parseError.errorString());
    if (parsed.toCbor() != data)
        return Access::fail(V::Cbor, u"payload is not in canonical CBOR form or has trailing bytes"_qs);
    const QCborArray array = parsed.toArray();
    if (!parsed.isArray() || array.isEmpty() || !array.at(0).isInteger() || array.at(0).toInteger() < 0)
        return Access::fail(V::Cbor, u"payload is not an array starting with a version"_qs);
    const qint64 version = array.at(0).toInteger();
    if (version < kOldestCertificateVersion || version > kCertificateVersion)
        return Access::fail(V::UnsupportedVersion,
                            QStringLiteral("version %1 is not supported").arg(version));
    if (array.size() != 4 || !array.at(1).isByteArray() || !array.at(2).isByteArray() ||
        !array.at(3).isByteArray() || array.at(1).toByteArray().size() != kKidBytes ||
        array.at(3).toByteArray().size() != kSignatureBytes)
        return Access::fail(V::Cbor, u"payload is not [version, kid(8), body, signature(64)]"_qs);
    const QByteArray kid = array.at(1).toByteArray();
    const QByteArray bodyBytes = array.at(2).toByteArray();
    const QByteArray signature = array.at(3).toByteArray();
    auto body = CertificateBody::fromCbor(bodyBytes, version);
    if (!body)
        return Access::fail(V::Cbor, body.error().field + u": " + body.error().detail, kid);

    // The signature against the trust list; nothing of the body is trusted before this.
    const TrustedKey *signer = trust.find(kid);
    if (!signer)
        return Access::fail(V::UnknownKid,
                            QStringLiteral("kid %1 is not in the trust list").arg(QLatin1String(kid.toHex())),
                            kid);
    if (!signer->key->verifyRaw(bodyBytes, signature))
        return Access::fail(V::BadSignature, u"signature does not verify"_qs, kid);

    const CertificateBody &b = body.value();
    if (!signer->coversSigningTime(b.issuedAt()))
        return Access::verified(V::KeyNotValidAtIssue, u"issued outside the signing period of its key"_qs,
                                kid, std::move(body.value()), version);
    const qint64 now = clock.now().toSecsSinceEpoch();
    if (now + kCertificateClockSkewSeconds < *b.integer(CertificateField::IssuedAt))
        return Access::verified(V::NotYetValid, u"issue time is in the future"_qs, kid,
                                std::move(body.value()), version);
    if (now >= *b.integer(CertificateField::ExpiresAt))
        return Access::verified(V::Expired, u"certificate has expired"_qs, kid, std::move(body.value()),
                                version);
    return Access::verified(V::Valid, QString(), kid, std::move(body.value()), version);
}

} // namespace hpf::crypto
