// libFuzzer target: the certificate verifier on arbitrary input, with a fixed trust list and clock.
// It must never crash, never accept a code signed by nobody it trusts, never verify a signature of
// the secret key (generated at start; the fuzzer cannot sign with it), and the strict body parser
// must only accept bytes that re-encode identically. The trust list also holds the published seed
// key (seedkey.h) that signed the seed codes, so mutations of real codes get past the signature;
// bodies that parse are signed here too, so the steps after the signature (key period, times,
// field exposure) are reached.

#include "base/clock.h"
#include "crypto/base45.h"
#include "crypto/certcodec.h"
#include "seedkey.h"

#include <cstdint>
#include <cstdlib>

using namespace hpf::crypto;

namespace {

struct Fixture
{
    Sm2Key key;
    Sm2Key seed = hpf::fuzz::seedKey();
    TrustList trust;
    // A few days after the seed codes were issued (fuzz/seeds: the harness's clock, 2025-07-15).
    hpf::ManualClock clock{QDateTime(QDate(2025, 7, 20), QTime(2, 0), Qt::UTC)};

    Fixture()
    {
        auto generated = Sm2Key::generate();
        if (!generated.ok())
            std::abort();
        key = std::move(generated.value());
        if (!trust.add(key, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC)).ok() ||
            !trust.add(seed, QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC)).ok())
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
        if (check.signatureVerified() && check.kid() != f.seed.keyId())
            std::abort(); // a forged signature verified
    }
    const CertificateCheck binary = verifyCertificatePayload(bytes, f.trust, f.clock);
    checkInvariants(binary);
    if (binary.signatureVerified() && binary.kid() != f.seed.keyId())
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
