#include "crypto/trustlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hpf::crypto {

namespace {

constexpr int kTrustListVersion = 1;

Error trustError(const char *code, const QString &field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), field, detail);
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate); // "...Z"
}

// ISO 8601 with an explicit offset or "Z"; a time without a zone is ambiguous and refused.
QDateTime parseTime(const QString &text)
{
    if (!(text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+')) ||
          text.lastIndexOf(QLatin1Char('-')) > 9))
        return {};
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

bool TrustedKey::coversSigningTime(const QDateTime &when) const
{
    return when.isValid() && when >= notBefore && (!notAfter.isValid() || when <= notAfter);
}

Status TrustList::add(const Sm2Key &key, const QDateTime &notBefore, const QDateTime &notAfter)
{
    auto publicKey = Sm2Key::fromPublicDer(key.publicKeyDer());
    if (!publicKey)
        return trustError("trust.key", u"publicKey"_qs, publicKey.error().detail);
    return insert(std::move(publicKey.value()), notBefore, notAfter);
}

Status TrustList::addPem(QByteArrayView publicKeyPem, const QDateTime &notBefore, const QDateTime &notAfter)
{
    auto publicKey = Sm2Key::fromPublicPem(publicKeyPem);
    if (!publicKey)
        return trustError("trust.key", u"publicKey"_qs, publicKey.error().detail);
    return insert(std::move(publicKey.value()), notBefore, notAfter);
}

Status TrustList::insert(Sm2Key publicKey, const QDateTime &notBefore, const QDateTime &notAfter)
{
    if (!notBefore.isValid() || (notAfter.isValid() && notAfter < notBefore))
        return trustError("trust.period", u"notAfter"_qs, u"signing period is empty or has no start"_qs);
    const QByteArray kid = publicKey.keyId();
    if (find(kid))
        return trustError("trust.duplicate_kid", u"kid"_qs, QString::fromLatin1(kid.toHex()));
    m_keys.push_back({kid, std::make_shared<const Sm2Key>(std::move(publicKey)), notBefore.toUTC(),
                      notAfter.isValid() ? notAfter.toUTC() : QDateTime()});
    return {};
}

const TrustedKey *TrustList::find(QByteArrayView kid) const
{
    for (const TrustedKey &k : m_keys) {
        if (k.kid == kid)
            return &k;
    }
    return nullptr;
}

QByteArray TrustList::toJson() const
{
    QJsonArray keys;
    for (const TrustedKey &k : m_keys) {
        QJsonObject o;
        o.insert(u"kid"_qs, QString::fromLatin1(k.kid.toHex()));
        o.insert(u"notBefore"_qs, isoUtc(k.notBefore));
        o.insert(u"notAfter"_qs, k.notAfter.isValid() ? QJsonValue(isoUtc(k.notAfter)) : QJsonValue());
        o.insert(u"publicKey"_qs, QString::fromLatin1(k.key->publicKeyPem()));
        keys.append(o);
    }
    QJsonObject root;
    root.insert(u"format"_qs, u"hpf-trust-list"_qs);
    root.insert(u"version"_qs, kTrustListVersion);
    if (m_publishedAt.isValid())
        root.insert(u"publishedAt"_qs, isoUtc(m_publishedAt));
    root.insert(u"keys"_qs, keys);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TrustList> TrustList::fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return trustError("trust.json", QString(), u"not a JSON object: "_qs + parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"format"_qs).toString() != u"hpf-trust-list"_qs ||
        root.value(u"version"_qs).toInt(-1) != kTrustListVersion || !root.value(u"keys"_qs).isArray())
        return trustError("trust.json", u"format"_qs, u"not an hpf-trust-list version 1"_qs);

    TrustList list;
    if (const QJsonValue published = root.value(u"publishedAt"_qs); !published.isUndefined()) {
        list.m_publishedAt = parseTime(published.toString());
        if (!list.m_publishedAt.isValid())
            return trustError("trust.json", u"publishedAt"_qs, u"not an ISO 8601 time with zone"_qs);
    }
    const QJsonArray keys = root.value(u"keys"_qs).toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject o = keys.at(i).toObject();
        const QString where = QStringLiteral("keys[%1]").arg(i);
        const QDateTime notBefore = parseTime(o.value(u"notBefore"_qs).toString());
        const QJsonValue notAfterValue = o.value(u"notAfter"_qs);
        const QDateTime notAfter = notAfterValue.isNull() || notAfterValue.isUndefined()
                                       ? QDateTime()
                                       : parseTime(notAfterValue.toString());
        if (!notBefore.isValid() ||
            (!notAfterValue.isNull() && !notAfterValue.isUndefined() && !notAfter.isValid()))
            return trustError("trust.period", where,
                              u"notBefore/notAfter must be ISO 8601 times with zone"_qs);
        const QString kidHex = o.value(u"kid"_qs).toString();
        const QByteArray kid = QByteArray::fromHex(kidHex.toLatin1());
        if (kid.size() != 8 || QString::fromLatin1(kid.toHex()) != kidHex.toLower())
            return trustError("trust.json", where + u".kid"_qs, u"kid must be 16 hex digits"_qs);
        auto key = Sm2Key::fromPublicPem(o.value(u"publicKey"_qs).toString().toLatin1());
        if (!key)
            return trustError("trust.key", where + u".publicKey"_qs, key.error().detail);
        if (key->keyId() != kid)
            return trustError("trust.kid_mismatch", where + u".kid"_qs,
                              u"kid does not match the public key"_qs);
        if (Status s = list.insert(std::move(key.value()), notBefore, notAfter); !s) {
            Error e = s.error();
            e.field = where + u'.' + e.field;
            return e;
        }
    }
    return list;
}

} // namespace hpf::crypto
