#pragma once

#include "base/result.h"
#include "crypto/certbody.h"

#include <QJsonObject>
#include <QString>

// Show-code certificates (亮码可办 个人证明): issue, reissue, revoke, batch issue, and the views
// verifiers see. Types are data (services/certificatetypes.h); the code is signed with the key in
// ServerContext::certificateSigner, and without one nothing is issued (cert.no_signing_key).
namespace hpf::server {

struct RequestContext;

// POST /api/v1/certificates {"type", "accountNumber", "inputs": {…}}
Status validateIssue(RequestContext &ctx);
Result<QJsonObject> issueCertificate(RequestContext &ctx);
// POST /api/v1/certificates/batch {"type", "unitAccount", "accountNumbers"?: [...], "inputs"?: {…}}
// One transaction: refusals that concern one person (e.g. cert.loan_record) are reported per
// item; anything systemic (no key, signing, database) issues nothing at all.
Status validateBatch(RequestContext &ctx);
Result<QJsonObject> issueBatch(RequestContext &ctx);
// POST /api/v1/certificates/{number}/reissue {"reason", "inputs"?}: a fresh snapshot that
// supersedes the certificate. Errors: cert.not_found, cert.revoked, cert.superseded.
Status validateReissue(RequestContext &ctx);
Result<QJsonObject> reissueCertificate(RequestContext &ctx, const QString &number);
// POST /api/v1/certificates/{number}/revoke {"reason"} (supervisor grant per policy).
Status validateRevoke(RequestContext &ctx);
Result<QJsonObject> revokeCertificate(RequestContext &ctx, const QString &number);

// Staff views: GET /api/v1/certificates/{number}, GET /api/v1/certificates?accountNumber=
Result<QJsonObject> getCertificate(RequestContext &ctx, const QString &number);
Result<QJsonObject> listCertificates(RequestContext &ctx);

// Public: GET /api/v1/certificates/{number}/status?check=<16 hex> — unknown number and wrong
// check answer alike (cert.not_found), so numbers cannot be enumerated.
Result<QJsonObject> certificateStatus(RequestContext &ctx, const QString &number, const QString &check);
// Public: the full check of a presented code (offline steps against the trust list, then the
// stored status). Used by POST /api/v1/certificates/verify and the /verify page.
Result<QJsonObject> verifyPresentedCode(RequestContext &ctx, const QString &code);

// The check part of a code: first 16 hex digits of SM3 over the code text (trailing CR/LF removed).
QString certificateCheckValue(const QString &code);

} // namespace hpf::server
