// libFuzzer target: the certificate verifier on arbitrary input, with a fixed trust list and clock.
// It must never crash, never accept a code the fuzzer made up (it cannot sign), and the strict body
// parser must only accept bytes that re-encode identically. Bodies that parse are signed here so
// the steps after the signature (key period, times, field exposure) are reached too.

#include "base/clock.h"
#include "crypto/base45.h"
#include "crypto/certcodec.h"

#include <cstdint>
#include <cstdlib>

using namespace hpf::crypto;

namespace {

struct Fixture
{
    Sm2Key key;
    TrustList trust;
    hpf::ManualClock clock{QDateTime::fromSecsSinceEpoch(1711000000, Qt::UTC)};

    Fixture()
    {
        auto generated = Sm2Key::generate();
        if (!generated.ok())
            std::abort();
        key = std::move(generated.value());
        if (!trust.add(key, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC)).ok())
            std::abort();
    }
};

const Fixture &fixture()
{
    static const Fixture f;
    return f;
}

void checkInvariants(const CertificateCheck &check)
{
    if ((check.body() != nullptr) != check.ok())
        std::abort();
    if (check.expiresAt().isValid() != check.signatureVerified())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Arbitrary text as typed by a scanner, and arbitrary bytes behind a valid prefix and Base45.
    for (const QString &text :
         {QString::fromUtf8(bytes), QString(kCertificatePrefix + base45Encode(bytes))}) {
        const CertificateCheck check = verifyCertificate(text, f.trust, f.clock);
        checkInvariants(check);
        if (check.signatureVerified())
            std::abort(); // a forged signature verified
    }
    const CertificateCheck binary = verifyCertificatePayload(bytes, f.trust, f.clock);
    checkInvariants(binary);
    if (binary.signatureVerified())
        std::abort();

    // The body parser on its own: strict and canonical.
    const auto body = CertificateBody::fromCbor(bytes);
    if (!body.ok())
        return 0;
    if (body->toCbor() != bytes || !body->validate().ok())
        std::abort();
    const auto code = encodeCertificate(body.value(), f.key);
    if (!code.ok())
        return 0; // e.g. too large to issue
    const CertificateCheck signedCheck = verifyCertificate(code.value(), f.trust, f.clock);
    checkInvariants(signedCheck);
    if (!signedCheck.signatureVerified())
        std::abort();
    if (signedCheck.ok() && !(*signedCheck.body() == body.value()))
        std::abort();
    return 0;
}
