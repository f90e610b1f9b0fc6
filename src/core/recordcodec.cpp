#include "recordcodec.h"
#include "isotime.h"
#include "payloadupgrades.h"
#include "recordtypes.h"
#include "recordvalidation.h"
#include <QJsonDocument>
#include <iterator>

namespace careround {

namespace {

// Envelope JSON keys (snake_case) and the Record members they hold.
struct Key
{
    const char *json;
    const char *member;
};
constexpr Key Keys[] = {
    {"v", "v"},
    {"id", "id"},
    {"type", "type"},
    {"schema_version", "schemaVersion"},
    {"person_id", "personId"},
    {"visit_id", "visitId"},
    {"care_day", "careDay"},
    {"author_user_id", "authorUserId"},
    {"device_id", "deviceId"},
    {"hlc", "hlc"},
    {"device_time", "deviceTime"},
    {"amends", "amends"},
    {"payload", "payload"},
};

// validateRecord names Record members; a JSON sender should see the key it wrote.
Error toJsonField(Error error)
{
    for (const Key &key : Keys) {
        const QLatin1String member(key.member);
        if (error.field == member) {
            error.field = QLatin1String(key.json);
            break;
        }
    }
    return error;
}

Error fieldError(const char *key, const QString &message)
{
    return Error {QString::fromLatin1(key), message};
}

// Where each envelope key's value is in a record's object, by index into Keys: one pass over the
// object instead of a search for each key.
enum Slot {
    V,
    Id,
    Type,
    SchemaVersion,
    PersonId,
    VisitId,
    CareDay,
    AuthorUserId,
    DeviceId,
    Hlc,
    DeviceTime,
    Amends,
    Payload,
    SlotCount
};
static_assert(SlotCount == std::size(Keys));

int slotOf(const QString &key)
{
    for (int i = 0; i < SlotCount; ++i) {
        if (key == QLatin1String(Keys[i].json)) // sizes differ for most: one length check each
            return i;
    }
    return -1;
}

// The string in `v` (at `slot`); absent or null gives an empty string when optional.
Result<QString> stringIn(const QJsonValue &v, Slot slot, bool required)
{
    const char *key = Keys[slot].json;
    if (v.isUndefined() || v.isNull())
        return required ? Result<QString>(fieldError(key, QStringLiteral("is required")))
                        : Result<QString>(QString());
    if (!v.isString())
        return fieldError(key, QStringLiteral("must be text"));
    return v.toString();
}

Result<int> smallIntIn(const QJsonValue &v, Slot slot)
{
    const char *key = Keys[slot].json;
    if (v.isUndefined() || v.isNull())
        return fieldError(key, QStringLiteral("is required"));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 1'000'000 || d != double(int(d)))
        return fieldError(key, QStringLiteral("must be a whole number from 1"));
    return int(d);
}

} // namespace

QJsonObject RecordCodec::toJson(const Record &record)
{
    QJsonObject json {
        {QStringLiteral("v"), currentVersion},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("type"), record.type},
        {QStringLiteral("schema_version"), record.schemaVersion},
        {QStringLiteral("care_day"), isotime::dateText(record.careDay)},
        {QStringLiteral("author_user_id"), record.authorUserId},
        {QStringLiteral("device_id"), record.deviceId},
        {QStringLiteral("hlc"), record.hlc.isNull() ? QString() : record.hlc.toString()},
        {QStringLiteral("device_time"), isotime::utcText(record.deviceTime)},
        {QStringLiteral("payload"), record.payload},
    };
    if (!record.personId.isEmpty())
        json.insert(QStringLiteral("person_id"), record.personId);
    if (!record.visitId.isEmpty())
        json.insert(QStringLiteral("visit_id"), record.visitId);
    if (!record.amends.isEmpty())
        json.insert(QStringLiteral("amends"), record.amends);
    return json;
}

Result<Record> RecordCodec::fromJson(const QJsonObject &json, Rules rules, QLatin1String ignoredKey)
{
    QJsonValue values[SlotCount]; // undefined where the key is absent
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key(); // made once: each call builds a new string
        const int slot = slotOf(key);
        if (slot >= 0)
            values[slot] = it.value();
        else if (ignoredKey.isEmpty() || key != ignoredKey)
            return Error {key.left(64),
                          QStringLiteral("is not a field of a record (codec version %1)")
                              .arg(currentVersion)};
    }
    const auto version = smallIntIn(values[V], V);
    if (!version)
        return version.error();
    if (version.value() != currentVersion)
        return fieldError(
            "v",
            QStringLiteral("codec version %1 is not supported: this app reads version %2")
                .arg(version.value())
                .arg(currentVersion));

    Record r;
    const auto type = stringIn(values[Type], Type, true);
    if (!type)
        return type.error();
    r.type = type.value();
    if (!isKnownRecordType(r.type))
        return fieldError("type",
                          QStringLiteral("is not a known record type: %1").arg(r.type.left(64)));

    struct TextField
    {
        Slot slot;
        QString *target;
    };
    for (const TextField &f :
         {TextField {Id, &r.id}, TextField {PersonId, &r.personId}, TextField {VisitId, &r.visitId},
          TextField {AuthorUserId, &r.authorUserId}, TextField {DeviceId, &r.deviceId},
          TextField {Amends, &r.amends}}) {
        auto value = stringIn(values[f.slot], f.slot, false);
        if (!value)
            return value.error();
        *f.target = value.value();
    }

    const auto schemaVersion = smallIntIn(values[SchemaVersion], SchemaVersion);
    if (!schemaVersion)
        return schemaVersion.error();

    const auto careDay = stringIn(values[CareDay], CareDay, true);
    if (!careDay)
        return careDay.error();
    r.careDay = isotime::parseDate(careDay.value());
    if (!r.careDay.isValid())
        return fieldError("care_day", QStringLiteral("must be a date (yyyy-MM-dd)"));

    const auto hlc = stringIn(values[Hlc], Hlc, true);
    if (!hlc)
        return hlc.error();
    const auto parsedHlc = HlcTimestamp::fromString(hlc.value());
    if (!parsedHlc)
        return fieldError("hlc",
                          QStringLiteral("must be a hybrid logical clock timestamp like "
                                         "001740816000000-0000000000-device-1"));
    r.hlc = *parsedHlc;

    const auto deviceTime = stringIn(values[DeviceTime], DeviceTime, true);
    if (!deviceTime)
        return deviceTime.error();
    r.deviceTime = isotime::parseUtc(deviceTime.value());
    if (!r.deviceTime.isValid())
        return fieldError(
            "device_time",
            QStringLiteral("must be a UTC date and time like 2025-03-01T08:00:00.000Z"));

    const QJsonValue &payload = values[Payload];
    if (!payload.isObject())
        return fieldError("payload",
                          payload.isUndefined() || payload.isNull()
                              ? QStringLiteral("is required")
                              : QStringLiteral("must be an object"));
    auto upgraded = upgradePayload(r.type, schemaVersion.value(), payload.toObject());
    if (!upgraded)
        return toJsonField(upgraded.error());
    r.payload = std::move(upgraded).value();
    r.schemaVersion = currentSchemaVersion(r.type);

    if (rules == Rules::LeaveToCaller)
        return r;
    if (auto valid = validateRecord(r); !valid)
        return toJsonField(valid.error());
    return r;
}

QByteArray RecordCodec::encode(const Record &record)
{
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact);
}

Result<Record> RecordCodec::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error {QString(), QStringLiteral("the record is empty")};
    if (bytes.size() > maxEncodedBytes)
        return Error {QString(),
                      QStringLiteral("the record is larger than %1 bytes").arg(maxEncodedBytes)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QString(),
                      QStringLiteral("not valid JSON: %1 at byte %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!document.isObject())
        return Error {QString(), QStringLiteral("a record must be a JSON object")};
    return fromJson(document.object());
}

} // namespace careround
