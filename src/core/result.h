#pragma once
// A value or a named error. Used at every boundary so bad input is reported, never thrown.
#include <QString>
#include <optional>
#include <utility>

namespace careround {

struct Error
{
    QString field; // which input was wrong ("payload.dose", "pin"); empty when not field-specific
    QString message; // what is wrong, in words a person can act on
    QString toString() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error fieldError(const QString &field, const QString &message)
{
    return Error {field, message};
}

} // namespace careround
