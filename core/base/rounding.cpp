#include "rounding.h"

namespace hpf {

qint64 divideRounded(Int128 numerator, qint64 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Int128 n = negative ? -numerator : numerator;
    Int128 q = n / denominator;
    const Int128 r = n % denominator;
    if (r != 0) {
        switch (mode) {
        case RoundingMode::Down:
            break;
        case RoundingMode::Up:
            ++q;
            break;
        case RoundingMode::HalfUp:
            if (2 * r >= denominator)
                ++q;
            break;
        case RoundingMode::HalfEven:
            if (2 * r > denominator || (2 * r == denominator && (q % 2) != 0))
                ++q;
            break;
        }
    }
    return static_cast<qint64>(negative ? -q : q);
}

} // namespace hpf
