#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hpf::server {

struct ServiceContext;

// 汇缴: one unit, one month, every live (01 正常) employee account credited with its monthly
// deposit (clamped base × ratio, each side rounded by policy) in one transaction, as journal
// entries of business type 01 sharing one serial. A second posting of the same unit-month is
// remittance.duplicate (409).
struct RemittanceInput
{
    QString unitAccount;
    QString month; // YYYY-MM
};

struct RemittanceLine
{
    QString accountNumber;
    qint64 baseFen = 0;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    qint64 amountFen = 0;
    qint64 balanceFen = 0; // after the posting
};

struct RemittanceResult
{
    QString serial;
    QString unitAccount;
    QString month;
    qint64 unitTotalFen = 0;
    qint64 personalTotalFen = 0;
    QList<RemittanceLine> lines;
    qint64 totalFen() const { return unitTotalFen + personalTotalFen; }
    QJsonObject summaryJson() const; // what the audit record keeps
    QJsonObject toJson() const;      // the summary and the lines ("items")
};

// Before the transaction: remittance.month (not YYYY-MM), remittance.month_future.
Status checkRemittance(const ServiceContext &ctx, const RemittanceInput &input);
// Errors: unit.not_found, auth.branch_denied, unit.state, remittance.duplicate,
// remittance.no_employees, deposit.* (policy).
Result<RemittanceResult> postRemittance(ServiceContext &ctx, const RemittanceInput &input);

} // namespace hpf::server
