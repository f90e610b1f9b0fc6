#include "decoders.h"

#include "core/recordcodec.h"
#include "server/auth/deviceproof.h"
#include "server/auth/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace careround::server::api {

namespace {

constexpr int kMaxTokenChars = 256;
constexpr int kMaxLoginChars = 64;
constexpr int kMaxPasswordBytes = 1024;
constexpr int kMaxLabelChars = 100;
constexpr int kMaxIdChars = 64;

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error {QStringLiteral("body"),
                      QStringLiteral("the body is empty; send a JSON object")};
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QStringLiteral("body"),
                      QStringLiteral("malformed JSON at offset %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())};
    if (!document.isObject())
        return Error {QStringLiteral("body"), QStringLiteral("must be a JSON object")};
    return document.object();
}

Result<QString> requiredString(const QJsonObject &object, const QString &field, int maxChars)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return Error {field, QStringLiteral("is required")};
    if (!value.isString())
        return Error {field, QStringLiteral("must be a string")};
    const QString text = value.toString();
    if (text.isEmpty())
        return Error {field, QStringLiteral("must not be empty")};
    if (text.size() > maxChars)
        return Error {field, QStringLiteral("must be at most %1 characters").arg(maxChars)};
    return text;
}

Result<QByteArray> requiredBase64(const QJsonObject &object, const QString &field, int exactBytes)
{
    auto text = requiredString(object, field, 4 * exactBytes);
    if (!text)
        return text.error();
    const QByteArray decoded = auth::fromBase64(text.value().toLatin1());
    if (decoded.size() != exactBytes)
        return Error {field, QStringLiteral("must be base64 of exactly %1 bytes").arg(exactBytes)};
    return decoded;
}

Result<qint64> nonNegativeInteger(const QString &text, const QString &field, qint64 max)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return Error {field, QStringLiteral("must be a whole number from 0 to %1").arg(max)};
    const qint64 value = text.toLongLong();
    if (value > max)
        return Error {field, QStringLiteral("must be a whole number from 0 to %1").arg(max)};
    return value;
}

QString prefixField(const QString &prefix, const QString &field)
{
    if (field.isEmpty())
        return prefix;
    return field.startsWith(QLatin1Char('[')) ? prefix + field : prefix + QLatin1Char('.') + field;
}

} // namespace

Result<QList<PushItem>> decodePushBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QJsonValue recordsValue = root.value().value(QStringLiteral("records"));
    if (recordsValue.isUndefined())
        return Error {QStringLiteral("records"), QStringLiteral("is required")};
    if (!recordsValue.isArray())
        return Error {QStringLiteral("records"), QStringLiteral("must be an array of records")};
    const QJsonArray records = recordsValue.toArray();
    if (records.size() > kMaxPushRecords)
        return Error {
            QStringLiteral("records"),
            QStringLiteral("at most %1 records per batch; split the batch").arg(kMaxPushRecords)};
    QList<PushItem> items;
    items.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        const QString where = QStringLiteral("records[%1]").arg(i);
        if (!records.at(i).isObject())
            return Error {where, QStringLiteral("must be a record object")};
        const QJsonObject object = records.at(i).toObject();
        PushItem item;
        item.index = i;
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isString())
            item.id = id.toString().left(kMaxIdChars);
        auto decoded = RecordCodec::fromJson(object);
        if (decoded)
            item.record = decoded.value();
        else
            item.error = Error {prefixField(where, decoded.error().field), decoded.error().message};
        items.append(item);
    }
    return items;
}

Result<PullQuery> parsePullQuery(const QUrlQuery &query)
{
    PullQuery pull;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("after")) {
            auto after = nonNegativeInteger(value, QStringLiteral("after"),
                                            std::numeric_limits<qint64>::max() / 2);
            if (!after)
                return after.error();
            pull.after = after.value();
        } else if (key == QLatin1String("applied")) {
            auto applied = nonNegativeInteger(value, QStringLiteral("applied"),
                                              std::numeric_limits<qint64>::max() / 2);
            if (!applied)
                return applied.error();
            pull.applied = applied.value();
        } else if (key == QLatin1String("limit")) {
            auto limit = nonNegativeInteger(value, QStringLiteral("limit"), kMaxPullLimit);
            if (!limit)
                return limit.error();
            if (limit.value() < 1)
                return Error {QStringLiteral("limit"),
                              QStringLiteral("must be from 1 to %1").arg(kMaxPullLimit)};
            pull.limit = static_cast<int>(limit.value());
        }
    }
    if (pull.applied > pull.after)
        return Error {QStringLiteral("applied"), QStringLiteral("must not be beyond after")};
    return pull;
}

Result<LoginBody> decodeLoginBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    auto login = requiredString(root.value(), QStringLiteral("login"), kMaxLoginChars);
    if (!login)
        return login.error();
    auto password = requiredString(root.value(), QStringLiteral("password"), kMaxPasswordBytes);
    if (!password)
        return password.error();
    LoginBody decoded {login.value(), password.value().toUtf8()};
    if (decoded.password.size() > kMaxPasswordBytes)
        return Error {QStringLiteral("password"),
                      QStringLiteral("must be at most %1 bytes").arg(kMaxPasswordBytes)};
    return decoded;
}

Result<EnrolBody> decodeEnrolBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject &object = root.value();
    auto token = requiredString(object, QStringLiteral("enrolment_token"), kMaxTokenChars);
    if (!token)
        return token.error();
    auto publicKey =
        requiredBase64(object, QStringLiteral("public_key"), auth::kDevicePublicKeyBytes);
    if (!publicKey)
        return publicKey.error();
    auto signature =
        requiredBase64(object, QStringLiteral("signature"), auth::kDeviceSignatureBytes);
    if (!signature)
        return signature.error();
    EnrolBody decoded {token.value().toLatin1(), publicKey.value(), signature.value(), {}};
    const QJsonValue label = object.value(QStringLiteral("label"));
    if (!label.isUndefined() && !label.isNull()) {
        if (!label.isString())
            return Error {QStringLiteral("label"), QStringLiteral("must be a string")};
        if (label.toString().size() > kMaxLabelChars)
            return Error {QStringLiteral("label"),
                          QStringLiteral("must be at most %1 characters").arg(kMaxLabelChars)};
        decoded.label = label.toString();
    }
    return decoded;
}

Result<QByteArray> decodeRefreshBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    auto token = requiredString(root.value(), QStringLiteral("refresh_token"), kMaxTokenChars);
    if (!token)
        return token.error();
    return token.value().toLatin1();
}

Result<EscrowBody> decodeEscrowBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QJsonObject &object = root.value();
    auto orgId = requiredString(object, QStringLiteral("org_id"), kMaxIdChars);
    if (!orgId)
        return orgId.error();
    auto deviceId = requiredString(object, QStringLiteral("device_id"), kMaxIdChars);
    if (!deviceId)
        return deviceId.error();
    const QJsonValue entriesValue = object.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return Error {QStringLiteral("entries"),
                      QStringLiteral("must be an array of base64 sealed entries")};
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > kMaxEscrowEntries)
        return Error {QStringLiteral("entries"),
                      QStringLiteral("at most %1 entries per request").arg(kMaxEscrowEntries)};
    EscrowBody decoded {orgId.value(), deviceId.value(), {}};
    for (int i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!entries.at(i).isString())
            return Error {where, QStringLiteral("must be a base64 string")};
        const QString text = entries.at(i).toString();
        if (text.size() > kMaxEscrowEntryBytes * 4 / 3 + 4)
            return Error {where,
                          QStringLiteral("is larger than %1 bytes").arg(kMaxEscrowEntryBytes)};
        const QByteArray sealed = auth::fromBase64(text.toLatin1());
        if (sealed.isEmpty())
            return Error {where, QStringLiteral("must be a non-empty base64 string")};
        decoded.entries.append(sealed);
    }
    return decoded;
}

Result<EscrowPlaintext> splitEscrowPlaintext(const QByteArray &plaintext)
{
    if (plaintext.size() <= auth::kDeviceSignatureBytes + 1)
        return Error {QStringLiteral("entry"),
                      QStringLiteral("too short to hold a signature and a record")};
    return EscrowPlaintext {plaintext.left(auth::kDeviceSignatureBytes),
                            plaintext.mid(auth::kDeviceSignatureBytes)};
}

Result<QStringList> decodePurgedBody(const QByteArray &body)
{
    auto root = parseObject(body);
    if (!root)
        return root.error();
    const QJsonValue idsValue = root.value().value(QStringLiteral("person_ids"));
    if (!idsValue.isArray())
        return Error {QStringLiteral("person_ids"),
                      QStringLiteral("must be an array of person ids")};
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > kMaxPurgedPersons)
        return Error {QStringLiteral("person_ids"),
                      QStringLiteral("at most %1 ids").arg(kMaxPurgedPersons)};
    QStringList decoded;
    for (int i = 0; i < ids.size(); ++i) {
        if (!ids.at(i).isString() || ids.at(i).toString().isEmpty()
            || ids.at(i).toString().size() > kMaxIdChars)
            return Error {QStringLiteral("person_ids[%1]").arg(i),
                          QStringLiteral("must be a person id string")};
        decoded.append(ids.at(i).toString());
    }
    return decoded;
}

} // namespace careround::server::api
