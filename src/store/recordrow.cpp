#include "recordrow.h"
#include "core/isotime.h"
#include "core/payloadupgrades.h"
#include "core/recordtypes.h"
#include "sql/statement.h"
#include <QJsonDocument>
#include <QJsonParseError>

namespace careround::store {

QByteArray payloadBytes(const Record &record)
{
    return QJsonDocument(record.payload).toJson(QJsonDocument::Compact);
}

RecordRow RecordRow::from(const Record &record)
{
    RecordRow row; // optional envelope fields are NULL when empty: "no visit" is one thing
    row.id = record.id.toUtf8();
    row.type = record.type.toUtf8();
    row.schemaVersion = record.schemaVersion;
    row.personId = record.personId.toUtf8();
    row.visitId = record.visitId.toUtf8();
    row.careDay = isotime::dateText(record.careDay).toUtf8();
    row.hlc = record.hlc.toString().toUtf8();
    row.author = record.authorUserId.toUtf8();
    row.device = record.deviceId.toUtf8();
    row.deviceTime = isotime::utcText(record.deviceTime).toUtf8();
    row.amends = record.amends.toUtf8();
    row.payload = payloadBytes(record);
    return row;
}

Result<void> bindRow(sql::Statement &stmt, const RecordRow &row)
{
    constexpr auto Borrow = sql::Statement::Keep::Borrow;
    const Result<void> results[] = {
        stmt.bindText(1, row.id, Borrow),      stmt.bindText(2, row.type, Borrow),
        stmt.bind(3, row.schemaVersion),       stmt.bindText(4, row.personId, Borrow),
        stmt.bindText(5, row.visitId, Borrow), stmt.bindText(6, row.careDay, Borrow),
        stmt.bindText(7, row.hlc, Borrow),     stmt.bindText(8, row.author, Borrow),
        stmt.bindText(9, row.device, Borrow),  stmt.bindText(10, row.deviceTime, Borrow),
        stmt.bindText(11, row.amends, Borrow), stmt.bind(12, row.payload, Borrow),
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
    record.careDay = isotime::parseDate(stmt.text(5));
    const QString hlcText = stmt.text(6);
    const auto hlc = HlcTimestamp::fromString(hlcText);
    if (!hlc)
        return Error {QStringLiteral("hlc"),
                      QStringLiteral("stored record %1 has an unreadable clock value '%2'")
                          .arg(record.id, hlcText)};
    record.hlc = *hlc;
    record.authorUserId = stmt.text(7);
    record.deviceId = stmt.text(8);
    record.deviceTime = isotime::parseUtc(stmt.text(9));
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
