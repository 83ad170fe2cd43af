#pragma once

#include "crypto/certbody.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// The vocabulary of facts a certificate type can snapshot, shared by the back end (which fills
// them from the ledger) and by verifiers (which show them from a verified body). A certificate
// type (data: resources/certificates/types.json) lists fact names; each fact owns fixed keys of
// the signed body, so a verifier can show any type's fields without knowing the type.
namespace hpf::crypto {

// Keys of the extra facts (>= kFirstExtraFactKey), fixed for every type.
enum class ExtraFact : quint16 {
    OpenedOn = 64,         // account opening date, YYYYMMDD
    BaseFen = 65,          // deposit base in fen
    UnitRatioPpm = 66,     // unit deposit ratio, parts per million
    PersonalRatioPpm = 67, // personal deposit ratio, parts per million
    LoanCount = 68,        // number of provident fund loans on record (with LoanRecord != 0)
    LastSettledOn = 69,    // settlement date of the last settled loan, YYYYMMDD
};

// LoanRecord values (CertificateField::LoanRecord).
enum class LoanRecord : qint64 { None = 0, Outstanding = 1, Settled = 2 };

struct CertificateFact
{
    QString name;        // "balanceFen"
    QString label;       // printed label, e.g. 账户余额
    QList<quint16> keys; // signed body keys it fills (first = required)
};

// Every fact, in the order they are shown when a type does not say otherwise.
const QList<CertificateFact> &certificateFacts();
const CertificateFact *findCertificateFact(QStringView name);

// One field as shown on paper and screens.
struct DisplayField
{
    QString name;                    // fact name
    QString label;                   // 账户余额
    QString value;                   // display text (amounts: figures, e.g. "1,234.56")
    std::optional<qint64> amountFen; // set for amounts (printed also in 大写)
};

// True when every key of the fact may be signed into a code of the current version
// (certificateKeyAllowed with kCertificateBodyV2).
bool factAllowedInCode(const CertificateFact &fact);
// What is signed into the code: `full` (every fact the certificate records) restricted to the keys
// of `codeFacts` and the keys every body has (type, number, center, issue and expiry time).
// Unknown fact names are ignored.
CertificateBody codeBody(const CertificateBody &full, const QStringList &codeFacts);

// The fields of a body, for the given facts in that order (facts the body does not carry are
// left out); with an empty list, every known fact the body carries.
QList<DisplayField> displayFields(const CertificateBody &body, const QStringList &factNames = {});
// [{"name", "label", "value", "amountFen"?}]
QJsonArray displayFieldsToJson(const QList<DisplayField> &fields);
QList<DisplayField> displayFieldsFromJson(const QJsonArray &array);

// The check part of a code, which the online status check needs besides the number (so numbers
// cannot be enumerated): first 16 hex digits of SM3 over the code text (trailing CR/LF removed).
QString certificateCheckValue(QStringView code);

} // namespace hpf::crypto
