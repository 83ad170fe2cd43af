#include "clock.h"

namespace hpf {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace hpf
