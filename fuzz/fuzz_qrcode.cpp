// libFuzzer target: the path of a code presented as a picture — image bytes (PNG, JPEG, GIF, BMP …
// whatever Qt reads; bytes no image format takes are read as a square 8-bit grey picture, so
// mutations flip modules instead of breaking a PNG checksum) decoded to an image, the QR symbol found in it
// (CodeReader, ZXing), the text cleaned as typed input and verified as a certificate against a trust list. It
// must never crash or accept a forgery (fuzz/seedkey.h: the seed key's codes are real, the secret key's
// cannot be made).
#include "base/clock.h"
#include "certs/codereader.h"
#include "crypto/certcodec.h"
#include "seedkey.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace hpf;

namespace {

struct Fixture
{
    crypto::Sm2Key secret;
    crypto::TrustList trust;
    ManualClock clock{QDateTime(QDate(2025, 7, 20), QTime(2, 0), Qt::UTC)};

    Fixture()
    {
        QImageReader::setAllocationLimit(16); // MB: a forged header may not make it allocate more
        auto generated = crypto::Sm2Key::generate();
        if (!generated)
            std::abort();
        secret = std::move(generated.value());
        const QDateTime from = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        if (!trust.add(secret, from) || !trust.add(fuzz::seedKey(), from))
            std::abort();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Fixture f;
    if (size > 512 * 1024)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize dimensions = reader.size();
    if (dimensions.isValid() && qint64(dimensions.width()) * dimensions.height() > 1024 * 1024)
        return 0; // the decoder's time grows with the picture, not what is fuzzed here
    QImage image = reader.read();
    if (image.isNull()) {
        const int side = int(std::sqrt(double(size)));
        if (side < 21) // the smallest QR symbol
            return 0;
        image = QImage(side, side, QImage::Format_Grayscale8);
        for (int y = 0; y < side; ++y)
            std::memcpy(image.scanLine(y), data + qsizetype(y) * side, size_t(side));
    }
    const auto text = client::CodeReader::readImage(image);
    if (!text)
        return 0;
    const crypto::CertificateCheck check =
        crypto::verifyCertificate(client::CodeReader::cleanTypedInput(*text), f.trust, f.clock);
    if (check.signatureVerified() && check.kid() == f.secret.keyId())
        std::abort(); // a forged signature verified
    if ((check.body() != nullptr) != check.ok())
        std::abort();
    return 0;
}
