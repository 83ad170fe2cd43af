#include "crypto/certbody.h"

#include "base/text.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <algorithm>
#include <iterator>

namespace hpf::crypto {

namespace {

enum class Kind { Integer, Text };

struct FieldInfo
{
    CertificateField field;
    const char *name;
    Kind kind;
};

constexpr FieldInfo kFields[] = {
    {CertificateField::Type, "type", Kind::Integer},
    {CertificateField::Number, "number", Kind::Text},
    {CertificateField::Center, "center", Kind::Text},
    {CertificateField::MaskedName, "maskedName", Kind::Text},
    {CertificateField::MaskedIdNumber, "maskedIdNumber", Kind::Text},
    {CertificateField::IssuedAt, "issuedAt", Kind::Integer},
    {CertificateField::ExpiresAt, "expiresAt", Kind::Integer},
    {CertificateField::AccountState, "accountState", Kind::Integer},
    {CertificateField::BalanceFen, "balanceFen", Kind::Integer},
    {CertificateField::MonthlyDepositFen, "monthlyDepositFen", Kind::Integer},
    {CertificateField::DepositFrom, "depositFrom", Kind::Integer},
    {CertificateField::DepositTo, "depositTo", Kind::Integer},
    {CertificateField::LoanRecord, "loanRecord", Kind::Integer},
    {CertificateField::LoanCity, "loanCity", Kind::Text},
    {CertificateField::AccountNumber, "accountNumber", Kind::Text},
    {CertificateField::UnitName, "unitName", Kind::Text},
    {CertificateField::MaskedAccountNumber, "maskedAccountNumber", Kind::Text},
};

// Keys a version 2 body must not carry (see certificateKeyAllowed). 64..67 are the extra facts
// openedOn, baseFen, unitRatioPpm and personalRatioPpm (certfacts.h).
constexpr quint16 kNotInV2[] = {
    quint16(CertificateField::AccountNumber), quint16(CertificateField::UnitName), 64, 65, 66, 67};

const FieldInfo *fieldInfo(quint16 key)
{
    for (const FieldInfo &f : kFields) {
        if (quint16(f.field) == key)
            return &f;
    }
    return nullptr;
}

QString keyName(quint16 key)
{
    const FieldInfo *f = fieldInfo(key);
    return f ? QString::fromLatin1(f->name) : QStringLiteral("fact%1").arg(key);
}

Error bodyError(quint16 key, const QString &detail)
{
    return makeError(u"cert.body"_qs, keyName(key), detail);
}

Error cborError(const QString &detail)
{
    return makeError(u"cert.cbor"_qs, u"body"_qs, detail);
}

bool isMonth(qint64 yyyymm)
{
    const qint64 month = yyyymm % 100;
    return yyyymm >= 190001 && yyyymm <= 999912 && month >= 1 && month <= 12;
}

} // namespace

bool certificateKeyAllowed(qint64 version, quint16 key)
{
    if (version < kCertificateBodyV2)
        return true;
    return std::find(std::begin(kNotInV2), std::end(kNotInV2), key) == std::end(kNotInV2);
}

QString certificateFieldName(CertificateField field)
{
    return keyName(quint16(field));
}

void CertificateBody::setInteger(quint16 key, qint64 value)
{
    m_fields[key] = QCborValue(value);
}

void CertificateBody::setText(quint16 key, const QString &value)
{
    m_fields[key] = QCborValue(value);
}

void CertificateBody::setBytes(quint16 key, const QByteArray &value)
{
    m_fields[key] = QCborValue(value);
}

void CertificateBody::remove(quint16 key)
{
    m_fields.erase(key);
}

bool CertificateBody::contains(quint16 key) const
{
    return m_fields.count(key) != 0;
}

QCborValue CertificateBody::value(quint16 key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? QCborValue() : it->second;
}

std::optional<qint64> CertificateBody::integer(quint16 key) const
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end() || !it->second.isInteger())
        return std::nullopt;
    return it->second.toInteger();
}

QString CertificateBody::text(quint16 key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() || !it->second.isString() ? QString() : it->second.toString();
}

QList<quint16> CertificateBody::keys() const
{
    QList<quint16> out;
    out.reserve(qsizetype(m_fields.size()));
    for (const auto &[key, value] : m_fields)
        out.append(key);
    return out;
}

QDateTime CertificateBody::issuedAt() const
{
    const auto secs = integer(CertificateField::IssuedAt);
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC) : QDateTime();
}

QDateTime CertificateBody::expiresAt() const
{
    const auto secs = integer(CertificateField::ExpiresAt);
    return secs ? QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC) : QDateTime();
}

void CertificateBody::setIssuedAt(const QDateTime &when)
{
    setInteger(CertificateField::IssuedAt, when.toSecsSinceEpoch());
}

void CertificateBody::setExpiresAt(const QDateTime &when)
{
    setInteger(CertificateField::ExpiresAt, when.toSecsSinceEpoch());
}

Status CertificateBody::validate() const
{
    for (const auto &[key, value] : m_fields) {
        if (key == 0)
            return bodyError(key, u"key 0 is not used"_qs);
        const FieldInfo *info = fieldInfo(key);
        if (!info && key < kFirstExtraFactKey)
            return bodyError(key, QStringLiteral("key %1 is reserved").arg(key));
        if (info && info->kind == Kind::Integer && !value.isInteger())
            return bodyError(key, u"must be an integer"_qs);
        if (info && info->kind == Kind::Text && !value.isString())
            return bodyError(key, u"must be text"_qs);
        if (!value.isInteger() && !value.isString() && !value.isByteArray())
            return bodyError(key, u"values are integers, text or bytes"_qs);
        if (value.isString() && text::hasControlCharacters(value.toString()))
            return bodyError(key, u"text holds control characters or lone surrogates"_qs);
    }
    for (CertificateField required : {CertificateField::Type, CertificateField::Number,
                                      CertificateField::IssuedAt, CertificateField::ExpiresAt}) {
        if (!contains(required))
            return bodyError(quint16(required), u"required field missing"_qs);
    }
    if (type() < 0)
        return bodyError(quint16(CertificateField::Type), u"type code must not be negative"_qs);
    if (number().isEmpty())
        return bodyError(quint16(CertificateField::Number), u"certificate number is empty"_qs);
    // Seconds since 1970 that a date can hold (to 9999-12-31): beyond them the time is no date.
    constexpr qint64 kLastSecond = 253402300799;
    for (CertificateField when : {CertificateField::IssuedAt, CertificateField::ExpiresAt}) {
        if (const qint64 v = *integer(when); v < 0 || v > kLastSecond)
            return bodyError(quint16(when), u"time out of range"_qs);
    }
    if (*integer(CertificateField::ExpiresAt) <= *integer(CertificateField::IssuedAt))
        return bodyError(quint16(CertificateField::ExpiresAt), u"expiry must be after issue"_qs);
    if (const auto loan = integer(CertificateField::LoanRecord); loan && (*loan < 0 || *loan > 2))
        return bodyError(quint16(CertificateField::LoanRecord), u"loan record is 0, 1 or 2"_qs);
    for (CertificateField month : {CertificateField::DepositFrom, CertificateField::DepositTo}) {
        if (const auto v = integer(month); v && !isMonth(*v))
            return bodyError(quint16(month), u"month must be YYYYMM"_qs);
    }
    for (CertificateField amount : {CertificateField::BalanceFen, CertificateField::MonthlyDepositFen}) {
        if (const auto v = integer(amount); v && *v < 0)
            return bodyError(quint16(amount), u"amount must not be negative"_qs);
    }
    return {};
}

Status CertificateBody::validate(qint64 version) const
{
    if (Status s = validate(); !s)
        return s;
    for (const auto &[key, value] : m_fields) {
        if (!certificateKeyAllowed(version, key))
            return bodyError(key, QStringLiteral("not carried in a version %1 body").arg(version));
    }
    return {};
}

QByteArray CertificateBody::toCbor() const
{
    QByteArray out;
    QCborStreamWriter writer(&out);
    writer.startMap(quint64(m_fields.size()));
    for (const auto &[key, value] : m_fields) {
        writer.append(quint64(key));
        if (value.isInteger()) {
            writer.append(qint64(value.toInteger()));
        } else if (value.isString()) {
            const QByteArray utf8 = value.toString().toUtf8();
            writer.appendTextString(utf8.constData(), utf8.size());
        } else {
            const QByteArray bytes = value.toByteArray();
            writer.appendByteString(bytes.constData(), bytes.size());
        }
    }
    writer.endMap();
    return out;
}

Result<CertificateBody> CertificateBody::fromCbor(QByteArrayView bytes, qint64 version)
{
    const QByteArray data = bytes.toByteArray();
    QCborParserError parseError;
    const QCborValue parsed = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError)
        return cborError(u"malformed CBOR: "_qs + parseError.errorString());
    if (!parsed.isMap())
        return cborError(u"body is not a map"_qs);

    CertificateBody body;
    qint64 previous = 0;
    const QCborMap map = parsed.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue key = it.key();
        if (!key.isInteger() || key.toInteger() < 1 || key.toInteger() > kLastCertificateKey)
            return cborError(u"keys must be integers 1..65535"_qs);
        if (key.toInteger() <= previous)
            return cborError(u"keys must be unique and in ascending order"_qs);
        previous = key.toInteger();
        const QCborValue value = it.value();
        if (!value.isInteger() && !value.isString() && !value.isByteArray())
            return cborError(QStringLiteral("key %1: values are integers, text or bytes").arg(previous));
        body.m_fields.emplace(quint16(previous), value);
    }
    // Canonical form: re-encoding must reproduce exactly the signed bytes (this also refuses
    // indefinite lengths, non-shortest integers and anything after the map).
    if (body.toCbor() != data)
        return cborError(u"body is not in canonical CBOR form"_qs);
    if (Status valid = body.validate(version); !valid)
        return valid.error();
    return body;
}

} // namespace hpf::crypto
