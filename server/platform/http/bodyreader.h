#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

// Strict reading of a JSON request body: every field a route reads is declared with its type and
// limits; anything else in the object is refused (request.unknown_field), every string is length
// checked and refused when it holds control characters. The first error wins.
namespace hpf::server {

// Parses `body` as one JSON object, strictly (platform/http/jsonscan.h): a key at most once per
// object, numbers as integer literals. Errors: json.malformed, json.not_object, json.duplicate_key,
// request.field_type, request.field_range (all 400).
Result<QJsonObject> parseJsonObject(const QByteArray &body);

// The request Content-Type every body-carrying route accepts: application/json, with no parameter
// but charset=utf-8 (names and values in any case, the value quoted or not). There is no file
// upload route: employee lists (清册) are read from CSV/XLSX by the client and sent as JSON rows.
bool isJsonContentType(const QByteArray &contentType);

class BodyReader
{
public:
    explicit BodyReader(QJsonObject object, QString prefix = {});

    // A required (or optional, returning an empty string when absent) string of 1..maxLength
    // characters after trimming. Errors: request.field_required, request.field_type,
    // request.field_too_long, request.field_empty, request.field_characters.
    QString string(const QString &name, int maxLength, bool required = true);
    // An integer in [min, max] (JSON numbers without fraction). Errors: request.field_required,
    // request.field_type, request.field_range.
    qint64 integer(const QString &name, qint64 min, qint64 max, bool required = true);
    std::optional<qint64> optionalInteger(const QString &name, qint64 min, qint64 max);
    bool boolean(const QString &name, bool defaultValue);
    // A nested object, read by a nested BodyReader (unknown fields inside are refused as well).
    QJsonObject object(const QString &name, bool required = true);
    bool has(const QString &name) const { return m_object.contains(name); }

    void fail(const QString &code, const QString &field, const QString &detail = {});
    // The first error, or request.unknown_field for a field nobody declared.
    Status finish();
    bool ok() const { return !m_error.has_value(); }

private:
    QString path(const QString &name) const;
    QJsonObject m_object;
    QString m_prefix;
    QSet<QString> m_known;
    std::optional<Error> m_error;
};

} // namespace hpf::server
