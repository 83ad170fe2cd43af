#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

// 单位开户, 个人开户 (缴存登记) and 灵活就业开户 with every field of issue 5. Each validator checks the
// body before the transaction (refusals are not stored); each handler runs inside the request's
// write transaction and answers with the business data plus the receipt (业务回单) it stored.
namespace hpf::server {

struct RequestContext;

// POST /api/v1/openings/units. Errors: credit_code.*, unit.economic_type, identity.*
// (legalRepresentative.documentNumber), mobile.* (contact.mobile), bank.code, bank.account,
// deposit.ratio_range, unit.remittance_day, opening.*; unit.exists (409, names the unit).
Status validateUnitOpening(RequestContext &ctx);
Result<HttpResponse> openUnitFull(RequestContext &ctx);

// POST /api/v1/openings/accounts. Errors: account_number.* (unitAccount), identity.*, mobile.*,
// deposit.*, opening.*; unit.not_found, unit.not_open, person.name_mismatch,
// account.exists_active (409, with "existingAccount").
Status validatePersonalOpening(RequestContext &ctx);
Result<HttpResponse> openPersonal(RequestContext &ctx);

// POST /api/v1/openings/flexible. As above without a unit; ratio within the flexible range.
Status validateFlexibleOpening(RequestContext &ctx);
Result<HttpResponse> openFlexible(RequestContext &ctx);

} // namespace hpf::server
