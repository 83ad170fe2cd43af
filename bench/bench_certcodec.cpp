// Certificate codec throughput: issuing and verifying a realistic deposit certificate, against raw
// SM2 sign + verify of the same body bytes measured in the same run (the codec's own overhead is the
// gap between them). Runs for about 8 seconds.

#include "base/clock.h"
#include "benchsupport.h"
#include "crypto/certcodec.h"

#include <QCoreApplication>
#include <cstdlib>

using namespace hpf::crypto;

namespace {

CertificateBody depositCertificate(const QDateTime &now)
{
    CertificateBody b;
    b.setInteger(CertificateField::Type, 1);
    b.setText(CertificateField::Number, u"ZM20240321000123"_qs);
    b.setText(CertificateField::Center, u"320100"_qs);
    b.setText(CertificateField::MaskedName, u"张*明"_qs);
    b.setText(CertificateField::MaskedIdNumber, u"3201**********1234"_qs);
    b.setIssuedAt(now.addSecs(-3600));
    b.setExpiresAt(now.addDays(30));
    b.setInteger(CertificateField::AccountState, 1);
    b.setInteger(CertificateField::BalanceFen, 12345678);
    b.setInteger(CertificateField::MonthlyDepositFen, 256000);
    b.setInteger(CertificateField::DepositFrom, 201507);
    b.setInteger(CertificateField::DepositTo, 202402);
    b.setInteger(CertificateField::LoanRecord, 0);
    return b;
}

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "benchmark check failed: %s\n", what);
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    using hpf::bench::measure;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const hpf::ManualClock clock(now);
    auto generated = Sm2Key::generate();
    require(generated.ok(), "key generation");
    const Sm2Key key = std::move(generated.value());
    TrustList trust;
    require(trust.add(key, now.addDays(-1)).ok(), "trust list");
    const CertificateBody body = depositCertificate(now);
    const QByteArray bodyBytes = body.toCbor();
    const QString code = encodeCertificate(body, key).value();
    const QByteArray signature = key.signRaw(bodyBytes).value();

    constexpr int kBudgetMs = 2000;
    constexpr int kBatch = 20;
    const auto signVerify = measure(u"SM2 sign+verify of the body bytes"_qs, kBudgetMs, kBatch, [&](int n) {
        for (int i = 0; i < n; ++i) {
            const auto sig = key.signRaw(bodyBytes);
            require(sig.ok() && key.verifyRaw(bodyBytes, sig.value()), "raw sign+verify");
        }
    });
    const auto roundTrip =
        measure(u"certificate encode+sign+verify+decode"_qs, kBudgetMs, kBatch, [&](int n) {
            for (int i = 0; i < n; ++i) {
                const auto text = encodeCertificate(body, key);
                require(text.ok() && verifyCertificate(text.value(), trust, clock).ok(),
                        "certificate round trip");
            }
        });
    const auto verifyOnly = measure(u"SM2 verify of the body bytes"_qs, kBudgetMs / 2, kBatch, [&](int n) {
        for (int i = 0; i < n; ++i)
            require(key.verifyRaw(bodyBytes, signature), "raw verify");
    });
    const auto decodeOnly =
        measure(u"certificate verify+decode (counter side)"_qs, kBudgetMs / 2, kBatch, [&](int n) {
            for (int i = 0; i < n; ++i)
                require(verifyCertificate(code, trust, clock).ok(), "certificate verify");
        });

    std::printf("payload %lld bytes, QR text %lld characters\n",
                qlonglong(encodeCertificatePayload(body, key).value().size()), qlonglong(code.size()));
    hpf::bench::report(signVerify, {roundTrip});
    hpf::bench::report(verifyOnly, {decodeOnly});
    return 0;
}
