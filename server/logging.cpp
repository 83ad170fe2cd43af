#include "logging.h"

namespace hpf::server {
Q_LOGGING_CATEGORY(lcHttp, "hpf.server.http")
Q_LOGGING_CATEGORY(lcAccess, "hpf.server.access")
Q_LOGGING_CATEGORY(lcStore, "hpf.server.store")
Q_LOGGING_CATEGORY(lcAuth, "hpf.server.auth")
Q_LOGGING_CATEGORY(lcLedger, "hpf.server.ledger")
Q_LOGGING_CATEGORY(lcAudit, "hpf.server.audit")
Q_LOGGING_CATEGORY(lcCli, "hpf.server.cli")
Q_LOGGING_CATEGORY(lcArchive, "hpf.server.archive")
Q_LOGGING_CATEGORY(lcJudicial, "hpf.server.judicial")
} // namespace hpf::server
