// libFuzzer target: the published trust list (GET /certificates/trust-list, cached by every client)
// parsed from arbitrary JSON. It must never crash; a list it accepts serialises and parses back to
// the same keys.
#include "crypto/trustlist.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

using namespace hpf::crypto;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto list = TrustList::fromJson(bytes);
    if (!list)
        return 0;
    const auto again = TrustList::fromJson(list->toJson());
    if (!again || again->toJson() != list->toJson())
        std::abort();
    return 0;
}
