#pragma once

#include "base/result.h"
#include "business/certificates/certificatestore.h"
#include "crypto/certbody.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Show-code certificates (亮码可办 个人证明): issue, reissue, revoke, batch issue, and the views
// verifiers see. Types are data (services/certificatetypes.h); the code is signed with the key in
// ServerContext::certificateSigner, and without one nothing is issued (cert.no_signing_key).
namespace hpf::server {

struct ServiceContext;

// 开具: {"type", "accountNumber", "inputs": {…}}. The inputs are the type's own (certificatetypes.h),
// checked against the type here.
struct IssueRequest
{
    QString type;
    QString accountNumber;
    QJsonObject inputs;
};
Result<CertificateRecord> issueCertificate(ServiceContext &ctx, const IssueRequest &request);

// 批量开具 for a unit: the listed accounts, or every active employee. One transaction: refusals that
// concern one person (e.g. cert.loan_record) are reported per item; anything systemic (no key,
// signing, database) issues nothing at all.
inline constexpr int kMaxCertificateBatch = 500;
struct BatchRequest
{
    QString type;
    QString unitAccount;
    QJsonObject inputs;
    std::optional<QStringList> accountNumbers; // 1..500 when given
};
struct CertificateBatch
{
    QString batch; // "BATCH-" + the idempotency key
    QString unitAccount;
    QString type;
    int issued = 0;
    struct Item
    {
        QString accountNumber;
        std::optional<CertificateRecord> certificate; // issued
        Error refusal;                                // otherwise: why not
    };
    QList<Item> items;
    int refused() const { return int(items.size()) - issued; }
};
Result<CertificateBatch> issueBatch(ServiceContext &ctx, const BatchRequest &request);

// 重新开具: a fresh snapshot that supersedes the certificate, with new inputs or the old ones.
// Errors: cert.not_found, cert.revoked, cert.superseded.
struct ReissueRequest
{
    QString number;
    QString reason;
    std::optional<QJsonObject> inputs;
};
Result<CertificateRecord> reissueCertificate(ServiceContext &ctx, const ReissueRequest &request);

// 作废 (supervisor grant per policy).
struct RevokeRequest
{
    QString number;
    QString reason;
};
Result<CertificateRecord> revokeCertificate(ServiceContext &ctx, const RevokeRequest &request);

// Staff views (certificateView()): one certificate, and the certificates of an account that the
// user's branch may see (request.field_required when the account number is empty or longer than 20).
Result<CertificateRecord> getCertificate(ServiceContext &ctx, const QString &number);
Result<QList<CertificateRecord>> listCertificates(ServiceContext &ctx, const QString &accountNumber);

// Public (certificatePublicView()): the certificate named with the check part (16 hex) of its code
// — unknown number and wrong check answer alike (cert.not_found), so numbers cannot be enumerated.
Result<CertificateRecord> certificateStatus(ServiceContext &ctx, const QString &number, const QString &check);
// Public: the full check of a presented code (offline steps against the trust list, then the
// stored status), as the verification report the API answers and the /verify page renders.
struct CodeVerification
{
    QString verdict; // crypto::CertificateCheck::code()
    bool signatureVerified = false;
    std::optional<QJsonArray> fields; // the decoded body's display fields
    QDateTime issuedAt;               // when the signature verified
    QDateTime expiresAt;
    std::optional<CertificateRecord> record; // the stored certificate with this check value
    QString outcome; // valid, expired, invalid, revoked, superseded or unknown_to_server
};
Result<CodeVerification> verifyPresentedCode(ServiceContext &ctx, const QString &code);
// The verification report as the API answers it (the record as certificatePublicView()).
QJsonObject verificationJson(const ServiceContext &ctx, const CodeVerification &verification);

// The check part of a code: first 16 hex digits of SM3 over the code text (trailing CR/LF removed).
QString certificateCheckValue(const QString &code);

} // namespace hpf::server
