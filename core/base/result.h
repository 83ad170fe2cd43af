#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace hpf {

// A typed validation or processing error. `code` is stable (e.g. "identity.checksum") and is what
// clients map to translated text; `field` names the input that is wrong (e.g. "idNumber");
// `detail` is developer-facing English for logs, never shown to users untranslated.
struct Error
{
    QString code;
    QString field;
    QString detail;

    bool operator==(const Error &) const = default;
};

// Either a value or an Error. Never throws.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Success or an Error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString code, QString field, QString detail = {})
{
    return Error{std::move(code), std::move(field), std::move(detail)};
}

} // namespace hpf
