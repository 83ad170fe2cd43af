#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"
#include "business/transfer/incitycore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// 市内转移 (issue 16): a person's account moves from one unit to another of the same center — one
// account (transferInCity) or a unit's list of leaving employees as one atomic batch
// (transferInCityBatch). Each check*() judges the request before the transaction; the transfer*()
// run inside the caller's write transaction and answer with the business data plus the receipt
// (业务回单) they stored.
namespace hpf::server {

struct ServiceContext;

inline constexpr int kMaxBatchRows = 500;

struct InCityRequest
{
    QString accountNumber;
    QString toUnitAccount;
    QString memo; // optional, ≤ 100
};

// What a single transfer or a merge answers (InCityResult in docs/api/openapi.yaml) and what
// GET /transfers/{serial} reads back.
struct InCityResult
{
    QString serial;
    QString kind; // "in_city" or "merge"
    Moved moved;
    UnitRow fromUnit;
    UnitRow toUnit;
    QString valueDate;
    QJsonObject receipt;
    QJsonObject toJson() const;
};

// Errors: account_number.* (accountNumber, toUnitAccount), account.not_found, unit.not_found
// (toUnitAccount), transfer.source_closed, transfer.same_unit, transfer.unit_state, account.frozen,
// transfer.open_loan, auth.branch_denied.
Status checkInCity(ServiceContext &ctx, const InCityRequest &request);
Result<InCityResult> transferInCity(ServiceContext &ctx, const InCityRequest &request);

struct InCityBatchRow
{
    QString documentType;
    QString documentNumber;
    QString name;
    std::optional<Error> formatError; // the row did not read (request.*), judged as a row error
};

struct InCityBatchRequest
{
    QString fromUnitAccount;
    QString toUnitAccount;
    QList<InCityBatchRow> rows; // 1..kMaxBatchRows
};

struct InCityBatchResult
{
    QString serial;
    QJsonArray items; // {"row", "fromAccount", "toAccount", "name" (masked), "amountFen"}
    qint64 totalFen = 0;
    QJsonObject receipt;
};

// Whole-request errors: account_number.*, list.empty / list.too_many_rows (rows), unit.not_found,
// transfer.same_unit, transfer.unit_state, auth.branch_denied. Any row error refuses everything
// with transfer.batch_rows and `refusal` members {"rows": [{"row", "field", "code"}]}; row codes:
// request.* (the row did not read), identity.*, transfer.not_employee, transfer.name_mismatch,
// transfer.duplicate_row, account.frozen, transfer.open_loan.
Status checkInCityBatch(ServiceContext &ctx, const InCityBatchRequest &request);
Result<InCityBatchResult> transferInCityBatch(ServiceContext &ctx, const InCityBatchRequest &request,
                                              Refusal *refusal = nullptr);

// The receipt lines of one moved account (masked person, both accounts and units).
void addMoveLines(ReceiptDraft &draft, const Moved &moved, const UnitRow &fromUnit, const UnitRow &toUnit);

} // namespace hpf::server
