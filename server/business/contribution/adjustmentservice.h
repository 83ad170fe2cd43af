#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// 基数调整 (issue 17): once a year, from the policy's adjustment day (usually 1 July), a unit gives
// its employees' new deposit bases as a list (the employee-list import again) and may change its
// ratios. Rows are matched to the unit's live (01) employees by identity (full-width digits and a
// lower-case x normalised by identity::parse; a 15-digit legacy number matches its 18-digit form),
// the name must match, the base is clamped to the floor/ceiling of the deposit row in effect on the
// effective day (or refused when the policy says so). Validate and submit share one function;
// submit is atomic. Months from the effective day on are remitted on the new base and ratios,
// earlier months on the old ones (the base history of migration 17).
namespace hpf::server {

struct ServiceContext;

inline constexpr int kMaxAdjustmentRows = 5000;

struct AdjustmentRowInput
{
    QString documentType;
    QString documentNumber;
    QString name;
    qint64 baseFen = 0;
    std::optional<Error> formatError;
};

struct AdjustmentRequest
{
    QString unitAccount;
    int year = 0;
    QString unitRatio;     // percent string; empty = keep
    QString personalRatio; // percent string; empty = keep
    QList<AdjustmentRowInput> rows;
};

// Whole-request errors: adjustment.year (not within a year of today's, or before the unit's latest
// adjustment), list.empty / list.too_many_rows (rows), rate.* and deposit.ratio_range
// (unitRatio/personalRatio), unit.not_found, auth.branch_denied, unit.state, adjustment.duplicate
// (409, the unit's year is adjusted already). Row codes (each AdjustmentRow's code and field):
// request.*, identity.*, adjustment.duplicate_row, adjustment.not_employee,
// adjustment.name_mismatch, deposit.base_invalid, deposit.base_range.
Status checkAdjustment(const ServiceContext &ctx, const AdjustmentRequest &request);
// POST …/base-adjustments/validate: {"year", "effectiveFrom", "unitRatio", "personalRatio",
// "rows": [AdjustmentRow], "errors", "clamped", "unchanged"}; changes nothing.
Result<QJsonObject> validateAdjustment(ServiceContext &ctx, const AdjustmentRequest &request);
// POST …/base-adjustments: {"serial", "year", "effectiveFrom", "count", "clamped", "unchanged",
// "rows", "receipt"}; any row error → adjustment.rows (422) with `refusal` members
// {"rows": [{"row", "field", "code"}]} and nothing changed.
Result<QJsonObject> submitAdjustment(ServiceContext &ctx, const AdjustmentRequest &request,
                                     Refusal *refusal = nullptr);
// GET …/base-adjustments: {"items": [{"serial", "year", "effectiveFrom", "count", "clamped",
// "postedAt"}]}, newest first.
Result<QJsonObject> listAdjustments(ServiceContext &ctx, const QString &unitAccount);

} // namespace hpf::server
