#pragma once

#include "base/result.h"
#include "platform/http/httptypes.h"

// 业务回单 of past operations by serial (YWLSH), e.g. from the QR code printed on a receipt.
namespace hpf::server {

struct RequestContext;

// GET /api/v1/receipts/{serial}: {"receipt", "reprints", "lastReprintAt"}. Errors receipt.not_found,
// serial.format, auth.branch_denied.
Result<HttpResponse> getReceipt(RequestContext &ctx);

// POST /api/v1/receipts/{serial}/reprints (补打; body {} or {"reason": "…"}): counts the reprint,
// audits it and answers {"receipt", "reprint": true, "reprintNumber", "reprintedAt", "reprintedBy"}.
Status validateReprint(RequestContext &ctx);
Result<HttpResponse> reprintReceipt(RequestContext &ctx);

} // namespace hpf::server
