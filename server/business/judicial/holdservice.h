#pragma once

#include "base/result.h"

#include <QJsonObject>

namespace hpf::server {

struct RequestContext;

// Holds on a balance (司法冻结 / 贷款冻结): available = balance − active holds. Creating a hold
// and every debit serialise on the account row, so a hold can never exceed what is available
// and a debit can never eat into a hold.
Status validateCreateHold(RequestContext &ctx);
Result<QJsonObject> createHold(RequestContext &ctx);
Result<QJsonObject> releaseHold(RequestContext &ctx, const QString &holdId);
Result<QJsonObject> listHolds(RequestContext &ctx, const QString &accountNumber);

} // namespace hpf::server
