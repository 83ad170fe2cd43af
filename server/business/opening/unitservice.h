#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

namespace hpf::server {

struct RequestContext;

struct UnitRow
{
    qint64 id = 0;
    QString unitAccount;
    QString creditCode;
    QString name;
    qint64 branchId = 0;
    QString branchCode;
    QString state;
    qint64 unitRatioPpm = 0;
    qint64 personalRatioPpm = 0;
    QJsonObject toJson() const;
};

// Validates the body of POST /api/v1/units (credit code GB 32100, ratios within policy).
Status validateCreateUnit(RequestContext &ctx);
// 单位开户 in the user's branch. Errors: unit.exists (409).
Result<QJsonObject> createUnit(RequestContext &ctx);

// Lookups; `lock` takes the row lock (FOR UPDATE on PostgreSQL). Error unit.not_found.
Result<UnitRow> findUnitByAccount(RequestContext &ctx, const QString &unitAccount, bool lock = false);
Result<UnitRow> findUnitByCreditCode(RequestContext &ctx, const QString &creditCode);

} // namespace hpf::server
