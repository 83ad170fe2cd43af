#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

// 封存 / 启封 of a personal account, with the state machine enforced here:
//   seal    01 正常 → 02 封存, with a 封存原因 (codetables sealReasons)
//   unseal  02 封存 → 01 正常, in the same unit, which must be open (01)
// Refusals: account.already_sealed, account.not_sealed, account.closed (03/04/05 are terminal),
// account.state_invalid (06, 99), unit.not_open, seal.reason.
namespace hpf::server {

struct RequestContext;

// POST /api/v1/accounts/{accountNumber}/seal  {"reason": "01", "memo": "…"?}
Status validateSeal(RequestContext &ctx);
Result<HttpResponse> sealAccount(RequestContext &ctx);

// POST /api/v1/accounts/{accountNumber}/unseal  {"memo": "…"?}
Status validateUnseal(RequestContext &ctx);
Result<HttpResponse> unsealAccount(RequestContext &ctx);

} // namespace hpf::server
