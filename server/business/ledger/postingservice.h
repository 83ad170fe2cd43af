#pragma once

#include "base/result.h"

#include <QJsonObject>

namespace hpf::server {

struct RequestContext;

// 汇缴: one unit, one month, every live (01 正常) employee account credited with its monthly
// deposit (clamped base × ratio, each side rounded by policy) in one transaction, as journal
// entries of business type 01 sharing one serial. A second posting of the same unit-month is
// remittance.duplicate (409).
Status validateRemittance(RequestContext &ctx);
Result<QJsonObject> postRemittance(RequestContext &ctx, const QString &unitAccount);

} // namespace hpf::server
