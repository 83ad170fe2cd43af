#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// 缓缴 (issue 17, 条例 第二十条): a unit in hardship defers its remittances for a range of months,
// approved by a supervisor (remittances.defer is in ServerOptions::grantRequired: the dispatcher
// refuses it without a grant). A month inside an approved deferral is not remitted
// (remittance.deferred); after it the unit pays those months as back payments with reason 03.
namespace hpf::server {

struct ServiceContext;

struct DeferralRequest
{
    QString unitAccount;
    QString fromMonth; // YYYY-MM, not before the current month
    QString toMonth;   // YYYY-MM, ≥ fromMonth, at most the policy's deferralMaxMonths months in all
    QString reason;    // 1..200
    QString memo;      // 0..200
};

// Errors: deferral.months (fromMonth/toMonth: format, order, length, start in the past),
// unit.not_found, auth.branch_denied, unit.state, deferral.overlap (409, an approved deferral of
// the unit covers one of the months), deferral.month_paid (a month is remitted already).
Status checkDeferral(const ServiceContext &ctx, const DeferralRequest &request);
// → {"deferral": Deferral, "receipt"}
Result<QJsonObject> createDeferral(ServiceContext &ctx, const DeferralRequest &request);
// → {"items": [Deferral]}, newest first.
Result<QJsonObject> listDeferrals(ServiceContext &ctx, const QString &unitAccount);

} // namespace hpf::server
