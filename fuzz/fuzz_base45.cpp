// libFuzzer target: Base45 decoding of arbitrary text must never crash, and whatever decodes must
// encode back to exactly the same text (decoding is strict, so the encoding is unique).

#include "crypto/base45.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

using namespace hpf::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The input as text: every byte one Latin-1 character, and the same bytes as UTF-8.
    for (const QString &text : {QString::fromLatin1(bytes), QString::fromUtf8(bytes)}) {
        const auto decoded = base45Decode(text);
        if (!decoded.ok())
            continue;
        if (base45Encode(decoded.value()) != text)
            std::abort();
    }

    // The input as binary: encode, then decode must give it back.
    const QString encoded = base45Encode(bytes);
    const auto back = base45Decode(encoded);
    if (!back.ok() || back.value() != bytes || !isBase45Text(encoded))
        std::abort();
    return 0;
}
