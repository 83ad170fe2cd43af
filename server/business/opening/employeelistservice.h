#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

// 清册开户: a unit's employee list opened as one atomic batch under one idempotency key.
//
// Body: {"rows": [{documentType, documentNumber, name, mobile?, wageBaseFen}, …] (1..20,000),
//        "firstMonth": "YYYY-MM" (optional), "skipInvalid": false}
// Every row is judged exactly like POST /api/v1/openings/accounts (services/personopening.h), plus
// list.duplicate_row for a person listed twice. With any failing row and skipInvalid false nothing
// is opened: 422 list.rows_invalid with "errors": [{row, field, code, detail, existingAccount?}].
// With skipInvalid true the failing rows are left out and listed under "skipped".
namespace hpf::server {

struct RequestContext;

inline constexpr int kMaxListRows = 20000;
inline constexpr int kMaxListBodyBytes = 8 * 1024 * 1024;

// Shape of the body and the unit account number, before any transaction.
Status checkEmployeeListBody(RequestContext &ctx);
// POST …/employee-lists/validate: the same judgement, read-only, 200 with the per-row table.
Result<HttpResponse> validateEmployeeList(RequestContext &ctx);
// POST …/employee-lists: all or nothing in the request's transaction.
Result<HttpResponse> submitEmployeeList(RequestContext &ctx);

} // namespace hpf::server
