#pragma once

#include <QLoggingCategory>

namespace hpf::imaging {
Q_DECLARE_LOGGING_CATEGORY(lcImaging)
} // namespace hpf::imaging
