// libFuzzer target: a handwritten signature's stroke JSON as clients send it with a signing
// session (issue 18). It must never crash; a recording it accepts serialises and parses back to
// itself, byte for byte (the contract block digests those bytes).
#include "domain/signaturestrokes.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

using namespace hpf::signing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto first = fromJsonBytes(bytes);
    if (!first)
        return 0;
    const QByteArray written = toJsonBytes(*first);
    const auto again = fromJsonBytes(written);
    if (!again || !(*again == *first) || toJsonBytes(*again) != written)
        std::abort();
    return 0;
}
