#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/certbody.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <optional>

// Signed QR certificates (亮码可办), as decided in reference/certificates.md:
//   text    = "HPF1:" + Base45(payload)
//   payload = canonical CBOR array [version, kid (8 bytes), body (byte string holding the
//             canonical CBOR map of CertificateBody), signature (64 bytes, raw r||s)]
// Version 2 (issued now) differs from version 1 only in what the body may carry
// (certificateKeyAllowed): a verifier sees masked identity, the certificate's number, type,
// dates and the fact it asserts; the rest is on the server behind the online check. Verifiers
// accept both versions, so codes issued as version 1 keep verifying until they expire.
// The signature is SM2 with SM3 and the explicit distinguishing ID over the exact body bytes; kid is
// the first 8 bytes of SM3 over the signer's SubjectPublicKeyInfo DER.
namespace hpf::crypto {

inline constexpr QLatin1String kCertificatePrefix("HPF1:");
inline constexpr qint64 kCertificateVersion = kCertificateBodyV2;       // what encodeCertificate() writes
inline constexpr qint64 kOldestCertificateVersion = kCertificateBodyV1; // the oldest still verified
// Limits checked before any CBOR parsing. A realistic certificate is ~300 characters.
inline constexpr qsizetype kMaxCertificateTextLength = 1200; // characters, prefix included
inline constexpr qsizetype kMaxCertificatePayloadBytes = 900;
// A verifier's clock may run behind the issuing server's by this much without a certificate
// being reported as not yet valid.
inline constexpr qint64 kCertificateClockSkewSeconds = 300;

// The outcome of verifying a presented code; failures name the step, in the order they are checked.
enum class CertificateVerdict {
    Valid,
    NotOurPrefix,       // does not start with "HPF1:"
    Base45,             // damaged Base45 text
    TooLarge,           // text or payload above the limits
    Cbor,               // malformed or non-canonical CBOR, wrong array shape, wrong types
    UnsupportedVersion, // a version this verifier does not know
    UnknownKid,         // signed by a key that is not in the trust list
    BadSignature,       // signature does not verify: body changed, swapped, or signed by another key
    KeyNotValidAtIssue, // issued outside the signing period of its (e.g. retired) key
    NotYetValid,        // issue time in the future (beyond the allowed clock skew)
    Expired,            // now at or after the expiry time
};

// Stable code for the API and for translated text: "cert.valid", "cert.prefix", "cert.base45",
// "cert.too_large", "cert.cbor", "cert.version", "cert.unknown_kid", "cert.signature",
// "cert.key_period", "cert.not_yet_valid", "cert.expired".
QString certificateVerdictCode(CertificateVerdict verdict);

namespace detail {
struct CertificateCheckAccess;
}

// The result of verifyCertificate(). Body fields are only available once the signature has
// verified against the trust list (and, through body(), only when the certificate is valid).
class CertificateCheck
{
public:
    CertificateVerdict verdict() const { return m_verdict; }
    bool ok() const { return m_verdict == CertificateVerdict::Valid; }
    QString code() const { return certificateVerdictCode(m_verdict); }
    QString detail() const { return m_detail; } // developer-facing English, for logs

    QByteArray kid() const { return m_kid; }     // known from the UnknownKid step on
    qint64 version() const { return m_version; } // envelope version, once the signature verified
    bool signatureVerified() const { return m_signedBody.has_value(); }
    // The verified body of a valid certificate; nullptr otherwise.
    const CertificateBody *body() const { return ok() ? &*m_signedBody : nullptr; }
    // Issue and expiry times from a verified signature (also for expired / not yet valid
    // certificates, so the verifier can say when); invalid when the signature did not verify.
    QDateTime issuedAt() const;
    QDateTime expiresAt() const;

private:
    friend struct detail::CertificateCheckAccess;

    CertificateVerdict m_verdict = CertificateVerdict::Cbor;
    QString m_detail;
    QByteArray m_kid;
    qint64 m_version = 0;
    std::optional<CertificateBody> m_signedBody;
};

// Issuing (back end): validates the body for kCertificateVersion, signs it and returns the QR text.
// Error codes: cert.body (see CertificateBody::validate(version)), crypto.no_private_key, crypto.sign,
// cert.too_large (the result would exceed what verifiers accept).
Result<QString> encodeCertificate(const CertificateBody &body, const Sm2Key &signer);
// The binary payload inside the text (for a byte-mode symbol, or tests). Same errors.
Result<QByteArray> encodeCertificatePayload(const CertificateBody &body, const Sm2Key &signer);

// Verifying a presented code, offline. Trailing CR/LF (a scanner's Enter) is ignored.
CertificateCheck verifyCertificate(QStringView text, const TrustList &trust,
                                   const Clock &clock = Clock::system());
// A code as typed, scanned or pasted: line breaks and tabs (never part of a code) removed
// anywhere, surrounding spaces removed. Spaces inside are kept (Base45 has one); a code never
// ends in one (the last Base45 character of a group is at most 'W', of a pair at most '5').
QString cleanPresentedCode(QStringView typed);
// verifyCertificate() of cleanPresentedCode(typed); `used` receives the cleaned code (what
// certificateCheckValue() and the online check need).
CertificateCheck verifyPresentedCode(QStringView typed, const TrustList &trust,
                                     const Clock &clock = Clock::system(), QString *used = nullptr);
// The same from the binary payload (the steps after Base45).
CertificateCheck verifyCertificatePayload(QByteArrayView payload, const TrustList &trust,
                                          const Clock &clock = Clock::system());

} // namespace hpf::crypto
