#include "recordrow.h"
#include "core/payloadupgrades.h"
#include "core/recordtypes.h"
#include "sql/statement.h"
#include <QJsonDocument>
#include <QJsonParseError>

namespace careround::store {

namespace {

// Optional envelope fields are NULL when empty, so "no visit" is one thing in queries.
QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

QByteArray payloadBytes(const Record &record)
{
    return QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
}

Result<void> bindRecord(sql::Statement &stmt, const Record &record)
{
    const Result<void> results[] = {
        stmt.bind(1, record.id),
        stmt.bind(2, record.type),
        stmt.bind(3, qint64(record.schemaVersion)),
        stmt.bind(4, orNull(record.personId)),
        stmt.bind(5, orNull(record.visitId)),
        stmt.bind(6, record.careDay),
        stmt.bind(7, record.hlc.toString()),
        stmt.bind(8, record.authorUserId),
        stmt.bind(9, record.deviceId),
        stmt.bind(10, record.deviceTime),
        stmt.bind(11, orNull(record.amends)),
        stmt.bind(12, payloadBytes(record)),
    };
    for (const auto &r : results) {
        if (!r)
            return r;
    }
    return {};
}

Result<Record> recordFromRow(const sql::Statement &stmt)
{
    Record record;
    record.id = stmt.text(0);
    record.type = stmt.text(1);
    record.schemaVersion = int(stmt.int64(2));
    record.personId = stmt.text(3);
    record.visitId = stmt.text(4);
    record.careDay = stmt.date(5);
    const QString hlcText = stmt.text(6);
    const auto hlc = HlcTimestamp::fromString(hlcText);
    if (!hlc)
        return Error {QStringLiteral("hlc"),
                      QStringLiteral("stored record %1 has an unreadable clock value '%2'")
                          .arg(record.id, hlcText)};
    record.hlc = *hlc;
    record.authorUserId = stmt.text(7);
    record.deviceId = stmt.text(8);
    record.deviceTime = stmt.dateTime(9);
    record.amends = stmt.text(10);
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(stmt.blob(11), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return Error {QStringLiteral("payload"),
                      QStringLiteral("stored record %1 has an unreadable payload: %2")
                          .arg(record.id, parseError.errorString())};
    // Rows an older app version wrote are read in today's shape, so no reader needs to know
    // old payload versions (the upgrade steps never drop information).
    if (record.schemaVersion < currentSchemaVersion(record.type)) {
        auto upgraded = upgradePayload(record.type, record.schemaVersion, payload.object());
        if (!upgraded)
            return Error {QStringLiteral("payload"),
                          QStringLiteral("stored record %1 cannot be read by this version: %2")
                              .arg(record.id, upgraded.error().toString())};
        record.payload = upgraded.value();
        record.schemaVersion = currentSchemaVersion(record.type);
        return record;
    }
    record.payload = payload.object();
    return record;
}

bool sameContent(const Record &a, const Record &b)
{
    return a.id == b.id && a.type == b.type && a.schemaVersion == b.schemaVersion
        && a.personId == b.personId && a.visitId == b.visitId && a.careDay == b.careDay
        && a.hlc == b.hlc && a.authorUserId == b.authorUserId && a.deviceId == b.deviceId
        && sql::Statement::dateTimeText(a.deviceTime) == sql::Statement::dateTimeText(b.deviceTime)
        && a.amends == b.amends && payloadBytes(a) == payloadBytes(b);
}

} // namespace careround::store
