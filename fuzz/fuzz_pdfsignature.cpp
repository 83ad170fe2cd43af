// libFuzzer target: the center's signature block on a contract PDF (issue 18), read from any file
// a teller drops on the verify screen or gives `contract verify`. It must never crash, never call
// a file valid that this process did not sign, and a file it signs must verify.
#include "crypto/pdfsignature.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"

#include <QByteArray>
#include <QTimeZone>
#include <cstdint>
#include <cstdlib>

using namespace hpf::crypto;

namespace {

struct Center
{
    Sm2Key key = Sm2Key::generate().value();
    TrustList trust;
    Center() { (void)trust.add(key, QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc())); }
};

const Center &center()
{
    static const Center c;
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)readSignature(bytes);
    if (verifySignature(bytes, center().trust).valid)
        std::abort(); // only this process holds the key
    const ContractSignatureFields fields{QStringLiteral("HPF-FUZZ-1"), QByteArray(64, 'a'),
                                         QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::utc())};
    const auto signedFile = appendSignature(bytes, fields, center().key);
    if (signedFile && !verifySignature(*signedFile, center().trust).valid)
        std::abort();
    return 0;
}
