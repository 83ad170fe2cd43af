#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

namespace hpf::server {

struct RequestContext;

// The unit page's lists: the unit's employees (accounts with person, state, base and balance) and
// its remittance history, newest first. Branch-checked like the unit itself.
Result<QJsonObject> unitEmployees(RequestContext &ctx, const QString &unitAccount);
Result<QJsonObject> unitRemittances(RequestContext &ctx, const QString &unitAccount);

} // namespace hpf::server
