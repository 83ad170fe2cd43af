#include "platform/http/bodyreader.h"

#include "base/text.h"
#include "platform/http/jsonscan.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

namespace hpf::server {

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(u"json.malformed"_qs, {},
                         QStringLiteral("offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return makeError(u"json.not_object"_qs, {}, u"the body must be a JSON object"_qs);
    if (Status s = jsonscan::checkStrict(body); !s)
        return s.error();
    return doc.object();
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        if (parameter.isEmpty())
            continue;
        const qsizetype eq = parameter.indexOf('=');
        if (eq < 0 || parameter.left(eq).trimmed().toLower() != "charset")
            return false;
        QByteArray value = parameter.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (value.toLower() != "utf-8")
            return false;
    }
    return true;
}

BodyReader::BodyReader(QJsonObject object, QString prefix)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{}

QString BodyReader::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

void BodyReader::fail(const QString &code, const QString &field, const QString &detail)
{
    if (!m_error)
        m_error = Error{code, field, detail};
}

QString BodyReader::string(const QString &name, int maxLength, bool required)
{
    m_known.insert(name);
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"request.field_required"_qs, path(name));
        return {};
    }
    if (!v.isString()) {
        fail(u"request.field_type"_qs, path(name), u"expected a string"_qs);
        return {};
    }
    const QString s = v.toString().trimmed();
    if (s.size() > maxLength) {
        fail(u"request.field_too_long"_qs, path(name),
             QStringLiteral("at most %1 characters").arg(maxLength));
        return {};
    }
    if (text::hasControlCharacters(s)) {
        fail(u"request.field_characters"_qs, path(name), u"control characters are not allowed"_qs);
        return {};
    }
    if (s.isEmpty() && required)
        fail(u"request.field_empty"_qs, path(name));
    return s;
}

qint64 BodyReader::integer(const QString &name, qint64 min, qint64 max, bool required)
{
    m_known.insert(name);
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"request.field_required"_qs, path(name));
        return 0;
    }
    if (!v.isDouble()) {
        fail(u"request.field_type"_qs, path(name), u"expected an integer"_qs);
        return 0;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < -9.0e15 || d > 9.0e15) {
        fail(u"request.field_type"_qs, path(name), u"expected an integer"_qs);
        return 0;
    }
    const qint64 i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(u"request.field_range"_qs, path(name), QStringLiteral("must be in [%1, %2]").arg(min).arg(max));
        return 0;
    }
    return i;
}

std::optional<qint64> BodyReader::optionalInteger(const QString &name, qint64 min, qint64 max)
{
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        m_known.insert(name);
        return std::nullopt;
    }
    return integer(name, min, max, true);
}

bool BodyReader::boolean(const QString &name, bool defaultValue)
{
    m_known.insert(name);
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (!v.isBool()) {
        fail(u"request.field_type"_qs, path(name), u"expected true or false"_qs);
        return defaultValue;
    }
    return v.toBool();
}

QJsonObject BodyReader::object(const QString &name, bool required)
{
    m_known.insert(name);
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(u"request.field_required"_qs, path(name));
        return {};
    }
    if (!v.isObject()) {
        fail(u"request.field_type"_qs, path(name), u"expected an object"_qs);
        return {};
    }
    return v.toObject();
}

Status BodyReader::finish()
{
    if (m_error)
        return *m_error;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            return makeError(u"request.unknown_field"_qs, path(it.key()),
                             u"this field is not accepted here"_qs);
    }
    return {};
}

} // namespace hpf::server
