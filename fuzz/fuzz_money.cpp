// libFuzzer target: amount parsing must never crash or overflow; an accepted amount formats and
// parses back to itself, and its Chinese upper-case form can always be produced.
#include "domain/money.h"

#include <cstdint>
#include <cstdlib>

using namespace hpf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    money::ParseOptions options;
    options.allowNegative = true;
    const auto fen = money::parse(input, QStringLiteral("amount"), options);
    if (!fen.ok())
        return 0;
    if (fen.value() > money::kMaximumFen || fen.value() < -money::kMaximumFen)
        std::abort();
    const auto back = money::parse(money::format(fen.value()), QStringLiteral("amount"), options);
    if (!back.ok() || back.value() != fen.value())
        std::abort();
    if (!money::toChineseUpper(fen.value()).ok())
        std::abort();
    return 0;
}
