#pragma once

#include <QLoggingCategory>

namespace hpf::client {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
Q_DECLARE_LOGGING_CATEGORY(lcReference)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
} // namespace hpf::client
