#pragma once

#include <QtGlobal>

namespace hpf {

// 128-bit integer for exact intermediate products (GCC/Clang extension).
__extension__ typedef __int128 Int128;

enum class RoundingMode {
    HalfUp,   // 四舍五入: halves away from zero
    HalfEven, // banker's rounding
    Down,     // towards zero (舍去)
    Up,       // away from zero (进位)
};

// numerator / denominator rounded to an integer by `mode`. denominator must be > 0.
// 128-bit intermediate, so fen × parts-per-million products cannot overflow.
qint64 divideRounded(Int128 numerator, qint64 denominator, RoundingMode mode);

} // namespace hpf
