// libFuzzer target: credit-code parsing must never crash; an accepted code re-validates unchanged.
#include "domain/creditcode.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto first = hpf::creditcode::parse(input);
    if (first.ok()) {
        const auto again = hpf::creditcode::parse(first->code);
        if (!again.ok() || again->code != first->code || again->warnings != first->warnings)
            std::abort();
    }
    return 0;
}
