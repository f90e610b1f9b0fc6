#pragma once
// An HTTP-level refusal (status + machine code + words + the field at fault) and Outcome<T>,
// a value or such a refusal. Services behind the API return these so the handlers stay thin.
#include "apimessage.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

namespace careround::server::http {

struct Failure
{
    int status = 400;
    QString code; // "invalid_token", "device_revoked", ...
    QString message; // words a person can act on
    QString field; // the input at fault, if one is
    QJsonObject extra; // more body fields, e.g. {"wipe": true}
    QList<QPair<QByteArray, QByteArray>> headers;

    ApiResponse toResponse() const
    {
        ApiResponse response = ApiResponse::error(status, code, message, field, extra);
        response.headers.append(headers);
        return response;
    }
};

template<typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { }
    Outcome(Failure failure)
        : m_failure(std::move(failure))
    { }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

// A storage or other internal error: logged by the caller, shown to the client without detail.
inline Failure unavailable()
{
    return Failure {503,
                    QStringLiteral("storage_unavailable"),
                    QStringLiteral("the server could not reach its storage; retry later"),
                    {},
                    {},
                    {{"Retry-After", "5"}}};
}

} // namespace careround::server::http
