#include "imaging/logging.h"

namespace hpf::imaging {
Q_LOGGING_CATEGORY(lcImaging, "hpf.imaging")
} // namespace hpf::imaging
