#pragma once

#include "base/result.h"
#include "business/opening/openingcommon.h"
#include "business/opening/personopening.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

// 清册开户: a unit's employee list opened as one atomic batch under one idempotency key.
//
// Rows: {documentType, documentNumber, name, mobile?, wageBaseFen} (1..20,000), an optional first
// month and skipInvalid. Every row is judged exactly like 个人开户 (personopening.h), plus
// list.duplicate_row for a person listed twice. With any failing row and skipInvalid false nothing
// is opened: list.rows_invalid (422) with "errors": [{row, field, code, detail, existingAccount?}]
// in the refusal. With skipInvalid true the failing rows are left out and listed under "skipped".
namespace hpf::server {

struct ServiceContext;

inline constexpr int kMaxListRows = 20000;
inline constexpr int kMaxListBodyBytes = 8 * 1024 * 1024;

struct EmployeeListRow
{
    PersonFields fields;
    std::optional<Error> formatError; // the row could not be read (e.g. not an object)
};

struct EmployeeListRequest
{
    QString unitAccount; // already a valid unit account number
    QString firstMonth;  // optional YYYY-MM
    bool skipInvalid = false;
    QList<EmployeeListRow> rows;
};

// The judgement of every row (…/employee-lists/validate).
struct EmployeeListJudgement
{
    QString unitAccount;
    qsizetype rowsTotal = 0;
    int invalidRows = 0;
    int willOpen = 0;
    int willUnseal = 0;
    QJsonArray errors;
    QJsonArray warnings;
};

struct EmployeeListOpened
{
    QString serial;
    QJsonObject summary;
    QJsonArray accounts;
    QJsonArray skipped;
    QJsonArray warnings;
    qint64 unitAmountFen = 0;
    qint64 personalAmountFen = 0;
    QJsonObject receipt;
};

// The list as a whole, before any transaction: list.empty, list.too_many_rows, opening.* (firstMonth).
Status checkEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request);
// The same judgement, read-only.
Result<EmployeeListJudgement> judgeEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request);
// All or nothing in the caller's transaction. list.rows_invalid / list.nothing_to_open fill `refusal`.
Result<EmployeeListOpened> openEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request,
                                            Refusal *refusal = nullptr);

} // namespace hpf::server
