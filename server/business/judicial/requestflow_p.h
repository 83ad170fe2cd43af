#pragma once

#include "base/result.h"
#include "business/judicial/holdstore.h"
#include "judicial/request.h"
#include "judicial/riskrules.h"

#include <QStringList>
#include <optional>

// Internal to business/judicial: what one operation (freezeservice.cpp, lifecycle.cpp,
// deductservice.cpp) hands back to the common flow (judicialservice.cpp).
namespace hpf::server::detail {

struct OperationResult
{
    qint64 holdId = 0;
    std::optional<qint64> requestedFen; // empty = the whole balance
    qint64 achievedFen = 0;
    QStringList notes;   // receipt note codes
    qint64 debitFen = 0; // a 扣划 posts this to the ledger after the holds are saved
    QList<judicial::RiskFlag> risk;
    QString creditorKey;
};

struct OperationInput
{
    const judicial::Request &request;
    qint64 requestId = 0;
    QString serial;
};

// hold.* errors of finance::AccountHolds as the API's judicial.* codes and field names.
Error judicialError(const Error &holdError);

Result<OperationResult> applyFreeze(ServiceContext &ctx, HoldsSession &session, const OperationInput &in);
Result<OperationResult> applyRenew(ServiceContext &ctx, HoldsSession &session, const OperationInput &in);
Result<OperationResult> applyUnfreeze(ServiceContext &ctx, HoldsSession &session, const OperationInput &in);
Result<OperationResult> applyDeduct(ServiceContext &ctx, HoldsSession &session, const OperationInput &in);

} // namespace hpf::server::detail
