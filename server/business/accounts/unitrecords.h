#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// Unit (单位) rows as the businesses read them: lookups, opening, remittances and certificates.
namespace hpf::server {

struct ServiceContext;

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
    // The unit as the API shows it (and as audit records keep it).
    QJsonObject toJson() const;
};

// Lookups; `lock` takes the row lock (FOR UPDATE on PostgreSQL). Error unit.not_found.
Result<UnitRow> findUnitByAccount(ServiceContext &ctx, const QString &unitAccount, bool lock = false);
Result<UnitRow> findUnitByCreditCode(ServiceContext &ctx, const QString &creditCode);

} // namespace hpf::server
