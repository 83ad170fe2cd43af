#include "judicial/courtmessage.h"

#include "crypto/signedjson.h"

#include <QUuid>

namespace hpf::judicial::court {
namespace {

const QString kSignature = QStringLiteral("signature");

Error invalid(const QString &field, const QString &detail)
{
    return makeError(QStringLiteral("court.invalid"), field, detail);
}

} // namespace

// The court channel's signatures are the shared signed-JSON format (crypto/signedjson.h).
QByteArray canonicalBytes(QJsonObject object)
{
    return crypto::canonicalBytes(std::move(object));
}

Result<QJsonObject> sign(QJsonObject object, const crypto::Sm2Key &key)
{
    return crypto::signJson(std::move(object), key);
}

bool verify(const QJsonObject &object, const crypto::Sm2Key &publicKey)
{
    return crypto::verifyJson(object, publicKey);
}

QJsonObject toJson(const Envelope &e)
{
    QJsonObject o{{QStringLiteral("courtCode"), e.courtCode},
                  {QStringLiteral("messageId"), e.messageId},
                  {QStringLiteral("sentAt"), e.sentAt.toUTC().toString(Qt::ISODate)}};
    if (e.kind == Kind::Request) {
        o.insert(QStringLiteral("kind"), QStringLiteral("request"));
        o.insert(QStringLiteral("request"), e.request);
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("poll"));
        o.insert(QStringLiteral("after"), e.after);
    }
    return o;
}

Result<Envelope> readEnvelope(const QJsonObject &o)
{
    static const QStringList known{QStringLiteral("courtCode"),
                                   QStringLiteral("messageId"),
                                   QStringLiteral("sentAt"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("request"),
                                   QStringLiteral("after"),
                                   kSignature};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(it.key().left(40), QStringLiteral("unknown field"));
    }
    const auto text = [&](const char *key, int max) -> Result<QString> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > max)
            return invalid(QLatin1String(key),
                           QStringLiteral("a string of 1 to %1 characters is required").arg(max));
        return v.toString();
    };
    Envelope e;
    auto court = text("courtCode", 16);
    if (!court)
        return court.error();
    e.courtCode = *court;
    auto id = text("messageId", 36);
    if (!id)
        return id.error();
    const QUuid uuid = QUuid::fromString(*id);
    if (uuid.isNull() || *id != uuid.toString(QUuid::WithoutBraces))
        return invalid(QStringLiteral("messageId"), QStringLiteral("a UUID in lower case without braces"));
    e.messageId = *id;
    auto sent = text("sentAt", 30);
    if (!sent)
        return sent.error();
    e.sentAt = QDateTime::fromString(*sent, Qt::ISODate);
    if (!e.sentAt.isValid() || !sent->endsWith(u'Z'))
        return invalid(QStringLiteral("sentAt"),
                       QStringLiteral("an ISO 8601 UTC time, e.g. 2026-12-04T09:30:00Z"));
    e.sentAt = e.sentAt.toUTC();
    auto kind = text("kind", 10);
    if (!kind)
        return kind.error();
    if (*kind == u"request") {
        e.kind = Kind::Request;
        if (!o.value(QLatin1String("request")).isObject())
            return invalid(QStringLiteral("request"),
                           QStringLiteral("kind request carries a request object"));
        if (o.contains(QLatin1String("after")))
            return invalid(QStringLiteral("after"), QStringLiteral("only a poll carries after"));
        e.request = o.value(QLatin1String("request")).toObject();
    } else if (*kind == u"poll") {
        e.kind = Kind::Poll;
        if (o.contains(QLatin1String("request")))
            return invalid(QStringLiteral("request"), QStringLiteral("a poll carries no request"));
        const QJsonValue after = o.value(QLatin1String("after"));
        const double d = after.toDouble(-1);
        if (!after.isDouble() || !(d >= 0 && d <= 9007199254740991.0) || d != double(qint64(d)))
            return invalid(QStringLiteral("after"), QStringLiteral("a sequence number ≥ 0 is required"));
        e.after = qint64(d);
    } else {
        return invalid(QStringLiteral("kind"), QStringLiteral("request or poll"));
    }
    return e;
}

} // namespace hpf::judicial::court
