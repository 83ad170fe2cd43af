#pragma once

#include "base/result.h"
#include "finance/policy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Certificate types as data (resources/certificates/types.json, embedded as
// :/hpf/certificates/types.json): a center adds a type by editing the file, not the code.
namespace hpf::server {

struct CertificateInput
{
    QString name; // "loanCity": a fact filled from the teller's input
    QString label;
    int maxLength = 0;
    bool required = true;
};

struct CertificateType
{
    QString code;   // "deposit_proof"
    int typeId = 0; // signed into the code (CertificateField::Type)
    QString title;
    QString validityPolicy; // key of certificates.validityMonths in the policy
    int validityMonths = 0; // resolved from the policy
    QStringList facts;      // fact names (crypto/certfacts.h), in print order
    // The facts signed into the code (crypto::factAllowedInCode: masked, no unit name, no full
    // account number); the printed facts and the rest stay on the server (online check).
    QStringList codeFacts;
    QList<CertificateInput> inputs;
    QString requireLoanRecord; // "", "none" or "settled"
    QString statement;         // with {months} replaced

    QJsonObject toJson() const;
    bool records(const QString &fact) const { return facts.contains(fact) || codeFacts.contains(fact); }
};

struct CertificateCatalog
{
    QString phone;
    QString verifyHint;
    QList<CertificateType> types;

    const CertificateType *find(const QString &code) const;
    const CertificateType *findById(qint64 typeId) const;
    // The published document (GET /api/v1/certificates/types).
    QJsonObject toJson(const QString &centerCode, const QString &centerName) const;
};

// Parses and checks a types document against the fact vocabulary and the policy (every
// validityPolicy must exist). Errors: cert.types (field = the offending path).
Result<CertificateCatalog> parseCertificateTypes(const QByteArray &json, const finance::Policy &policy);
// The embedded document.
Result<CertificateCatalog> loadCertificateTypes(const finance::Policy &policy);

} // namespace hpf::server
