#include "apimessage.h"

#include <QJsonDocument>

namespace careround::server::http {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &field, const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("error"), code);
    object.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    ApiResponse response = json(status, object);
    response.logError = code;
    return response;
}

} // namespace careround::server::http
