#pragma once

#include <QLoggingCategory>

namespace hpf {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
} // namespace hpf
