#pragma once

#include "base/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace hpf::client::api {

// The longest text a response field may carry (names, addresses, labels); a longer one is a
// contract failure, not something to put on a label or a receipt.
inline constexpr qsizetype kMaxTextLength = 4096;
// Identifiers (serials, account numbers, codes) are short and never empty.
inline constexpr qsizetype kMaxIdLength = 128;

// The error of a response that does not have the shape this client expects: code api.contract,
// field = the JSON path of the offending member ("receipt.lines[2].label").
Error contractError(const QString &field, const QString &detail);

// Reads the members of one JSON object into a typed value. Every accessor records the first
// missing or wrongly typed member and returns an empty value; status() tells whether all reads
// succeeded. Extra members are ignored (the server may add fields).
//
//   Reader r(json);
//   Account a{r.id(u"accountNumber"), r.text(u"name"), r.money(u"balanceFen")};
//   if (!r.ok()) return r.error();
class Reader
{
public:
    explicit Reader(const QJsonObject &object, const QString &path = {});

    // A required, non-empty string of at most kMaxIdLength characters.
    QString id(QStringView key);
    // An identifier the server may send as a string or as an integer (a row id), as text.
    QString idOrNumber(QStringView key);
    // A required string (may be empty) of at most kMaxTextLength characters.
    QString text(QStringView key);
    // An optional string: absent or null → empty.
    QString optionalText(QStringView key);
    // A required integral number (e.g. an amount in fen).
    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key);
    bool boolean(QStringView key);
    bool optionalBoolean(QStringView key, bool fallback = false);
    // "YYYY-MM-DD" / ISO 8601 date-time strings.
    QDate date(QStringView key);
    std::optional<QDate> optionalDate(QStringView key);
    QDateTime dateTime(QStringView key);
    // A required nested object / array, with a reader for the nested object.
    Reader object(QStringView key);
    bool hasObject(QStringView key) const;
    // Present and null (an "Object|null" member that is null).
    bool isNull(QStringView key) const { return m_object.value(key).isNull(); }
    QJsonObject rawObject(QStringView key); // kept as JSON (e.g. a receipt for a later print)
    QJsonArray array(QStringView key);
    QJsonArray optionalArray(QStringView key);
    // The objects of an array, each with its path ("lines[2]"); a non-object element is a failure.
    QList<Reader> objects(QStringView key, bool required = true);

    // A member that was read but whose value this client cannot take (a negative count, an
    // unknown code): records api.contract naming it, unless an earlier failure was recorded.
    void invalid(QStringView key, const QString &detail) { fail(key, detail); }

    // Nested readers share the first failure with the reader they came from.
    bool ok() const { return !m_error->has_value(); }
    Error error() const { return m_error->value_or(Error{}); }
    Status status() const { return ok() ? Status() : Status(**m_error); }
    QString path(QStringView key) const;

private:
    Reader(const QJsonObject &object, const QString &path, std::shared_ptr<std::optional<Error>> error);
    QJsonValue member(QStringView key, bool required);
    void fail(QStringView key, const QString &detail);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<Error>> m_error;
};

// Runs T::fromJson on a response body and returns its typed value or the contract error.
template<typename T>
Result<T> decode(const QJsonObject &json)
{
    return T::fromJson(json);
}

} // namespace hpf::client::api
