#include "jsonschema.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace hpf::test {

namespace {

constexpr int kMaxDepth = 64;

const QSet<QString> &knownKeywords()
{
    static const QSet<QString> known{u"type"_qs, u"nullable"_qs, u"format"_qs, u"properties"_qs,
                                     u"required"_qs, u"additionalProperties"_qs, u"items"_qs, u"minItems"_qs,
                                     u"maxItems"_qs, u"enum"_qs, u"$ref"_qs, u"oneOf"_qs, u"anyOf"_qs,
                                     u"allOf"_qs, u"minimum"_qs, u"maximum"_qs, u"pattern"_qs,
                                     u"minLength"_qs, u"maxLength"_qs,
                                     // annotations: no effect on validity
                                     u"description"_qs, u"example"_qs, u"default"_qs, u"title"_qs,
                                     u"readOnly"_qs, u"writeOnly"_qs, u"deprecated"_qs};
    return known;
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_qs;
    case QJsonValue::Bool:
        return u"boolean"_qs;
    case QJsonValue::Double:
        return u"number"_qs;
    case QJsonValue::String:
        return u"string"_qs;
    case QJsonValue::Array:
        return u"array"_qs;
    case QJsonValue::Object:
        return u"object"_qs;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_qs;
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool matchesType(const QJsonValue &v, const QString &type)
{
    if (type == u"integer")
        return isInteger(v);
    return typeOf(v) == type;
}

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

bool validDate(const QString &s)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_qs);
    return shape.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

bool validDateTime(const QString &s)
{
    // RFC 3339: a full date, 'T', a time, and a zone (Z or ±hh:mm); fractions allowed.
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_qs);
    return shape.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

QString quoted(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"true"_qs : u"false"_qs;
    return typeOf(v);
}

} // namespace

SchemaValidator::SchemaValidator(QJsonObject document)
    : m_document(std::move(document))
{}

QStringList SchemaValidator::validate(const QJsonValue &instance, const QJsonValue &schema,
                                      const QString &path) const
{
    QStringList errors;
    check(instance, schema, path, 0, errors);
    return errors;
}

QJsonValue SchemaValidator::resolve(const QString &ref) const
{
    if (!ref.startsWith(u"#/"))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue at = m_document;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString part : parts) {
        part.replace(u"~1"_qs, u"/"_qs).replace(u"~0"_qs, u"~"_qs);
        if (at.isObject() && at.toObject().contains(part)) {
            at = at.toObject().value(part);
        } else if (at.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= at.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            at = at.toArray().at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return at;
}

void SchemaValidator::check(const QJsonValue &instance, const QJsonValue &schemaValue, const QString &path,
                            int depth, QStringList &errors) const
{
    if (depth > kMaxDepth) {
        errors << path + u": schema nesting deeper than "_qs + QString::number(kMaxDepth) +
                      u" (a $ref cycle?)"_qs;
        return;
    }
    if (!schemaValue.isObject()) {
        errors << path + u": schema error: a schema must be an object, not "_qs + typeOf(schemaValue);
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!knownKeywords().contains(it.key())) {
            errors << path + u": schema error: unsupported keyword "_qs + it.key();
            return;
        }
    }
    if (schema.contains(u"$ref")) {
        const QString ref = schema.value(u"$ref").toString();
        const QJsonValue target = resolve(ref);
        if (target.isUndefined()) {
            errors << path + u": schema error: unresolvable $ref "_qs + ref;
            return;
        }
        // OpenAPI 3.0: siblings of $ref are ignored.
        check(instance, target, path, depth + 1, errors);
        return;
    }

    if (instance.isNull() && schema.value(u"nullable").toBool())
        return;

    for (const QString &key : {u"allOf"_qs, u"anyOf"_qs, u"oneOf"_qs}) {
        if (!schema.contains(key))
            continue;
        const QJsonArray subs = schema.value(key).toArray();
        if (subs.isEmpty()) {
            errors << path + u": schema error: "_qs + key + u" needs at least one schema"_qs;
            continue;
        }
        int matched = 0;
        QStringList why;
        for (qsizetype i = 0; i < subs.size(); ++i) {
            QStringList sub;
            check(instance, subs.at(i), path, depth + 1, sub);
            if (sub.isEmpty())
                ++matched;
            else if (key == u"allOf")
                errors << sub;
            else
                why << u"["_qs + QString::number(i) + u"] "_qs + sub.join(u"; "_qs);
        }
        if (key == u"anyOf" && matched == 0)
            errors << path + u": matches none of anyOf: "_qs + why.join(u" | "_qs);
        if (key == u"oneOf" && matched != 1)
            errors << path + u": matches "_qs + QString::number(matched) + u" of oneOf, not exactly 1"_qs +
                          (why.isEmpty() ? QString() : u": "_qs + why.join(u" | "_qs));
    }

    if (schema.contains(u"type")) {
        const QJsonValue typeValue = schema.value(u"type");
        const QString type = typeValue.toString();
        static const QSet<QString> types{u"string"_qs,  u"integer"_qs, u"number"_qs,
                                         u"boolean"_qs, u"object"_qs,  u"array"_qs};
        if (!typeValue.isString() || !types.contains(type)) {
            errors << path + u": schema error: type must be one of the OpenAPI 3.0 types"_qs;
            return;
        }
        if (!matchesType(instance, type)) {
            errors << path + u": expected "_qs + type + u", got "_qs +
                          (instance.isDouble() && type == u"integer" ? u"a fraction "_qs + quoted(instance)
                                                                     : typeOf(instance));
            return;
        }
    }

    if (schema.contains(u"enum")) {
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.contains(instance))
            errors << path + u": "_qs + quoted(instance) + u" is not one of the enum values"_qs;
    }

    if (instance.isString()) {
        const QString s = instance.toString();
        if (schema.contains(u"maxLength") && codePoints(s) > schema.value(u"maxLength").toInteger())
            errors << path + u": longer than maxLength "_qs +
                          QString::number(schema.value(u"maxLength").toInteger());
        if (schema.contains(u"minLength") && codePoints(s) < schema.value(u"minLength").toInteger())
            errors << path + u": shorter than minLength "_qs +
                          QString::number(schema.value(u"minLength").toInteger());
        if (schema.contains(u"pattern")) {
            const QRegularExpression re(schema.value(u"pattern").toString());
            if (!re.isValid())
                errors << path + u": schema error: invalid pattern "_qs + re.pattern();
            else if (!re.match(s).hasMatch())
                errors << path + u": "_qs + quoted(instance) + u" does not match "_qs + re.pattern();
        }
        const QString format = schema.value(u"format").toString();
        if (format == u"date" && !validDate(s))
            errors << path + u": "_qs + quoted(instance) + u" is not a date (YYYY-MM-DD)"_qs;
        else if (format == u"date-time" && !validDateTime(s))
            errors << path + u": "_qs + quoted(instance) + u" is not an RFC 3339 date-time"_qs;
    }
    if (schema.contains(u"format")) {
        static const QSet<QString> formats{u"date"_qs, u"date-time"_qs, u"int64"_qs, u"int32"_qs};
        if (!formats.contains(schema.value(u"format").toString()))
            errors << path + u": schema error: unsupported format "_qs + schema.value(u"format").toString();
        else if (schema.value(u"format") == u"int32"_qs && isInteger(instance) &&
                 std::abs(instance.toDouble()) > 2147483647.0)
            errors << path + u": "_qs + quoted(instance) + u" is out of int32 range"_qs;
    }

    if (instance.isDouble()) {
        const double d = instance.toDouble();
        if (schema.contains(u"minimum") && d < schema.value(u"minimum").toDouble())
            errors << path + u": "_qs + quoted(instance) + u" is below the minimum "_qs +
                          quoted(schema.value(u"minimum"));
        if (schema.contains(u"maximum") && d > schema.value(u"maximum").toDouble())
            errors << path + u": "_qs + quoted(instance) + u" is above the maximum "_qs +
                          quoted(schema.value(u"maximum"));
    }

    if (instance.isArray()) {
        const QJsonArray a = instance.toArray();
        if (schema.contains(u"minItems") && a.size() < schema.value(u"minItems").toInteger())
            errors << path + u": fewer items than minItems"_qs;
        if (schema.contains(u"maxItems") && a.size() > schema.value(u"maxItems").toInteger())
            errors << path + u": more items than maxItems"_qs;
        if (schema.contains(u"items")) {
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), schema.value(u"items"), path + u'[' + QString::number(i) + u']', depth + 1,
                      errors);
        } else if (schema.value(u"type") == u"array"_qs) {
            errors << path + u": schema error: an array schema needs items"_qs;
        }
    }

    if (instance.isObject())
        checkObject(instance.toObject(), schema, path, depth, errors);
}

void SchemaValidator::checkObject(const QJsonObject &instance, const QJsonObject &schema, const QString &path,
                                  int depth, QStringList &errors) const
{
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QJsonArray required = schema.value(u"required").toArray();
    for (const QJsonValue &name : required) {
        if (!instance.contains(name.toString()))
            errors << path + u": required property "_qs + name.toString() + u" is missing"_qs;
    }
    const QJsonValue additional = schema.value(u"additionalProperties");
    for (auto it = instance.constBegin(); it != instance.constEnd(); ++it) {
        const QString childPath = path + u'.' + it.key();
        if (properties.contains(it.key())) {
            check(it.value(), properties.value(it.key()), childPath, depth + 1, errors);
        } else if (additional.isBool() && !additional.toBool()) {
            errors << childPath + u": property not allowed (additionalProperties: false)"_qs;
        } else if (additional.isObject()) {
            check(it.value(), additional, childPath, depth + 1, errors);
        }
    }
}

} // namespace hpf::test
