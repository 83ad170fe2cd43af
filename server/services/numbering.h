#pragma once

#include "base/result.h"

#include <QString>

namespace hpf::server {

struct RequestContext;

// Next value of a named counter, inside the caller's write transaction (the row lock serialises
// concurrent callers on PostgreSQL; SQLite has one writer anyway).
Result<qint64> nextSequence(RequestContext &ctx, const QString &name);

// 业务流水号 YWLSH: "YW" + yyyyMMdd + 8 digits, unique across the center.
Result<QString> nextSerial(RequestContext &ctx);
// 单位账号 (10 digits starting with 8) and 个人账号 (12 digits starting with 1): opaque numbers
// assigned by the center (there is no national structure or check digit).
Result<QString> nextUnitAccount(RequestContext &ctx);
Result<QString> nextPersonalAccount(RequestContext &ctx);

} // namespace hpf::server
