#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborValue>
#include <QDateTime>
#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace hpf::crypto {

// Keys of the signed certificate body (a CBOR map with small unsigned integer keys). The values of
// these keys are fixed here; which of them a certificate type carries, and any extra facts, are
// data (the certificate type definitions), not code.
enum class CertificateField : quint16 {
    Type = 1,           // certificate type code (integer), e.g. 1 = 缴存证明, as defined by policy data
    Number = 2,         // certificate number (text), the key of the online status check
    Center = 3,         // issuing center code (text)
    MaskedName = 4,     // masked holder name, e.g. "张*" (text)
    MaskedIdNumber = 5, // masked identity number, e.g. "3201**********1234" (text)
    IssuedAt = 6,       // issue time, seconds since the epoch (integer)
    ExpiresAt = 7,      // expiry time, seconds since the epoch (integer)
    AccountState = 8,   // account state code (integer)
    BalanceFen = 9,     // account balance in fen (integer >= 0)
    MonthlyDepositFen = 10,   // monthly deposit (unit + individual) in fen (integer >= 0)
    DepositFrom = 11,         // first deposit month, YYYYMM (integer)
    DepositTo = 12,           // last deposit month, YYYYMM (integer)
    LoanRecord = 13,          // provident fund loan record: 0 none, 1 outstanding, 2 settled (integer)
    LoanCity = 14,            // intended loan city (text)
    AccountNumber = 15,       // personal account number (text)
    UnitName = 16,            // employer (unit) name (text)
    MaskedAccountNumber = 17, // masked personal account number, e.g. "1000*****0012" (text)
};

// Keys 1..63 are reserved for CertificateField; keys from kFirstExtraFactKey up to
// kLastCertificateKey carry extra facts (integer, text or bytes) defined by the certificate type.
inline constexpr quint16 kFirstExtraFactKey = 64;
inline constexpr quint16 kLastCertificateKey = 65535;

// Envelope versions (certcodec.h). Version 1 bodies (the first codes issued) may carry any key;
// version 2 bodies carry only what a verifier must see: the keys below are refused in them
// (full account number, unit name, opening date, deposit base and ratios stay on the server,
// behind the online check).
inline constexpr qint64 kCertificateBodyV1 = 1;
inline constexpr qint64 kCertificateBodyV2 = 2;
// False when `key` may not appear in a body of that version.
bool certificateKeyAllowed(qint64 version, quint16 key);

// Stable lower-camel-case name of a field ("maskedIdNumber"), for logs and JSON snapshots.
QString certificateFieldName(CertificateField field);

// The signed content of a certificate. Values are CBOR integers, text strings or byte strings.
class CertificateBody
{
public:
    void setInteger(quint16 key, qint64 value);
    void setText(quint16 key, const QString &value);
    void setBytes(quint16 key, const QByteArray &value);
    void setInteger(CertificateField field, qint64 value) { setInteger(quint16(field), value); }
    void setText(CertificateField field, const QString &value) { setText(quint16(field), value); }
    void remove(quint16 key);
    void remove(CertificateField field) { remove(quint16(field)); }

    bool contains(quint16 key) const;
    bool contains(CertificateField field) const { return contains(quint16(field)); }
    QCborValue value(quint16 key) const; // undefined when absent
    std::optional<qint64> integer(quint16 key) const;
    std::optional<qint64> integer(CertificateField field) const { return integer(quint16(field)); }
    QString text(quint16 key) const; // null when absent or not text
    QString text(CertificateField field) const { return text(quint16(field)); }
    QList<quint16> keys() const; // ascending
    bool isEmpty() const { return m_fields.empty(); }

    // The fields every certificate has.
    qint64 type() const { return integer(CertificateField::Type).value_or(-1); }
    QString number() const { return text(CertificateField::Number); }
    QDateTime issuedAt() const;  // UTC; invalid when absent
    QDateTime expiresAt() const; // UTC; invalid when absent
    void setIssuedAt(const QDateTime &when);
    void setExpiresAt(const QDateTime &when);

    // Checks what a signed body must satisfy: keys 1..65535; Type, Number, IssuedAt and ExpiresAt
    // present; every named field of its type (see CertificateField); issue before expiry; loan
    // record 0..2; months as YYYYMM; amounts >= 0; text without control characters or lone
    // surrogates. Error code cert.body, field = the field name.
    Status validate() const;
    // validate() plus what the version allows (certificateKeyAllowed); error code cert.body.
    Status validate(qint64 version) const;

    // Canonical CBOR (RFC 8949 4.2.1 deterministic encoding): a definite-length map, keys in
    // ascending order, shortest integer and length forms, text as UTF-8.
    QByteArray toCbor() const;

    // Strict inverse of toCbor(): the bytes must be exactly what toCbor() produces for the decoded
    // body (so non-canonical forms, duplicate or unsorted keys and trailing bytes are refused), and
    // the body must pass validate(version). Error codes cert.cbor, cert.body.
    static Result<CertificateBody> fromCbor(QByteArrayView bytes, qint64 version = kCertificateBodyV1);

    bool operator==(const CertificateBody &other) const { return m_fields == other.m_fields; }

private:
    std::map<quint16, QCborValue> m_fields;
};

} // namespace hpf::crypto
