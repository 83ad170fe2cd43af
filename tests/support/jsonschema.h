#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// A validator for the subset of OpenAPI 3.0 Schema Objects that docs/api/openapi.yaml uses: type
// (string, integer, number, boolean, object, array), nullable, format (date, date-time, int64),
// properties, required, additionalProperties (true, false or a schema), items, minItems, maxItems,
// enum, $ref (local "#/..." pointers into the document), oneOf, anyOf, allOf, minimum, maximum,
// pattern, minLength, maxLength. Keywords it does not know make the schema invalid (so a new
// keyword in the document cannot be silently ignored); annotations (description, example,
// default, title, readOnly, writeOnly, deprecated) are ignored.
namespace hpf::test {

class SchemaValidator
{
public:
    // `document` is the whole OpenAPI document (as JSON): $ref pointers resolve inside it.
    explicit SchemaValidator(QJsonObject document = {});

    // Every violation of `schema` by `instance`, as "<json path>: <what>"; empty when valid.
    QStringList validate(const QJsonValue &instance, const QJsonValue &schema,
                         const QString &path = QStringLiteral("$")) const;

    // The value a "#/a/b~1c" pointer names in the document; undefined when there is none.
    QJsonValue resolve(const QString &ref) const;

private:
    void check(const QJsonValue &instance, const QJsonValue &schema, const QString &path, int depth,
               QStringList &errors) const;
    void checkObject(const QJsonObject &instance, const QJsonObject &schema, const QString &path, int depth,
                     QStringList &errors) const;

    QJsonObject m_document;
};

} // namespace hpf::test
