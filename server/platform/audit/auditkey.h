#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

// The audit trail's secret, kept outside the database (a 0600 file beside the server's other keys):
// one master secret from which two keys are derived, the chain key (HMAC-SM3 over each record and
// its predecessor, so a database administrator cannot recompute the chain) and the lookup key
// (HMAC-SM3 digests of personal identifiers, so the audit stores no identity number in clear yet
// an auditor can still find every record about one person). Next to the key the chainer keeps
// <key name>.head (audit.head for audit.key), the last chained position, so records removed from the
// end are noticed.
namespace hpf::server {

QByteArray hmacSm3(QByteArrayView key, QByteArrayView data);

class AuditKey
{
public:
    // Reads the key file ("HPF-AUDIT-KEY-1" and 64 hex digits). Errors audit.key_missing,
    // audit.key_invalid, audit.key_permissions (readable by group or others).
    static Result<std::shared_ptr<const AuditKey>> load(const QString &path);
    // Writes a new random key with mode 0600 (never overwrites). Errors audit.key_exists,
    // audit.key_write.
    static Result<std::shared_ptr<const AuditKey>> create(const QString &path);
    // An in-memory key (tests and tools that never persist the chain).
    static std::shared_ptr<const AuditKey> fromSecret(const QByteArray &secret, const QString &path = {});

    QByteArray mac(QByteArrayView data) const { return hmacSm3(m_chainKey, data); }
    // Keyed digest of a personal identifier (normalised: trimmed, upper case), 64 hex digits.
    QString digest(QStringView kind, QStringView value) const;
    QString path() const { return m_path; }
    // The chainer's high-water mark beside the key file, named after it (audit.key → audit.head,
    // audit-h-5432-hpf.key → audit-h-5432-hpf.head); empty for in-memory keys.
    QString headPath() const;

private:
    AuditKey(const QByteArray &secret, const QString &path);
    QByteArray m_chainKey;
    QByteArray m_lookupKey;
    QString m_path;
};

// The key the audit writer redacts with (process-wide, set by the server or CLI at start; null:
// personal identifiers are masked without a digest).
void installAuditKey(std::shared_ptr<const AuditKey> key);
std::shared_ptr<const AuditKey> installedAuditKey();

} // namespace hpf::server
