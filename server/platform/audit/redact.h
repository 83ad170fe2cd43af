#pragma once

#include <QString>
#include <QStringList>

// What the audit trail keeps of personal data (defect 7): identity numbers, personal names next to
// them, mobile numbers and bank accounts in a record's before/after are masked, and a keyed digest
// of each identity number and fund account number is kept as a "subject" so an auditor who types
// the full number finds every record about that person. One place: appendAudit() runs every
// record through here, whatever business wrote it.
namespace hpf::server {

class AuditKey;

struct RedactedText
{
    QString text;
    QStringList subjects; // "id:<digest>", "account:<digest>"; sorted, unique
};

// The JSON object text with personal fields masked. Fields: *documentNumber, idNumber (identity:
// masked), name/personName beside a document number or mobile (masked), mobile/phone (masked),
// bank account numbers (masked), accountNumber (kept; digested). Any other string holding a valid
// 18-character identity number is masked too. Already-masked values ('*') are left alone, so
// redacting twice changes nothing. Text that is not a JSON object is scanned as free text.
RedactedText redactAuditJson(const QString &json, const AuditKey *key);
// A free-text field (the record's object, "person:<number>"): identity numbers masked.
RedactedText redactAuditText(const QString &text, const AuditKey *key);

// The subject an auditor's query stands for ("id:<digest>" or "account:<digest>"), computed with
// the installed key; empty without one. A person is found by the identity number as typed.
QString identitySubject(const AuditKey &key, const QString &documentNumber);
QString accountSubject(const AuditKey &key, const QString &accountNumber);

} // namespace hpf::server
