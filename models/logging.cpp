#include "logging.h"

namespace hpf::client {
// Request lines are debug messages, off unless QT_LOGGING_RULES="hpf.client.api.debug=true".
Q_LOGGING_CATEGORY(lcApi, "hpf.client.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "hpf.client.store")
Q_LOGGING_CATEGORY(lcKeychain, "hpf.client.keychain")
Q_LOGGING_CATEGORY(lcOutbox, "hpf.client.outbox")
Q_LOGGING_CATEGORY(lcSession, "hpf.client.session")
Q_LOGGING_CATEGORY(lcTraining, "hpf.client.training")
Q_LOGGING_CATEGORY(lcReference, "hpf.client.reference")
Q_LOGGING_CATEGORY(lcModels, "hpf.client.models")
Q_LOGGING_CATEGORY(lcOps, "hpf.client.ops")
Q_LOGGING_CATEGORY(lcCapture, "hpf.client.capture")
Q_LOGGING_CATEGORY(lcArchive, "hpf.client.archive")
// Counter devices of 面签 (ID-card reader, camera): never a card's or a person's data.
Q_LOGGING_CATEGORY(lcDevices, "hpf.client.devices")
} // namespace hpf::client
