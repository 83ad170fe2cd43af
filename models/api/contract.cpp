#include "api/contract.h"

#include "logging.h"

#include <cmath>

namespace hpf::client::api {

Error contractError(const QString &field, const QString &detail)
{
    qCWarning(lcApi) << "response contract:" << field << detail;
    return makeError(u"api.contract"_qs, field, detail);
}

Reader::Reader(const QJsonObject &object, const QString &path)
    : Reader(object, path, std::make_shared<std::optional<Error>>())
{}

Reader::Reader(const QJsonObject &object, const QString &path, std::shared_ptr<std::optional<Error>> error)
    : m_object(object)
    , m_path(path)
    , m_error(std::move(error))
{}

QString Reader::path(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void Reader::fail(QStringView key, const QString &detail)
{
    if (!m_error->has_value())
        *m_error = contractError(path(key), detail);
}

QJsonValue Reader::member(QStringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (required && (v.isUndefined() || v.isNull()))
        fail(key, u"missing"_qs);
    return v;
}

QString Reader::id(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, u"not a string"_qs);
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty())
        fail(key, u"empty"_qs);
    else if (s.size() > kMaxIdLength)
        fail(key, u"too long (%1 characters)"_qs.arg(s.size()));
    else
        return s;
    return {};
}

QString Reader::idOrNumber(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 9007199254740991.0 && std::floor(d) == d)
            return QString::number(qint64(d));
        fail(key, u"not a positive integer"_qs);
        return {};
    }
    return id(key);
}

QString Reader::text(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, u"not a string"_qs);
        return {};
    }
    if (v.toString().size() > kMaxTextLength) {
        fail(key, u"too long (%1 characters)"_qs.arg(v.toString().size()));
        return {};
    }
    return v.toString();
}

QString Reader::optionalText(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return text(key);
}

qint64 Reader::integer(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (v.isUndefined() || v.isNull())
        return 0;
    // JSON numbers are doubles: integral and within ±2^53 is exact (checked before any conversion).
    const double d = v.toDouble();
    if (!v.isDouble() || !(d <= 9007199254740992.0 && d >= -9007199254740992.0) || std::trunc(d) != d) {
        fail(key, u"not an integer"_qs);
        return 0;
    }
    return v.toInteger();
}

std::optional<qint64> Reader::optionalInteger(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return integer(key);
}

bool Reader::boolean(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (!v.isBool()) {
        if (!v.isUndefined() && !v.isNull())
            fail(key, u"not a boolean"_qs);
        return false;
    }
    return v.toBool();
}

bool Reader::optionalBoolean(QStringView key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    return boolean(key);
}

QDate Reader::date(QStringView key)
{
    const QString s = text(key);
    if (!ok())
        return {};
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    if (!d.isValid())
        fail(key, u"not a date"_qs);
    return d;
}

std::optional<QDate> Reader::optionalDate(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return std::nullopt;
    const QDate d = date(key);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

QDateTime Reader::dateTime(QStringView key)
{
    const QString s = text(key);
    if (!ok())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(key, u"not a date-time"_qs);
    return t;
}

bool Reader::hasObject(QStringView key) const
{
    return m_object.value(key).isObject();
}

QJsonObject Reader::rawObject(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (!v.isObject() && !v.isUndefined() && !v.isNull())
        fail(key, u"not an object"_qs);
    return v.toObject();
}

Reader Reader::object(QStringView key)
{
    return Reader(rawObject(key), path(key), m_error);
}

QJsonArray Reader::array(QStringView key)
{
    const QJsonValue v = member(key, true);
    if (!v.isArray() && !v.isUndefined() && !v.isNull())
        fail(key, u"not an array"_qs);
    return v.toArray();
}

QJsonArray Reader::optionalArray(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return array(key);
}

QList<Reader> Reader::objects(QStringView key, bool required)
{
    const QJsonArray items = required ? array(key) : optionalArray(key);
    QList<Reader> readers;
    readers.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path(key) + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject()) {
            if (!m_error->has_value())
                *m_error = contractError(itemPath, u"not an object"_qs);
            continue;
        }
        readers.append(Reader(items.at(i).toObject(), itemPath, m_error));
    }
    return readers;
}

} // namespace hpf::client::api
