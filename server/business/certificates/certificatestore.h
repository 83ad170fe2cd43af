#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Rows of the certificates table and the JSON views built from them (the certificate services
// return rows; the routes answer with these views).
namespace hpf::server {

struct ServiceContext;

struct CertificateRecord
{
    qint64 id = 0;
    QString number;
    QString typeCode;
    int typeId = 0;
    qint64 accountId = 0;
    QString accountNumber;
    qint64 branchId = 0;
    QString kid;
    QString code;
    QString check;
    QJsonObject snapshot; // title, statement, validityMonths, centerName, phone, verifyHint, handler, fields
    QJsonObject inputs;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString batch;
    qint64 supersedesId = 0;
    qint64 supersededById = 0;
    QString supersedesNumber;
    QString supersededByNumber;
    QDateTime revokedAt;
    QString revocationReason;
    bool training = false;
};

Result<qint64> insertCertificate(ServiceContext &ctx, const CertificateRecord &record);
// Errors: cert.not_found.
Result<CertificateRecord> findCertificate(ServiceContext &ctx, const QString &number, bool lock = false);
Status markSuperseded(ServiceContext &ctx, const CertificateRecord &record, const QString &newNumber);
Status markRevoked(ServiceContext &ctx, const CertificateRecord &record, const QString &reason);

// "valid", "revoked", "superseded" or "expired" (in that order of precedence), as of the request.
QString certificateStatusName(const ServiceContext &ctx, const CertificateRecord &record);
// The staff view (everything needed to print: fields, code, statement, …).
QJsonObject certificateView(const ServiceContext &ctx, const CertificateRecord &record);
// What a verifier may see: status, type, dates and the masked snapshot.
QJsonObject certificatePublicView(const ServiceContext &ctx, const CertificateRecord &record);

} // namespace hpf::server
