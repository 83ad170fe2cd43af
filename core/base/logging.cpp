#include "logging.h"

namespace hpf {
Q_LOGGING_CATEGORY(lcCore, "hpf.core")
Q_LOGGING_CATEGORY(lcCrypto, "hpf.core.crypto")
} // namespace hpf
